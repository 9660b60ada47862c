import { formatLocal } from "../../engine/oncall/time-text.js";
import type { ScheduleShift } from "../../engine/oncall/types.js";
import type { Diagnostic } from "../../model/diagnostic.js";
import { makeDiagnostic } from "../../model/make-diagnostic.js";
import { LOOK_AHEAD_DAYS, onCallWindow, shiftSource, type RotationWindow } from "../oncall-window.js";
import type { Rule } from "../rule.js";

interface Clash {
  person: string;
  first: RotationWindow;
  second: RotationWindow;
  shift: ScheduleShift;
  start: number;
  end: number;
  count: number;
}

/** Nobody is on call in two rotations at the same moment of the next 90 days. A warning: some teams do this on purpose. Needs the clock. */
export const onCallInTwoRotations: Rule = {
  name: "on-call-in-two-rotations",
  check({ workspace, now }) {
    if (!now || workspace.rotations.length < 2) return [];
    const window = onCallWindow(workspace, now);
    const rotations = [...window.rotations].sort((a, b) => (a.file.id < b.file.id ? -1 : 1));
    const clashes = new Map<string, Clash>();
    rotations.forEach((first, i) => {
      for (const second of rotations.slice(i + 1)) {
        for (const a of first.shifts) {
          for (const b of second.shifts) {
            if (b.start >= a.end) break;
            if (a.person !== b.person || b.end <= a.start) continue;
            const start = Math.max(a.start, b.start, window.from);
            const end = Math.min(a.end, b.end, window.to);
            if (end <= start) continue;
            const key = `${a.person}\u0000${first.file.id}\u0000${second.file.id}`;
            const known = clashes.get(key);
            if (known) known.count++;
            else clashes.set(key, { person: a.person, first, second, shift: b, start, end, count: 1 });
          }
        }
      }
    });
    const found: Diagnostic[] = [];
    for (const clash of clashes.values()) {
      const zone = clash.second.compiled.timeZone;
      const more = clash.count > 1 ? ` (the first of ${clash.count} times in the next ${LOOK_AHEAD_DAYS} days)` : "";
      found.push(
        makeDiagnostic(
          "on-call-in-two-rotations",
          clash.second.file.source.path,
          clash.second.file.source.locate(shiftSource(clash.second.file, clash.shift)),
          `${clash.person} is on call in ${clash.first.file.id} and ${clash.second.file.id} at the same time, ${formatLocal(clash.start, zone)} to ${formatLocal(clash.end, zone)}${more}`,
          "Move one of the shifts with an override, or offset the rotations so one person never holds both pagers.",
        ),
      );
    }
    return found;
  },
};
