import { Temporal } from "temporal-polyfill";
import { mergeIntervals, type Interval } from "./intervals.js";
import { rotationSchedule } from "./schedule.js";
import type { CompiledRotation, ScheduleShift } from "./types.js";
import { wallClockMs, zonedAt } from "./wall-clock.js";
import { stretches } from "./stretches.js";

const HOUR = 3_600_000;

/** Where and when a person works, for the after-hours column. */
export interface WorkingTime {
  timeZone: string;
  from: Temporal.PlainTime;
  to: Temporal.PlainTime;
}

export interface LoadReportInput {
  rotations: readonly CompiledRotation[];
  from: number;
  to: number;
  /** A person's zone and working hours; undefined falls back to the rotation's zone, 09:00 to 18:00. */
  workingTime: (person: string) => WorkingTime | undefined;
  /** Weekends and public holidays of the business calendar. */
  isOffDay: (date: Temporal.PlainDate) => boolean;
  /** One entry per person paged per incident. */
  pages: readonly { person: string; at: number }[];
  /** Flag a person whose hours in a rotation differ from their fair share by more than this fraction (0.25 = 25 %). */
  threshold: number;
}

export interface PersonLoad {
  person: string;
  /** Hours on call in the window, all rotations. */
  hours: number;
  /** Stretches on call (back-to-back shifts in one rotation count once). */
  shifts: number;
  /** Hours on weekends and public holidays, in the person's time zone. */
  offDayHours: number;
  /** Hours on working days outside the person's working hours. */
  afterHours: number;
  pages: number;
  /** Hours per rotation id. */
  byRotation: Record<string, number>;
}

export interface Imbalance {
  rotation: string;
  person: string;
  hours: number;
  /** The person's fair share: each layer's scheduled hours split evenly among its members. */
  expected: number;
  /** (hours - expected) / expected. */
  deviation: number;
}

export interface LoadReport {
  people: PersonLoad[];
  imbalances: Imbalance[];
}

export const DEFAULT_WORKING_HOURS = { from: Temporal.PlainTime.from("09:00"), to: Temporal.PlainTime.from("18:00") };

/** Per person: hours, shifts, off-day and after-hours load and pages in [from, to); and who carries more or less than their share. */
export function loadReport(input: LoadReportInput): LoadReport {
  const people = new Map<string, PersonLoad>();
  const entry = (person: string): PersonLoad => {
    let load = people.get(person);
    if (!load) {
      load = { person, hours: 0, shifts: 0, offDayHours: 0, afterHours: 0, pages: 0, byRotation: {} };
      people.set(person, load);
    }
    return load;
  };
  const imbalances: Imbalance[] = [];
  for (const rotation of input.rotations) {
    const shifts = clip(rotationSchedule(rotation, input.from, input.to), input.from, input.to);
    for (const stretch of stretches(shifts)) entry(stretch.person).shifts++;
    for (const shift of shifts) {
      const load = entry(shift.person);
      const hours = (shift.end - shift.start) / HOUR;
      load.hours += hours;
      load.byRotation[rotation.id] = (load.byRotation[rotation.id] ?? 0) + hours;
      const working = input.workingTime(shift.person) ?? { timeZone: rotation.timeZone, ...DEFAULT_WORKING_HOURS };
      const split = splitByWorkingTime(shift, working, input.isOffDay);
      load.offDayHours += split.offDay / HOUR;
      load.afterHours += split.afterHours / HOUR;
    }
    imbalances.push(...rotationImbalances(rotation, shifts, input));
  }
  for (const page of input.pages) if (page.at >= input.from && page.at < input.to) entry(page.person).pages++;
  const sorted = [...people.values()].sort((a, b) => b.hours - a.hours || (a.person < b.person ? -1 : 1));
  return { people: sorted.map(round), imbalances };
}

function clip(shifts: readonly ScheduleShift[], from: number, to: number): ScheduleShift[] {
  return shifts.map((shift) => ({ ...shift, start: Math.max(shift.start, from), end: Math.min(shift.end, to) })).filter((s) => s.end > s.start);
}

/** Milliseconds of an interval on off days, and on working days outside working hours, in the person's zone. */
function splitByWorkingTime(interval: Interval, working: WorkingTime, isOffDay: (date: Temporal.PlainDate) => boolean) {
  let offDay = 0;
  let afterHours = 0;
  let date = zonedAt(interval.start, working.timeZone).toPlainDate();
  for (;;) {
    const dayStart = date.toZonedDateTime({ timeZone: working.timeZone }).epochMilliseconds;
    if (dayStart >= interval.end) break;
    const next = date.add({ days: 1 });
    const dayEnd = next.toZonedDateTime({ timeZone: working.timeZone }).epochMilliseconds;
    const start = Math.max(interval.start, dayStart);
    const end = Math.min(interval.end, dayEnd);
    if (end > start) {
      if (isOffDay(date)) {
        offDay += end - start;
      } else {
        const open = wallClockMs(date.toPlainDateTime(working.from), working.timeZone);
        const close = wallClockMs(date.toPlainDateTime(working.to), working.timeZone);
        const inside = Math.max(0, Math.min(end, close) - Math.max(start, open));
        afterHours += end - start - inside;
      }
    }
    date = next;
  }
  return { offDay, afterHours };
}

/** Each member's hours in the rotation against their share of every layer they belong to. */
function rotationImbalances(rotation: CompiledRotation, shifts: readonly ScheduleShift[], input: LoadReportInput): Imbalance[] {
  const layered = clip(rotationSchedule(rotation, input.from, input.to, { overrides: false }), input.from, input.to);
  const expected = new Map<string, number>();
  for (const layer of rotation.layers) {
    const scheduled = layered.filter((shift) => shift.layer?.index === layer.index).reduce((sum, shift) => sum + shift.end - shift.start, 0);
    if (scheduled === 0 || layer.members.length === 0) continue;
    for (const member of new Set(layer.members)) expected.set(member, (expected.get(member) ?? 0) + scheduled / layer.members.length / HOUR);
  }
  const actual = new Map<string, number>();
  for (const shift of shifts) actual.set(shift.person, (actual.get(shift.person) ?? 0) + (shift.end - shift.start) / HOUR);
  const found: Imbalance[] = [];
  for (const [person, share] of [...expected].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const hours = actual.get(person) ?? 0;
    const deviation = (hours - share) / share;
    if (Math.abs(deviation) > input.threshold) {
      found.push({ rotation: rotation.id, person, hours: roundHours(hours), expected: roundHours(share), deviation: Math.round(deviation * 1000) / 1000 });
    }
  }
  return found;
}

function round(load: PersonLoad): PersonLoad {
  const byRotation = Object.fromEntries(Object.entries(load.byRotation).sort(([a], [b]) => (a < b ? -1 : 1)).map(([id, hours]) => [id, roundHours(hours)]));
  return { ...load, hours: roundHours(load.hours), offDayHours: roundHours(load.offDayHours), afterHours: roundHours(load.afterHours), byRotation };
}

/** Hours to two decimals: a 30-minute DST change shows as .5, not as float noise. */
function roundHours(hours: number): number {
  return Math.round(hours * 100) / 100;
}

/** Intervals in which each person was on call, for callers that need them (pages, overlaps). */
export function onCallIntervals(shifts: readonly ScheduleShift[]): Map<string, Interval[]> {
  const byPerson = new Map<string, Interval[]>();
  for (const shift of shifts) byPerson.set(shift.person, [...(byPerson.get(shift.person) ?? []), { start: shift.start, end: shift.end }]);
  for (const [person, intervals] of byPerson) byPerson.set(person, mergeIntervals(intervals));
  return byPerson;
}
