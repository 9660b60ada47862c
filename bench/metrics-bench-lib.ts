/**
 * The metrics benchmark for one workspace size: `fireline metrics` against the load-only floor,
 * each run in a fresh process, the two interleaved so drift hits both alike. Used by
 * `npm run bench:metrics` (bench/metrics-bench.ts); `npm run bench` can call {@link benchMetricsSize}
 * for each of its sizes too.
 */
import { runJsonChild } from "./child-process.js";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { generateWorkspace } from "./generate-workspace.js";
import { loadAverage } from "./machine.js";
import type { MetricsMeasurement, MetricsMode } from "./metrics-measure.js";
import { median, round } from "./stats.js";
import { warmPageCache } from "./warm-cache.js";

export const ROOT = fileURLToPath(new URL("../../", import.meta.url));
export const RESULTS_DIR = join(ROOT, "bench-results");
const MEASURE_ENTRY = fileURLToPath(new URL("./metrics-measure.js", import.meta.url));
/** Metrics may take at most this many times the load-only floor. */
export const TARGET_RATIO = 1.2;

const log = (line: string) => process.stdout.write(`${line}\n`);

export function measure(mode: MetricsMode, dir: string): Promise<MetricsMeasurement> {
  return runJsonChild<MetricsMeasurement>(["--max-old-space-size=8192", MEASURE_ENTRY, mode, dir], `${mode} on ${dir}`);
}

export interface SizeResult {
  incidents: number;
  runs: { load: MetricsMeasurement; metrics: MetricsMeasurement; ratio: number; cpuRatio: number }[];
  medianLoadMs: number;
  medianMetricsMs: number;
  /** Median of each run's metrics ÷ load (the pair ran back to back). */
  ratio: number;
  cpuRatio: number;
  pass: boolean;
}

export async function benchMetricsSize(incidents: number, runs: number, seed: number): Promise<SizeResult> {
  const dir = join(RESULTS_DIR, "workspaces", String(incidents));
  const generated = await generateWorkspace(dir, { incidents, seed });
  log(`${String(incidents)} incidents: ${generated.reused ? "reused" : "generated"} ${String(generated.files)} files (${String(generated.postmortems)} postmortems)`);
  await warmPageCache(dir);
  const results: SizeResult["runs"] = [];
  for (let run = 1; run <= runs; run++) {
    const load = await measure("load", dir);
    const metrics = await measure("metrics", dir);
    const ratio = metrics.ms / load.ms;
    const cpuRatio = metrics.cpuMs / load.cpuMs;
    results.push({ load, metrics, ratio: round(ratio, 3), cpuRatio: round(cpuRatio, 3) });
    log(
      `  run ${String(run)}/${String(runs)}: load ${String(round(load.ms))} ms (cpu ${String(round(load.cpuMs))}), ` +
        `metrics ${String(round(metrics.ms))} ms (cpu ${String(round(metrics.cpuMs))}, ${String(round(metrics.maxRssMb))} MB): ${String(round(ratio, 3))}×, load average ${String(loadAverage())}`,
    );
  }
  const ratio = round(median(results.map((r) => r.ratio)), 3);
  return {
    incidents,
    runs: results,
    medianLoadMs: round(median(results.map((r) => r.load.ms))),
    medianMetricsMs: round(median(results.map((r) => r.metrics.ms))),
    ratio,
    cpuRatio: round(median(results.map((r) => r.cpuRatio)), 3),
    pass: ratio <= TARGET_RATIO,
  };
}

