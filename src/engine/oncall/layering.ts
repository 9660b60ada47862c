import { byStart, mergeIntervals, subtractIntervals, type Interval } from "./intervals.js";
import type { ScheduleShift } from "./types.js";

/**
 * Stacks layers: where a later (higher) layer has someone on call, the layers below it are
 * hidden. `byLayer[i]` holds layer i's shifts, sorted and not overlapping each other.
 */
export function maskLayers(byLayer: readonly (readonly ScheduleShift[])[]): ScheduleShift[] {
  const visible: ScheduleShift[] = [];
  let covered: Interval[] = [];
  for (let i = byLayer.length - 1; i >= 0; i--) {
    const shifts = byLayer[i] ?? [];
    visible.push(...subtractIntervals(shifts, covered));
    covered = mergeIntervals([...covered, ...shifts]);
  }
  return visible.sort(byStart);
}
