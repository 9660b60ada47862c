import fc from "fast-check";
import { Temporal } from "temporal-polyfill";
import { describe, expect, it } from "vitest";
import { compileRotation, parseHandoff, stepFrom } from "../../../src/engine/oncall/compile.js";
import { subtractIntervals } from "../../../src/engine/oncall/intervals.js";
import { layerShifts } from "../../../src/engine/oncall/layer-shifts.js";
import { rotationSchedule } from "../../../src/engine/oncall/schedule.js";
import type { ScheduleShift } from "../../../src/engine/oncall/types.js";
import { wallClockMs } from "../../../src/engine/oncall/wall-clock.js";
import { personOnCall, whoIsOnCall } from "../../../src/engine/oncall/who-is-on-call.js";
import { validateAgainstSchema } from "../../../src/load/schema-validator.js";
import type { RotationFile } from "../../../src/schema/rotation.js";
import { ZONES, alwaysCoveredRotationArb, anyRotationArb, instantArb, layerArb, overrideArb } from "../../helpers/rotation-arbitraries.js";

const HOUR = 3_600_000;
const RUNS = { numRuns: 150 };

/** A window that starts some time after the rotation's first hand-off. */
const windowArb = fc.record({ offsetHours: fc.integer({ min: 0, max: 400 * 24 }), lengthMinutes: fc.integer({ min: 1, max: 45 * 24 * 60 }) });

function plain(shifts: readonly ScheduleShift[]) {
  return shifts.map((s) => ({ person: s.person, start: s.start, end: s.end, layer: s.layer?.index, override: s.override?.index }));
}

describe("the schedule engine, for any rotation", () => {
  it("generates rotations the schema accepts (so the properties below are about real input)", () => {
    fc.assert(
      fc.property(anyRotationArb, (data) => {
        expect(validateAgainstSchema("rotation", data)).toEqual([]);
      }),
      { numRuns: 50 },
    );
  });

  it("tiles any window with no gap and no overlap when the base layer is unrestricted and never ends", () => {
    fc.assert(
      fc.property(alwaysCoveredRotationArb, windowArb, (data, window) => {
        const rotation = compileRotation("r", data);
        const base = rotation.layers[0];
        if (!base) throw new Error("no base layer");
        const from = base.firstHandoff + window.offsetHours * HOUR;
        const to = from + window.lengthMinutes * 60_000;
        const shifts = rotationSchedule(rotation, from, to);
        expect(shifts.length).toBeGreaterThan(0);
        expect(shifts[0]?.start).toBeLessThanOrEqual(from);
        expect(shifts.at(-1)?.end).toBeGreaterThanOrEqual(to);
        shifts.forEach((shift, i) => {
          expect(shift.end).toBeGreaterThan(shift.start);
          if (i > 0) expect(shift.start).toBe(shifts[i - 1]?.end);
        });
      }),
      RUNS,
    );
  });

  it("never returns overlapping shifts or shifts outside the window, whatever the layers and overrides", () => {
    fc.assert(
      fc.property(anyRotationArb, instantArb, fc.integer({ min: 1, max: 60 * 24 }), (data, from, hours) => {
        const to = from + hours * HOUR;
        const shifts = rotationSchedule(compileRotation("r", data), from, to);
        shifts.forEach((shift, i) => {
          expect(shift.end).toBeGreaterThan(shift.start);
          expect(shift.end > from && shift.start < to).toBe(true);
          if (i > 0) expect(shift.start).toBeGreaterThanOrEqual(shifts[i - 1]?.end ?? -Infinity);
        });
      }),
      RUNS,
    );
  });

  it("gives the same shift, with the same start and end, whichever window it is asked for in", () => {
    fc.assert(
      fc.property(anyRotationArb, instantArb, fc.integer({ min: 2, max: 60 * 24 }), fc.double({ min: 0, max: 0.99, noNaN: true }), (data, from, hours, cut) => {
        const rotation = compileRotation("r", data);
        const to = from + hours * HOUR;
        const middle = from + Math.floor((to - from) * cut);
        const whole = rotationSchedule(rotation, from, to);
        const later = rotationSchedule(compileRotation("r", data), middle, to);
        expect(plain(later)).toEqual(plain(whole.filter((shift) => shift.end > middle)));
      }),
      RUNS,
    );
  });

  it("starts and ends every turn of a layer on one of its hand-off instants, found by stepping from the first", () => {
    fc.assert(
      fc.property(fc.constantFrom(...ZONES), layerArb(), windowArb, (zone, layerData, window) => {
        const layer = compileRotation("r", { name: "r", time_zone: zone, layers: [layerData] }).layers[0];
        if (!layer) throw new Error("no layer");
        const from = layer.firstHandoff + window.offsetHours * HOUR;
        const to = from + window.lengthMinutes * 60_000;
        const handoffs = new Set<number>();
        for (let slot = 0, at = layer.firstHandoff; at <= to + 400 * 24 * HOUR && slot < 100_000; slot++) {
          at = wallClockMs(stepFrom(layer.anchor, layer.step, slot), layer.timeZone);
          handoffs.add(at);
          if (at > to) break;
        }
        const turns = layerShifts(layer, from, to);
        expect(turns.length).toBeGreaterThan(0);
        for (const turn of turns) {
          expect(handoffs.has(turn.start), `start ${new Date(turn.start).toISOString()}`).toBe(true);
          expect(handoffs.has(turn.end), `end ${new Date(turn.end).toISOString()}`).toBe(true);
          expect(turn.person).toBe(layer.members[turn.slot % layer.members.length]);
        }
      }),
      RUNS,
    );
  });

  it("hands off daily and weekly shifts at the local hand-off time, or at the clock jump when that time is skipped", () => {
    const dayLayer = layerArb().filter((layer) => !layer.shift.endsWith("h"));
    fc.assert(
      fc.property(fc.constantFrom(...ZONES), dayLayer, windowArb, (zone, layerData, window) => {
        const layer = compileRotation("r", { name: "r", time_zone: zone, layers: [layerData] }).layers[0];
        if (!layer) throw new Error("no layer");
        const { weekday, time } = parseHandoff(layerData.handoff);
        const from = layer.firstHandoff + window.offsetHours * HOUR;
        for (const turn of layerShifts(layer, from, from + window.lengthMinutes * 60_000)) {
          const start = Temporal.Instant.fromEpochMilliseconds(turn.start).toZonedDateTimeISO(zone);
          if (layerData.shift.endsWith("w") && weekday !== undefined) expect(start.dayOfWeek).toBe(weekday);
          if (start.toPlainTime().equals(time)) continue;
          // Only a skipped local time may move, and only to the instant the clocks jump.
          const wanted = start.toPlainDate().toPlainDateTime(time);
          const exists = wanted.toZonedDateTime(zone, { disambiguation: "compatible" }).toPlainDateTime().equals(wanted);
          expect(exists, `${wanted.toString()} exists in ${zone} but the hand-off was at ${start.toString()}`).toBe(false);
          const justBefore = start.subtract({ milliseconds: 1 });
          expect(justBefore.offset, "a moved hand-off happens exactly when the clocks jump").not.toBe(start.offset);
        }
      }),
      RUNS,
    );
  });

  it("changes only the interval an override covers", () => {
    fc.assert(
      fc.property(anyRotationArb, overrideArb, (data, override) => {
        const before = compileRotation("r", data);
        const after = compileRotation("r", { ...data, overrides: [...(data.overrides ?? []), override] });
        const of = Temporal.Instant.from(override.from).epochMilliseconds;
        const ot = Temporal.Instant.from(override.to).epochMilliseconds;
        const from = of - 20 * 24 * HOUR;
        const to = ot + 20 * 24 * HOUR;
        const window = [{ start: of, end: ot }];
        const withOverride = rotationSchedule(after, from, to);
        const without = rotationSchedule(before, from, to);
        expect(plain(subtractIntervals(withOverride, window))).toEqual(plain(subtractIntervals(without, window)));
        const index = after.overrides.length - 1;
        for (const shift of withOverride.filter((s) => s.override?.index === index)) {
          expect(shift.person).toBe(override.person);
          expect(shift.start).toBeGreaterThanOrEqual(of);
          expect(shift.end).toBeLessThanOrEqual(ot);
        }
        if (override.covers === undefined) {
          expect(withOverride.filter((s) => s.start < ot && s.end > of).map((s) => [s.person, s.start, s.end])).toEqual([[override.person, of, ot]]);
        } else {
          const stillCovered = withOverride.filter((s) => s.start < ot && s.end > of && s.person === override.covers && s.override === undefined);
          for (const shift of stillCovered) expect(shift.start >= ot || shift.end <= of || shift.override !== undefined).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it("answers who is on call consistently with the schedule", () => {
    fc.assert(
      fc.property(anyRotationArb, instantArb, (data: RotationFile, at) => {
        const rotation = compileRotation("r", data);
        const answer = whoIsOnCall(rotation, at);
        expect(answer.current?.person).toBe(personOnCall(rotation, at));
        if (answer.current && answer.until !== undefined) {
          expect(answer.until).toBeGreaterThan(at);
          expect(personOnCall(rotation, answer.until - 1)).toBe(answer.current.person);
          expect(personOnCall(rotation, answer.until)).not.toBe(answer.current.person);
        }
        if (answer.next) expect(answer.next.start).toBeGreaterThanOrEqual(answer.until ?? at);
      }),
      { numRuns: 80 },
    );
  });
});
