import { Temporal } from "temporal-polyfill";
import { parseShift } from "../../engine/oncall/compile.js";
import { formatLength, formatLocal } from "../../engine/oncall/time-text.js";
import type { ScheduleShift } from "../../engine/oncall/types.js";
import { instantMs } from "../../engine/oncall/wall-clock.js";
import type { Diagnostic } from "../../model/diagnostic.js";
import { makeDiagnostic } from "../../model/make-diagnostic.js";
import { compiledRotation, onCallWindow, shiftSource } from "../oncall-window.js";
import type { Rule } from "../rule.js";

/** Durations of days and weeks compare as calendar units, on a date without DST changes. */
const RELATIVE_TO = Temporal.PlainDate.from("2026-01-05");

/**
 * With `max_shift` set, nobody is on call longer than that without a break: no unrestricted
 * layer's shift, no override of whoever is on call, and (with the clock) no back-to-back stretch
 * in the next 90 days, which catches restricted layers and cover for a named person too.
 */
export const shiftTooLong: Rule = {
  name: "shift-too-long",
  check({ workspace, now }) {
    const found: Diagnostic[] = [];
    for (const file of workspace.rotations) {
      const limit = file.data.max_shift;
      const rotation = compiledRotation(file);
      const max = rotation.maxShift;
      if (limit === undefined || !max) continue;
      file.data.layers.forEach((layer, l) => {
        // A restricted layer is on call only inside its windows; the stretch check below sees that.
        if (layer.restrictions) return;
        const step = parseShift(layer.shift);
        const shift = Temporal.Duration.from({ [step.unit]: step.count });
        if (Temporal.Duration.compare(shift, max, { relativeTo: RELATIVE_TO }) <= 0) return;
        found.push(
          makeDiagnostic("shift-too-long", file.source.path, file.source.locate(["layers", l, "shift"]), `layer '${layer.name}': shifts of ${layer.shift} are longer than max_shift ${limit}`, "Shorten the shift, or raise max_shift if this is intended."),
        );
      });
      (file.data.overrides ?? []).forEach((override, o) => {
        // Cover for one person lasts only while they are on call; the stretch check below sees that.
        if (override.covers !== undefined) return;
        const latest = addWallClock(instantMs(override.from), rotation.timeZone, max);
        const end = instantMs(override.to);
        if (end <= latest) return;
        found.push(
          makeDiagnostic(
            "shift-too-long",
            file.source.path,
            file.source.locate(["overrides", o, "to"]),
            `overrides[${o}]: ${override.person} would be on call for ${formatLength(end - instantMs(override.from))}, longer than max_shift ${limit}`,
            "Split the cover between two people.",
          ),
        );
      });
      if (!now) continue;
      const window = onCallWindow(workspace, now).rotations.find((entry) => entry.file === file);
      const stretches = backToBack(window?.shifts ?? []).filter(
        (stretch) => stretch.length > 1 && addWallClock(stretch[0]?.start ?? 0, rotation.timeZone, max) < (stretch.at(-1)?.end ?? 0),
      );
      const first = stretches[0];
      if (!first) continue;
      const start = first[0]?.start ?? 0;
      const end = first.at(-1)?.end ?? 0;
      const culprit = first.find((shift) => shift.override) ?? first[1];
      const more = stretches.length > 1 ? ` (and ${stretches.length - 1} more such stretches in the next 90 days)` : "";
      found.push(
        makeDiagnostic(
          "shift-too-long",
          file.source.path,
          file.source.locate(culprit ? shiftSource(file, culprit) : ["max_shift"]),
          `${first[0]?.person ?? ""} would be on call in ${file.id} for ${formatLength(end - start)} without a break, ${formatLocal(start, rotation.timeZone)} to ${formatLocal(end, rotation.timeZone)}, longer than max_shift ${limit}${more}`,
          "Let someone else take one of the back-to-back shifts, with an override or by reordering members.",
        ),
      );
    }
    return found;
  },
};

/** `ms` plus a calendar duration on the zone's wall clock; past the end of the calendar's range, never. */
function addWallClock(ms: number, timeZone: string, duration: Temporal.Duration): number {
  try {
    return Temporal.Instant.fromEpochMilliseconds(ms).toZonedDateTimeISO(timeZone).add(duration).epochMilliseconds;
  } catch (error) {
    if (error instanceof RangeError) return Number.POSITIVE_INFINITY;
    throw error;
  }
}

/** Runs of the same person's shifts that follow each other without a gap. */
function backToBack(shifts: readonly ScheduleShift[]): ScheduleShift[][] {
  const runs: ScheduleShift[][] = [];
  for (const shift of shifts) {
    const run = runs.at(-1);
    const last = run?.at(-1);
    if (run && last && last.person === shift.person && last.end === shift.start) run.push(shift);
    else runs.push([shift]);
  }
  return runs;
}
