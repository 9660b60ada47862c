import { complementIntervals, type Interval } from "./intervals.js";
import { rotationSchedule } from "./schedule.js";
import type { CompiledRotation } from "./types.js";

/** The parts of [from, to) in which nobody is on call in the rotation. */
export function coverageGaps(rotation: CompiledRotation, from: number, to: number): Interval[] {
  return complementIntervals(rotationSchedule(rotation, from, to), from, to);
}
