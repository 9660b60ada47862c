import type { OnCallWorkspace } from "../../commands/oncall-workspace.js";
import type { ScheduleResult } from "../../commands/schedule.js";
import { formatLength, formatLocal, formatOffset, formatUtc } from "../../engine/oncall/time-text.js";
import { shiftJson, shiftReason } from "./shift-text.js";
import { labelled, table } from "./table.js";

/** `fireline schedule` for a terminal: per rotation, its shifts in its own time zone, and any gaps. */
export function renderScheduleHuman(result: ScheduleResult, oncall: OnCallWorkspace): string {
  const from = result.from.epochMilliseconds;
  const to = result.to.epochMilliseconds;
  const lines = [`Schedule from ${formatLocal(from, oncall.timeZone)} to ${formatLocal(to, oncall.timeZone)} (${oncall.timeZone})`];
  for (const { rotation, shifts, gaps } of result.rotations) {
    const zone = rotation.timeZone;
    lines.push("", `${labelled(rotation.id, rotation.name)}, times in ${zone}`);
    const rows = [
      ...shifts.map((shift) => ({ start: shift.start, row: [formatLocal(shift.start, zone), formatLocal(shift.end, zone), formatLength(shift.end - shift.start), shift.person, shiftReason(shift)] })),
      ...gaps.map((gap) => ({ start: gap.start, row: [formatLocal(gap.start, zone), formatLocal(gap.end, zone), formatLength(gap.end - gap.start), "-", "nobody on call"] })),
    ].sort((a, b) => a.start - b.start);
    if (rows.length === 0) lines.push("  nobody on call");
    else lines.push(...table(rows.map((entry) => entry.row)));
  }
  return `${lines.join("\n")}\n`;
}

/** `fireline schedule --format json`. */
export function renderScheduleJson(result: ScheduleResult, oncall: OnCallWorkspace): string {
  const value = {
    version: 1,
    from: formatUtc(result.from.epochMilliseconds),
    to: formatUtc(result.to.epochMilliseconds),
    rotations: result.rotations.map(({ rotation, shifts, gaps }) => ({
      id: rotation.id,
      name: rotation.name,
      time_zone: rotation.timeZone,
      shifts: shifts.map((shift) => shiftJson(shift, rotation.timeZone, oncall.nameOf)),
      gaps: gaps.map((gap) => ({
        start: formatUtc(gap.start),
        end: formatUtc(gap.end),
        start_local: formatOffset(gap.start, rotation.timeZone),
        end_local: formatOffset(gap.end, rotation.timeZone),
      })),
    })),
  };
  return `${JSON.stringify(value, null, 2)}\n`;
}
