import fc from "fast-check";
import { Temporal } from "temporal-polyfill";
import type { RotationFile } from "../../src/schema/rotation.js";

export const ZONES = ["America/New_York", "Europe/Berlin", "Australia/Sydney", "Asia/Kolkata", "Australia/Lord_Howe", "UTC"] as const;
const WEEKDAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"] as const;
const DAY_KEYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;
const PEOPLE = ["alice", "bob", "carol", "dave", "erin"] as const;

/** 2025-01-01 to 2027-12-31, on whole minutes. */
const MIN_MS = Date.UTC(2025, 0, 1);
const MAX_MS = Date.UTC(2027, 11, 31);
export const instantArb = fc.integer({ min: MIN_MS / 60_000, max: MAX_MS / 60_000 }).map((minutes) => minutes * 60_000);

const hhmm = fc
  .tuple(fc.integer({ min: 0, max: 23 }), fc.constantFrom(0, 15, 30, 45))
  .map(([h, m]) => `${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}`);

export const shiftArb = fc.oneof(
  fc.constantFrom(1, 2, 3, 4, 6, 8, 12, 24, 36).map((n) => `${n}h`),
  fc.integer({ min: 1, max: 3 }).map((n) => `${n}d`),
  fc.integer({ min: 1, max: 2 }).map((n) => `${n}w`),
);

export const handoffArb = fc.tuple(fc.option(fc.constantFrom(...WEEKDAY_NAMES), { nil: undefined }), hhmm).map(([day, time]) => (day ? `${day} ${time}` : time));

export const membersArb = fc.uniqueArray(fc.constantFrom(...PEOPLE), { minLength: 1, maxLength: 4 });

export const iso = (ms: number, timeZone = "UTC"): string =>
  Temporal.Instant.fromEpochMilliseconds(ms).toZonedDateTimeISO(timeZone).toString({ timeZoneName: "never" });

type Layer = RotationFile["layers"][number];

export interface LayerOptions {
  restricted?: boolean;
  until?: boolean;
  zone?: boolean;
}

export function layerArb(options: LayerOptions = {}): fc.Arbitrary<Layer> {
  return fc
    .record({
      members: membersArb,
      shift: shiftArb,
      handoff: handoffArb,
      from: instantArb,
      zone: options.zone ? fc.option(fc.constantFrom(...ZONES), { nil: undefined }) : fc.constant(undefined),
      untilAfter: options.until ? fc.option(fc.integer({ min: 1, max: 200 * 24 }), { nil: undefined }) : fc.constant(undefined),
      restrictions: options.restricted
        ? fc.option(
            fc.array(
              fc.record({
                days: fc.option(fc.uniqueArray(fc.constantFrom(...DAY_KEYS), { minLength: 1, maxLength: 7 }), { nil: undefined }),
                from: hhmm,
                to: hhmm,
              }),
              { minLength: 1, maxLength: 2 },
            ),
            { nil: undefined },
          )
        : fc.constant(undefined),
    })
    .map(({ members, shift, handoff, from, zone, untilAfter, restrictions }) => {
      const layer: Layer = { name: `layer ${shift} ${handoff}`, members, shift, handoff, effective_from: iso(from, zone ?? "UTC") };
      if (zone) layer.time_zone = zone;
      if (untilAfter !== undefined) layer.effective_until = iso(from + untilAfter * 3_600_000);
      const usable = restrictions?.filter((r) => r.from !== r.to);
      if (usable && usable.length > 0) layer.restrictions = usable.map((r) => (r.days ? { days: r.days, from: r.from, to: r.to } : { from: r.from, to: r.to }));
      return layer;
    });
}

export const overrideArb = fc
  .record({
    person: fc.constantFrom(...PEOPLE, "zoe"),
    covers: fc.option(fc.constantFrom(...PEOPLE), { nil: undefined }),
    from: instantArb,
    hours: fc.integer({ min: 1, max: 24 * 20 }),
  })
  .map(({ person, covers, from, hours }) => {
    const override: NonNullable<RotationFile["overrides"]>[number] = { person, from: iso(from), to: iso(from + hours * 3_600_000) };
    if (covers !== undefined) override.covers = covers;
    return override;
  });

/**
 * A rotation that has somebody on call at every moment after its base layer starts: an
 * unrestricted base layer that never ends, under any number of other layers, plus overrides.
 */
export const alwaysCoveredRotationArb = fc
  .record({
    zone: fc.constantFrom(...ZONES),
    base: layerArb({ zone: true }),
    upper: fc.array(layerArb({ restricted: true, until: true, zone: true }), { maxLength: 2 }),
    overrides: fc.array(overrideArb, { maxLength: 3 }),
  })
  .map(({ zone, base, upper, overrides }): RotationFile => ({ name: "Always covered", time_zone: zone, layers: [base, ...upper], overrides }));

/** Any rotation the schema accepts, within these generators: restricted layers, ends, overrides. */
export const anyRotationArb = fc
  .record({
    zone: fc.constantFrom(...ZONES),
    layers: fc.array(layerArb({ restricted: true, until: true, zone: true }), { minLength: 1, maxLength: 3 }),
    overrides: fc.array(overrideArb, { maxLength: 3 }),
  })
  .map(({ zone, layers, overrides }): RotationFile => ({ name: "Any", time_zone: zone, layers, overrides }));
