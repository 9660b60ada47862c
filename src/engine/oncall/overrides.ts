import { byStart, overlaps } from "./intervals.js";
import type { CompiledOverride, ScheduleShift } from "./types.js";

/**
 * Applies overrides in file order, after every layer. An override with `covers` replaces that
 * person wherever they are on call inside its window; one without replaces whoever is on call,
 * and fills any gap, for its whole window. Outside its window nothing changes.
 */
export function applyOverrides(rotation: string, shifts: readonly ScheduleShift[], overrides: readonly CompiledOverride[]): ScheduleShift[] {
  let current = [...shifts];
  for (const override of overrides) {
    if (override.to <= override.from) continue;
    const window = { start: override.from, end: override.to };
    const marker: NonNullable<ScheduleShift["override"]> = { index: override.index };
    if (override.covers !== undefined) marker.covers = override.covers;
    if (override.reason !== undefined) marker.reason = override.reason;
    const next: ScheduleShift[] = [];
    for (const shift of current) {
      const affected = overlaps(shift, window) && (override.covers === undefined || shift.person === override.covers);
      if (!affected) {
        next.push(shift);
        continue;
      }
      if (shift.start < window.start) next.push({ ...shift, end: window.start });
      if (override.covers !== undefined) {
        next.push({ ...shift, person: override.person, start: Math.max(shift.start, window.start), end: Math.min(shift.end, window.end), override: marker });
      }
      if (shift.end > window.end) next.push({ ...shift, start: window.end });
    }
    if (override.covers === undefined) next.push({ rotation, person: override.person, start: window.start, end: window.end, override: marker });
    current = next.sort(byStart);
  }
  return current;
}
