import { Temporal } from "temporal-polyfill";
import { rotationSchedule } from "./schedule.js";
import type { CompiledRotation, ScheduleShift } from "./types.js";

export interface OnCallAnswer {
  rotation: CompiledRotation;
  /** The stretch of the schedule that contains the instant; absent when nobody is on call. */
  current?: ScheduleShift;
  /**
   * When the current person stops being on call: the end of their back-to-back stretches.
   * Absent when they are still on call at the end of the look-ahead (a one-person rotation).
   */
  until?: number;
  /** The first stretch of someone else (or of anyone, after a gap) at or after `until`, or after the instant when nobody is on call. */
  next?: ScheduleShift;
}

/** How far ahead to look for the end of a stretch and the next person; doubles up to the maximum. */
const FIRST_LOOK_DAYS = 35;
export const MAX_LOOK_DAYS = 560;

/** Who is on call in a rotation at `at`, until when, and who is next. */
export function whoIsOnCall(rotation: CompiledRotation, at: number): OnCallAnswer {
  let answer: OnCallAnswer = { rotation };
  for (let days = FIRST_LOOK_DAYS; days <= MAX_LOOK_DAYS; days *= 2) {
    const horizon = Temporal.Instant.fromEpochMilliseconds(at).add({ hours: days * 24 }).epochMilliseconds;
    const { complete, ...found } = lookAhead(rotation, at, rotationSchedule(rotation, at, horizon), horizon);
    answer = { rotation, ...found };
    if (complete) break;
  }
  return answer;
}

function lookAhead(rotation: CompiledRotation, at: number, shifts: readonly ScheduleShift[], horizon: number) {
  const index = shifts.findIndex((shift) => shift.start <= at && at < shift.end);
  const current = shifts[index];
  if (!current) {
    const next = shifts.find((shift) => shift.start > at);
    return next ? { next, complete: true } : { complete: false };
  }
  let until = current.end;
  let i = index + 1;
  for (; i < shifts.length; i++) {
    const shift = shifts[i];
    if (!shift || shift.start !== until || shift.person !== current.person) break;
    until = shift.end;
  }
  const next = shifts[i];
  if (until >= horizon && !next) return { current, complete: false };
  return next ? { current, until, next, complete: true } : { current, until, complete: until < horizon };
}

/** Just the person on call at `at`, for escalation and reports. */
export function personOnCall(rotation: CompiledRotation, at: number): string | undefined {
  return rotationSchedule(rotation, at, at + 1)[0]?.person;
}
