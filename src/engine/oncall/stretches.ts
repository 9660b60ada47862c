import type { ScheduleShift } from "./types.js";

/** Back-to-back shifts of the same person joined: one stretch on call, however many hand-offs it spans. */
export function stretches(shifts: readonly ScheduleShift[]): ScheduleShift[] {
  const joined: ScheduleShift[] = [];
  for (const shift of shifts) {
    const last = joined.at(-1);
    if (last && last.person === shift.person && last.end === shift.start) last.end = shift.end;
    else joined.push({ ...shift });
  }
  return joined;
}
