import { complementIntervals } from "../../engine/oncall/intervals.js";
import { formatLength, formatLocal } from "../../engine/oncall/time-text.js";
import type { Diagnostic } from "../../model/diagnostic.js";
import { makeDiagnostic } from "../../model/make-diagnostic.js";
import { LOOK_AHEAD_DAYS, onCallWindow } from "../oncall-window.js";
import type { Rule } from "../rule.js";

/** How many gaps a message spells out. */
const SHOWN = 3;

/**
 * A rotation marked `coverage: 24x7` has somebody on call at every moment of the next 90 days
 * (from its first hand-off, if that is later). Needs the clock.
 */
export const coverageGaps: Rule = {
  name: "coverage-gap",
  check({ workspace, now }) {
    if (!now || !workspace.rotations.some((file) => file.data.coverage === "24x7")) return [];
    const window = onCallWindow(workspace, now);
    const found: Diagnostic[] = [];
    for (const { file, compiled, shifts } of window.rotations) {
      if (file.data.coverage !== "24x7") continue;
      // Before its first hand-off the rotation does not exist yet; that is not a gap.
      const start = Math.max(window.from, Math.min(...compiled.layers.map((layer) => layer.firstHandoff)));
      const gaps = start < window.to ? complementIntervals(shifts, start, window.to) : [];
      if (gaps.length === 0) continue;
      const listed = gaps.slice(0, SHOWN).map((gap) => `${formatLocal(gap.start, compiled.timeZone)} to ${formatLocal(gap.end, compiled.timeZone)} (${formatLength(gap.end - gap.start)})`);
      const more = gaps.length > SHOWN ? `, and ${gaps.length - SHOWN} more` : "";
      found.push(
        makeDiagnostic(
          "coverage-gap",
          file.source.path,
          file.source.locate(["coverage"]),
          `rotation ${file.id} must be covered 24x7, but nobody is on call ${gaps.length === 1 ? "once" : `${gaps.length} times`} in the next ${LOOK_AHEAD_DAYS} days: ${listed.join("; ")}${more}`,
          "Add an override for the gap, extend a layer (effective_until, restrictions) or start the next layer where the last one ends.",
        ),
      );
    }
    return found;
  },
};
