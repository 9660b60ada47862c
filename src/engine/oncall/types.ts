import type { Temporal } from "temporal-polyfill";
import type { Interval } from "./intervals.js";

/** How far apart hand-offs are, in wall-clock units. */
export interface ShiftStep {
  unit: "hours" | "days" | "weeks";
  count: number;
}

/** A weekly window in which a restricted layer is on call, in the layer's time zone. */
export interface CompiledRestriction {
  /** ISO weekdays (1 = Monday) on which the window starts; undefined = every day. */
  days?: ReadonlySet<number>;
  from: Temporal.PlainTime;
  to: Temporal.PlainTime;
}

export interface CompiledLayer {
  /** Position in the rotation file, lowest first. */
  index: number;
  name: string;
  members: readonly string[];
  timeZone: string;
  step: ShiftStep;
  /** The step in milliseconds on a day without DST changes, used only to guess a slot. */
  nominalStepMs: number;
  /** Local wall-clock time of the first hand-off (slot 0, the first member). */
  anchor: Temporal.PlainDateTime;
  /** Instant of slot 0's hand-off. */
  firstHandoff: number;
  /** effective_until, if any. */
  until?: number;
  restrictions?: readonly CompiledRestriction[];
  /** Memo of hand-off instants by slot. */
  handoffs: Map<number, number>;
}

export interface CompiledOverride {
  /** Position in the file's overrides list. */
  index: number;
  person: string;
  covers?: string;
  from: number;
  to: number;
  reason?: string;
}

/** A rotation file ready for computing: strings parsed, instants as epoch milliseconds. */
export interface CompiledRotation {
  id: string;
  name: string;
  timeZone: string;
  coverage: "24x7" | "scheduled";
  maxShift?: Temporal.Duration;
  layers: readonly CompiledLayer[];
  overrides: readonly CompiledOverride[];
}

/** One turn of one layer, before restrictions, masking and overrides. */
export interface LayerShift extends Interval {
  layer: number;
  /** Which turn: slot 0 starts at the first hand-off. */
  slot: number;
  person: string;
}

/** A stretch of the final schedule: who is on call from start to end, and why. */
export interface ScheduleShift extends Interval {
  rotation: string;
  person: string;
  /** The layer whose turn this is; absent for an override that covers a gap. */
  layer?: { index: number; name: string };
  /** Present when an override put this person here. */
  override?: { index: number; covers?: string; reason?: string };
}
