import { Temporal } from "temporal-polyfill";
import type { RotationFile } from "../../schema/rotation.js";
import { calendarDuration, parseDuration } from "./duration.js";
import type { CompiledLayer, CompiledOverride, CompiledRestriction, CompiledRotation, ShiftStep } from "./types.js";
import { instantMs, wallClockMs, zonedAt } from "./wall-clock.js";

type LayerFile = RotationFile["layers"][number];

const WEEKDAY_NUMBERS: Readonly<Record<string, number>> = {
  monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6, sunday: 7,
  mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6, sun: 7,
};

const HOUR_MS = 3_600_000;

/**
 * A day short of the last instant Temporal can represent: hand-offs that would fall beyond the
 * calendar's range are placed here, so arithmetic and formatting in any zone still work.
 */
export const LAST_INSTANT_MS = 8.64e15 - 2 * 24 * HOUR_MS;

/** Parses a schema-valid rotation file once, so schedules for many windows reuse the work. */
export function compileRotation(id: string, data: RotationFile): CompiledRotation {
  const rotation: CompiledRotation = {
    id,
    name: data.name,
    timeZone: data.time_zone,
    coverage: data.coverage ?? "scheduled",
    layers: data.layers.map((layer, index) => compileLayer(layer, index, data.time_zone)),
    overrides: (data.overrides ?? []).map((override, index) => {
      const compiled: CompiledOverride = { index, person: override.person, from: instantMs(override.from), to: instantMs(override.to) };
      if (override.covers !== undefined) compiled.covers = override.covers;
      if (override.reason !== undefined) compiled.reason = override.reason;
      return compiled;
    }),
  };
  if (data.max_shift !== undefined) rotation.maxShift = calendarDuration(parseDuration(data.max_shift));
  return rotation;
}

export function parseShift(text: string): ShiftStep {
  const { count, unit } = parseDuration(text);
  return { count, unit: unit === "w" ? "weeks" : unit === "d" ? "days" : "hours" };
}

/** "Monday 09:00" or "09:00". */
export function parseHandoff(text: string): { weekday?: number; time: Temporal.PlainTime } {
  const match = /^(?:([A-Za-z]+) )?(\d{2}:\d{2})$/.exec(text);
  if (!match?.[2]) throw new Error(`not a hand-off: '${text}'`);
  const time = Temporal.PlainTime.from(match[2]);
  const weekday = match[1] === undefined ? undefined : WEEKDAY_NUMBERS[match[1].toLowerCase()];
  return weekday === undefined ? { time } : { weekday, time };
}

/** Adds `slots` steps to a wall-clock time. */
export function stepFrom(anchor: Temporal.PlainDateTime, step: ShiftStep, slots: number): Temporal.PlainDateTime {
  const amount = step.count * slots;
  if (step.unit === "hours") return anchor.add({ hours: amount });
  return anchor.add(step.unit === "days" ? { days: amount } : { weeks: amount });
}

function compileLayer(layer: LayerFile, index: number, rotationZone: string): CompiledLayer {
  const timeZone = layer.time_zone ?? rotationZone;
  const step = parseShift(layer.shift);
  const handoff = parseHandoff(layer.handoff);
  const effectiveFrom = instantMs(layer.effective_from);
  let anchor: Temporal.PlainDateTime;
  let firstHandoff: number;
  let members = [...layer.members];
  try {
    anchor = firstHandoffAt(effectiveFrom, timeZone, handoff, step);
    firstHandoff = wallClockMs(anchor, timeZone);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    // A layer starting at the very edge of the representable calendar never has a turn.
    anchor = Temporal.PlainDateTime.from("2000-01-01T00:00");
    firstHandoff = LAST_INSTANT_MS;
    members = [];
  }
  const compiled: CompiledLayer = {
    index,
    name: layer.name,
    members,
    timeZone,
    step,
    nominalStepMs: step.count * (step.unit === "weeks" ? 168 : step.unit === "days" ? 24 : 1) * HOUR_MS,
    anchor,
    firstHandoff,
    handoffs: new Map(),
  };
  if (layer.effective_until !== undefined) compiled.until = instantMs(layer.effective_until);
  if (layer.restrictions) compiled.restrictions = layer.restrictions.map(compileRestriction);
  return compiled;
}

/**
 * The first hand-off at or after `effectiveFrom`. Hand-offs form a grid: the hand-off time on
 * the day effective_from falls on (moved on to the named weekday, if any), plus or minus whole
 * shifts on the wall clock.
 */
function firstHandoffAt(
  effectiveFrom: number,
  timeZone: string,
  handoff: { weekday?: number; time: Temporal.PlainTime },
  step: ShiftStep,
): Temporal.PlainDateTime {
  let date = zonedAt(effectiveFrom, timeZone).toPlainDate();
  if (handoff.weekday !== undefined) date = date.add({ days: (handoff.weekday - date.dayOfWeek + 7) % 7 });
  let anchor = date.toPlainDateTime(handoff.time);
  while (wallClockMs(stepFrom(anchor, step, -1), timeZone) >= effectiveFrom) anchor = stepFrom(anchor, step, -1);
  while (wallClockMs(anchor, timeZone) < effectiveFrom) anchor = stepFrom(anchor, step, 1);
  return anchor;
}

function compileRestriction(restriction: NonNullable<LayerFile["restrictions"]>[number]): CompiledRestriction {
  const compiled: CompiledRestriction = { from: Temporal.PlainTime.from(restriction.from), to: Temporal.PlainTime.from(restriction.to) };
  if (restriction.days) compiled.days = new Set(restriction.days.map((day) => WEEKDAY_NUMBERS[day] ?? 0));
  return compiled;
}
