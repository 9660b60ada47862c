/**
 * On-call benchmark: a year of final schedule for 50 rotations with overrides, against a baseline
 * of generating the same number of plain UTC intervals. Run with `npm run bench:oncall`
 * (`-- --runs 9` for more runs). Prints a table and writes bench-results/oncall.json.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Temporal } from "temporal-polyfill";
import { compileRotation } from "../src/engine/oncall/compile.js";
import { rotationSchedule } from "../src/engine/oncall/schedule.js";
import type { RotationFile } from "../src/schema/rotation.js";

const ROTATIONS = 50;
const FROM = Temporal.Instant.from("2026-01-01T00:00:00Z");
const TO = Temporal.Instant.from("2027-01-01T00:00:00Z");
const ZONES = ["Europe/Berlin", "America/New_York", "Australia/Sydney", "Asia/Kolkata", "Australia/Lord_Howe", "Asia/Singapore", "UTC"];
const PEOPLE = Array.from({ length: 40 }, (_, i) => `person-${String(i)}`);

/** mulberry32: a small deterministic generator, so every run schedules the same rotations. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(next: () => number, items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
const members = (next: () => number, count: number) => [...new Set(Array.from({ length: count }, () => pick(next, PEOPLE)))];
const local = (instant: Temporal.Instant, zone: string) => instant.toZonedDateTimeISO(zone).toString({ timeZoneName: "never" });

/**
 * Three kinds, as teams use them: weekly rotations that change members mid-year, daily
 * follow-the-sun rotations of three restricted layers in three zones, and 12-hour day/night
 * rotations. Every rotation gets an override about every four weeks.
 */
export function benchRotations(): RotationFile[] {
  const next = random(20_261_123);
  return Array.from({ length: ROTATIONS }, (_, i): RotationFile => {
    const zone = pick(next, ZONES);
    const start = FROM.subtract({ hours: 24 * Math.floor(next() * 60) });
    const kind = i % 3;
    const layers: RotationFile["layers"] =
      kind === 0
        ? [
            { name: "Weekly", members: members(next, 5), shift: "1w", handoff: "Monday 09:00", effective_from: local(start, zone), effective_until: "2026-07-01T00:00:00Z" },
            { name: "Weekly, new team", members: members(next, 6), shift: "1w", handoff: "Wednesday 10:00", effective_from: "2026-07-01T00:00:00Z" },
          ]
        : kind === 1
          ? [
              { name: "APAC", members: members(next, 3), shift: "1d", handoff: "08:00", time_zone: "Asia/Singapore", effective_from: local(start, "Asia/Singapore"), restrictions: [{ from: "08:00", to: "17:00" }] },
              { name: "EMEA", members: members(next, 3), shift: "1d", handoff: "08:00", time_zone: "Europe/Berlin", effective_from: local(start, "Europe/Berlin"), restrictions: [{ days: ["mon", "tue", "wed", "thu", "fri"], from: "08:00", to: "18:00" }] },
              { name: "AMER", members: members(next, 3), shift: "1d", handoff: "09:00", time_zone: "America/New_York", effective_from: local(start, "America/New_York"), restrictions: [{ from: "09:00", to: "20:00" }] },
            ]
          : [{ name: "Day and night", members: members(next, 4), shift: "12h", handoff: "08:00", effective_from: local(start, zone) }];
    const everyone = [...new Set(layers.flatMap((layer) => layer.members))];
    const overrides = Array.from({ length: 13 }, (_, o) => {
      const from = FROM.add({ hours: 24 * (o * 28 + Math.floor(next() * 20)) + Math.floor(next() * 24) });
      const override: NonNullable<RotationFile["overrides"]>[number] = {
        person: pick(next, everyone),
        from: from.toString(),
        to: from.add({ hours: 6 + Math.floor(next() * 60) }).toString(),
        reason: "bench",
      };
      if (next() < 0.7) override.covers = pick(next, everyone);
      return override;
    });
    return { name: `Rotation ${String(i)}`, time_zone: zone, layers, overrides };
  });
}

/** Compiles and schedules every rotation for the year; returns the number of shifts. */
function scheduleYear(rotations: readonly RotationFile[]): number {
  let shifts = 0;
  rotations.forEach((data, i) => {
    shifts += rotationSchedule(compileRotation(`r${String(i)}`, data), FROM.epochMilliseconds, TO.epochMilliseconds).length;
  });
  return shifts;
}

/** The baseline: the same number of intervals as plain UTC arithmetic, no zones, layers or overrides. */
function plainIntervals(count: number): number {
  const step = Math.floor((TO.epochMilliseconds - FROM.epochMilliseconds) / count);
  const intervals: { rotation: string; person: string; start: number; end: number }[] = [];
  for (let i = 0; i < count; i++) {
    const start = FROM.epochMilliseconds + i * step;
    intervals.push({ rotation: `r${String(i % ROTATIONS)}`, person: PEOPLE[i % PEOPLE.length] ?? "", start, end: start + step });
  }
  return intervals.length;
}

function time(work: () => number): { ms: number; result: number } {
  const started = performance.now();
  const result = work();
  return { ms: performance.now() - started, result };
}

const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
};

function main(argv: readonly string[]): void {
  const runsFlag = argv.indexOf("--runs");
  const runs = runsFlag >= 0 ? Math.max(1, Number(argv[runsFlag + 1] ?? 5)) : 5;
  const rotations = benchRotations();
  const shifts = scheduleYear(rotations); // warm-up: JIT and the zone data Temporal caches
  plainIntervals(shifts);
  const schedule: number[] = [];
  const baseline: number[] = [];
  for (let run = 0; run < runs; run++) {
    const measured = time(() => scheduleYear(rotations));
    if (measured.result !== shifts) throw new Error(`run ${String(run)} gave ${String(measured.result)} shifts, not ${String(shifts)}`);
    schedule.push(measured.ms);
    baseline.push(time(() => plainIntervals(shifts)).ms);
  }
  const scheduleMs = median(schedule);
  const baselineMs = median(baseline);
  const result = {
    rotations: ROTATIONS,
    overrides: rotations.reduce((sum, r) => sum + (r.overrides?.length ?? 0), 0),
    from: FROM.toString(),
    to: TO.toString(),
    shifts,
    runs,
    schedule_ms: Math.round(scheduleMs * 10) / 10,
    baseline_ms: Math.round(baselineMs * 1000) / 1000,
    ratio: Math.round(scheduleMs / Math.max(baselineMs, 0.001)),
    us_per_shift: Math.round((scheduleMs * 1000) / shifts) / 1,
    node: process.version,
  };
  console.log(`on-call schedule: ${String(result.rotations)} rotations, ${String(result.overrides)} overrides, ${result.from} to ${result.to}`);
  console.log(`  ${String(shifts)} shifts, median of ${String(runs)} runs`);
  console.log(`  schedule (compile, layers, restrictions, overrides, DST): ${result.schedule_ms.toFixed(1)} ms (${String(result.us_per_shift)} µs per shift)`);
  console.log(`  baseline (the same number of plain UTC intervals):      ${result.baseline_ms.toFixed(3)} ms`);
  console.log(`  ratio: ${String(result.ratio)}x`);
  const out = join(import.meta.dirname, "..", "..", "bench-results");
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, "oncall.json"), `${JSON.stringify(result, null, 2)}\n`);
}

main(process.argv.slice(2));
