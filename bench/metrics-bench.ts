/**
 * `npm run bench:metrics [-- --sizes 10000,100000 --runs 3 --seed 7]`: `fireline metrics` over
 * synthetic workspaces (the generator of `npm run bench`, same seed, same cached folders) against
 * the load-only floor, each run in a fresh process, the two interleaved so drift hits both alike.
 * Target: metrics ≤ 1.2 × load. A report, not a test: it exits 0 when the target is missed, and 1
 * only when the bench cannot run. Writes bench-results/metrics.json.
 */
import { spawn } from "node:child_process";
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { generateWorkspace } from "./generate-workspace.js";
import { describeMachine, loadAverage } from "./machine.js";
import type { MetricsMeasurement, MetricsMode } from "./metrics-measure.js";
import { parseRunOptions, runsFor } from "./run-options.js";
import { median, round } from "./stats.js";
import { warmPageCache } from "./warm-cache.js";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const RESULTS_DIR = join(ROOT, "bench-results");
const MEASURE_ENTRY = fileURLToPath(new URL("./metrics-measure.js", import.meta.url));
const TARGET_RATIO = 1.2;

const log = (line: string) => process.stdout.write(`${line}\n`);

function measure(mode: MetricsMode, dir: string): Promise<MetricsMeasurement> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--max-old-space-size=8192", MEASURE_ENTRY, mode, dir], { stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (code) => {
      if (code !== 0) reject(new Error(`${mode} on ${dir} failed (exit ${String(code)}):\n${stderr}`));
      else resolve(JSON.parse(stdout) as MetricsMeasurement);
    });
  });
}

interface SizeResult {
  incidents: number;
  runs: { load: MetricsMeasurement; metrics: MetricsMeasurement; ratio: number; cpuRatio: number }[];
  medianLoadMs: number;
  medianMetricsMs: number;
  /** Median of each run's metrics ÷ load (the pair ran back to back). */
  ratio: number;
  cpuRatio: number;
  pass: boolean;
}

async function benchSize(incidents: number, runs: number, seed: number): Promise<SizeResult> {
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

async function main(): Promise<void> {
  const options = parseRunOptions(process.argv.slice(2).length > 0 ? process.argv.slice(2) : ["--sizes", "100000"]);
  const sizes: SizeResult[] = [];
  for (const incidents of options.sizes) sizes.push(await benchSize(incidents, runsFor(incidents, options), options.seed));
  log("\nincidents  load (median)  metrics (median)  metrics ÷ load  cpu ratio  target");
  for (const size of sizes) {
    log(
      `${String(size.incidents).padStart(9)}  ${`${String(size.medianLoadMs)} ms`.padStart(13)}  ${`${String(size.medianMetricsMs)} ms`.padStart(16)}  ` +
        `${`${String(size.ratio)}×`.padStart(14)}  ${`${String(size.cpuRatio)}×`.padStart(9)}  ${size.pass ? "pass" : "FAIL"} (≤ ${String(TARGET_RATIO)}×)`,
    );
  }
  await mkdir(RESULTS_DIR, { recursive: true });
  const results = { date: new Date().toISOString(), ...describeMachine(ROOT), seed: options.seed, target: TARGET_RATIO, sizes };
  await writeFile(join(RESULTS_DIR, "metrics.json"), `${JSON.stringify(results, null, 2)}\n`);
  log(`\nwrote ${join(RESULTS_DIR, "metrics.json")}`);
  if (sizes.some((size) => !size.pass)) log(`\nFAIL: metrics took more than ${String(TARGET_RATIO)}× the load-only floor (a report, so the exit code stays 0).`);
}

main().catch((error: unknown) => {
  process.stderr.write(`bench:metrics: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
