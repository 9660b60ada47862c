import type { Target } from "./results.js";
import { SCALE_MODES, type ScaleMode } from "./scale-modes.js";
import type { StartupResult } from "./startup-timing.js";
import { median, round } from "./stats.js";
import type { ProcessRun } from "./timed-process.js";

export interface ScaleModeResult {
  runsMs: number[];
  medianMs: number;
  medianCpuMs: number | undefined;
  /** The highest peak RSS over the runs, in MiB (undefined without /usr/bin/time). */
  maxRssMb: number | undefined;
  /** Median wall time against the single-threaded parse floor and against ajv-cli, of the same run. */
  vsFloor: number;
  vsAjvCli: number;
}

export interface ScaleSizeResult {
  incidents: number;
  files: number;
  bytes: number;
  postmortems: number;
  runs: number;
  modes: Record<ScaleMode, ScaleModeResult>;
}

export function summarise(samples: Record<ScaleMode, ProcessRun[]>): Record<ScaleMode, ScaleModeResult> {
  const medianOf = (mode: ScaleMode) => median(samples[mode].map((run) => run.ms));
  const floor = medianOf("floor");
  const ajv = medianOf("ajv-cli");
  const entries = SCALE_MODES.map((mode) => {
    const runs = samples[mode];
    const cpu = runs.map((run) => run.cpuMs).filter((ms) => ms !== undefined);
    const rss = runs.map((run) => run.maxRssMb).filter((mb) => mb !== undefined);
    const result: ScaleModeResult = {
      runsMs: runs.map((run) => round(run.ms)),
      medianMs: round(medianOf(mode)),
      medianCpuMs: cpu.length > 0 ? round(median(cpu)) : undefined,
      maxRssMb: rss.length > 0 ? round(Math.max(...rss)) : undefined,
      vsFloor: round(medianOf(mode) / floor, 2),
      vsAjvCli: round(medianOf(mode) / ajv, 2),
    };
    return [mode, result] as const;
  });
  return Object.fromEntries(entries) as Record<ScaleMode, ScaleModeResult>;
}

const STARTUP_LIMIT_MS = 150;

/** The targets (issue 11), each with the value measured in this run. */
export function scaleTargets(sizes: readonly ScaleSizeResult[], startup: StartupResult): Target[] {
  const at = (incidents: number) => sizes.find((size) => size.incidents === incidents)?.modes;
  const tenK = at(10_000);
  const hundredK = at(100_000);
  const target = (name: string, value: number | undefined, limit: number, unit: string, strict = false): Target => ({
    name,
    value: value === undefined ? undefined : round(value, 2),
    limit,
    unit,
    pass: value === undefined ? undefined : strict ? value < limit : value <= limit,
  });
  const validateRss = (modes: typeof tenK) => (modes ? maxDefined(modes["validate-cold"].maxRssMb, modes["validate-warm"].maxRssMb) : undefined);
  return [
    target(`fireline --version < ${String(STARTUP_LIMIT_MS)} ms`, startup.version.ms, STARTUP_LIMIT_MS, " ms", true),
    target(`fireline --help < ${String(STARTUP_LIMIT_MS)} ms`, startup.help.ms, STARTUP_LIMIT_MS, " ms", true),
    target("cold validate / floor at 10k ≤ 0.7", tenK?.["validate-cold"].vsFloor, 0.7, "×"),
    target("warm validate / ajv-cli at 10k ≤ 1.0", tenK?.["validate-warm"].vsAjvCli, 1, "×"),
    target("warm build / cold build at 10k ≤ 0.5", tenK ? tenK["build-warm"].medianMs / tenK["build-cold"].medianMs : undefined, 0.5, "×"),
    target("cold validate 100k / 10k ≤ 11", tenK && hundredK ? hundredK["validate-cold"].medianMs / tenK["validate-cold"].medianMs : undefined, 11, "×"),
    target("validate peak RSS at 10k < 250 MB", validateRss(tenK), 250, " MB", true),
    target("validate peak RSS at 100k < 600 MB", validateRss(hundredK), 600, " MB", true),
  ];
}

function maxDefined(...values: (number | undefined)[]): number | undefined {
  const defined = values.filter((value) => value !== undefined);
  return defined.length > 0 ? Math.max(...defined) : undefined;
}
