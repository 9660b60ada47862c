import type { Machine } from "./machine.js";
import type { Measurement } from "./measure.js";
import { median, round } from "./stats.js";

export interface ModeResult {
  runsMs: number[];
  medianMs: number;
  /** Median CPU time (user + system); less sensitive than wall time to other load on the machine. */
  medianCpuMs: number;
  /** The highest peak RSS over the runs, in MiB. */
  maxRssMb: number;
}

export interface SizeResult {
  incidents: number;
  files: number;
  bytes: number;
  postmortems: number;
  generateMs: number;
  reusedWorkspace: boolean;
  floor: ModeResult;
  validate: ModeResult;
  /** validate median / floor median, wall time. */
  ratio: number;
  /** The same ratio in CPU time. */
  cpuRatio: number;
}

export interface Scaling {
  from: number;
  to: number;
  floor: number;
  validate: number;
}

export interface Target {
  name: string;
  value: number | undefined;
  limit: number;
  unit: string;
  /** Undefined when the sizes it needs were not measured. */
  pass: boolean | undefined;
}

/** Everything results.json holds. */
export interface BenchResults extends Machine {
  date: string;
  loadAverage1m: { start: number; end: number };
  seed: number;
  sizes: SizeResult[];
  scaling: Scaling[];
  targets: Target[];
  coldStart: { runsMs: number[]; medianMs: number };
}

export function modeResult(measurements: readonly Measurement[]): ModeResult {
  return {
    runsMs: measurements.map((m) => round(m.ms)),
    medianMs: round(median(measurements.map((m) => m.ms))),
    medianCpuMs: round(median(measurements.map((m) => m.cpuMs))),
    maxRssMb: round(Math.max(...measurements.map((m) => m.maxRssMb))),
  };
}

/** Each size against the next larger one: how cost grows with the workspace. */
export function scalings(sizes: readonly SizeResult[]): Scaling[] {
  const sorted = [...sizes].sort((a, b) => a.incidents - b.incidents);
  return sorted.slice(1).map((to, i) => {
    const from = sorted[i] ?? to;
    return {
      from: from.incidents,
      to: to.incidents,
      floor: round(to.floor.medianMs / from.floor.medianMs, 2),
      validate: round(to.validate.medianMs / from.validate.medianMs, 2),
    };
  });
}

/** The targets: validate ≤ 1.5× the floor at 10k, 100k ≤ 11× 10k, peak RSS < 300 MB at 10k. */
export function evaluateTargets(sizes: readonly SizeResult[]): Target[] {
  const at = (incidents: number) => sizes.find((size) => size.incidents === incidents);
  const tenK = at(10_000);
  const hundredK = at(100_000);
  const target = (name: string, value: number | undefined, limit: number, unit: string, strict: boolean): Target => ({
    name,
    value: value === undefined ? undefined : round(value, 2),
    limit,
    unit,
    pass: value === undefined ? undefined : strict ? value < limit : value <= limit,
  });
  return [
    target("validate / floor at 10k ≤ 1.5", tenK?.ratio, 1.5, "×", false),
    target("validate 100k / validate 10k ≤ 11", tenK && hundredK ? hundredK.validate.medianMs / tenK.validate.medianMs : undefined, 11, "×", false),
    target("validate peak RSS at 10k < 300 MB", tenK?.validate.maxRssMb, 300, " MB", true),
  ];
}
