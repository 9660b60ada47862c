import type { Temporal } from "temporal-polyfill";
import { coverageGaps } from "../engine/oncall/coverage.js";
import type { Interval } from "../engine/oncall/intervals.js";
import { rotationSchedule } from "../engine/oncall/schedule.js";
import type { CompiledRotation, ScheduleShift } from "../engine/oncall/types.js";
import { selectRotations } from "./oncall.js";
import type { OnCallWorkspace } from "./oncall-workspace.js";

export interface RotationScheduleResult {
  rotation: CompiledRotation;
  /** Shifts overlapping the window, with their true start and end. */
  shifts: ScheduleShift[];
  /** Times inside the window with nobody on call. */
  gaps: Interval[];
}

export interface ScheduleResult {
  from: Temporal.Instant;
  to: Temporal.Instant;
  rotations: RotationScheduleResult[];
}

export type ScheduleOutcome = { ok: true; result: ScheduleResult } | { ok: false; reason: "unknown-rotation"; rotation: string; known: string[] };

/** `fireline schedule`: the final schedule of every rotation (or one) between two instants. */
export function scheduleBetween(oncall: OnCallWorkspace, from: Temporal.Instant, to: Temporal.Instant, rotationId?: string): ScheduleOutcome {
  const chosen = selectRotations(oncall, rotationId);
  if (!chosen.ok) return chosen;
  const start = from.epochMilliseconds;
  const end = to.epochMilliseconds;
  const rotations = chosen.ids.flatMap((id) => {
    const rotation = oncall.rotations.get(id);
    return rotation ? [{ rotation, shifts: rotationSchedule(rotation, start, end), gaps: coverageGaps(rotation, start, end) }] : [];
  });
  return { ok: true, result: { from, to, rotations } };
}
