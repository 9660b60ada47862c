/**
 * `npm run bench:metrics [-- --sizes 10000,100000 --runs 3 --seed 7]`: `fireline metrics` over
 * synthetic workspaces (the generator of `npm run bench`, same seed, same cached folders) against
 * the load-only floor, each run in a fresh process. Target: metrics ≤ 1.2 × load. A report, not
 * a test: it exits 0 when the target is missed, and 1 only when the bench cannot run. Writes
 * bench-results/metrics.json. Default: 100,000 incidents.
 */
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describeMachine } from "./machine.js";
import { benchMetricsSize, RESULTS_DIR, ROOT, TARGET_RATIO, type SizeResult } from "./metrics-bench-lib.js";
import { parseRunOptions, runsFor } from "./run-options.js";

const log = (line: string) => process.stdout.write(`${line}\n`);

async function main(): Promise<void> {
  const options = parseRunOptions(process.argv.slice(2).length > 0 ? process.argv.slice(2) : ["--sizes", "100000"]);
  const sizes: SizeResult[] = [];
  for (const incidents of options.sizes) sizes.push(await benchMetricsSize(incidents, runsFor(incidents, options), options.seed));
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
