/**
 * `npm run bench [-- --sizes 1000,10000 --runs 3 --seed 7]`: generates synthetic workspaces and times
 * validate against the floor (read + parse only), each run in a fresh process. A report, not a test:
 * it exits 0 when a target fails, and 1 only when the bench itself cannot run.
 */
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { measureInChild, timeColdStart } from "./child-process.js";
import { generateWorkspace } from "./generate-workspace.js";
import { describeMachine, loadAverage } from "./machine.js";
import type { Measurement } from "./measure.js";
import { formatReport } from "./report.js";
import { evaluateTargets, modeResult, scalings, type BenchResults, type SizeResult } from "./results.js";
import { parseRunOptions, runsFor, type RunOptions } from "./run-options.js";
import { median, round } from "./stats.js";
import { warmPageCache } from "./warm-cache.js";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const RESULTS_DIR = join(ROOT, "bench-results");
const COLD_START_RUNS = 5;

const log = (line: string) => process.stdout.write(`${line}\n`);

const describe = (m: Measurement | undefined) => (m ? `${String(round(m.ms))} ms (cpu ${String(round(m.cpuMs))} ms, ${String(round(m.maxRssMb))} MB)` : "-");

/** Floor and validate runs, interleaved so that drift in the machine's load hits both alike. */
async function measureRuns(dir: string, runs: number): Promise<{ floor: Measurement[]; validate: Measurement[] }> {
  const floor: Measurement[] = [];
  const validate: Measurement[] = [];
  for (let run = 1; run <= runs; run++) {
    floor.push(await measureInChild("floor", dir));
    validate.push(await measureInChild("validate", dir));
    log(`  run ${String(run)}/${String(runs)}: floor ${describe(floor.at(-1))}, validate ${describe(validate.at(-1))}`);
  }
  return { floor, validate };
}

async function benchSize(incidents: number, options: RunOptions): Promise<SizeResult> {
  const dir = join(RESULTS_DIR, "workspaces", String(incidents));
  const started = performance.now();
  const generated = await generateWorkspace(dir, { incidents, seed: options.seed });
  const generateMs = round(performance.now() - started);
  log(`${incidents} incidents: ${generated.reused ? "reused" : "generated"} ${String(generated.files)} files in ${String(generateMs)} ms`);
  await warmPageCache(dir);
  const { floor, validate } = await measureRuns(dir, runsFor(incidents, options));
  const warnings = validate[0]?.warnings ?? 0;
  if (warnings > 0) log(`  note: validate reports ${String(warnings)} warnings or notices on the generated workspace (no errors)`);
  const floorResult = modeResult(floor);
  const validateResult = modeResult(validate);
  const { files, bytes, postmortems } = generated;
  const ratio = round(validateResult.medianMs / floorResult.medianMs, 3);
  const cpuRatio = round(validateResult.medianCpuMs / floorResult.medianCpuMs, 3);
  const reusedWorkspace = generated.reused;
  return { incidents, files, bytes, postmortems, generateMs, reusedWorkspace, floor: floorResult, validate: validateResult, ratio, cpuRatio };
}

async function main(): Promise<void> {
  const options = parseRunOptions(process.argv.slice(2));
  const loadAtStart = loadAverage();
  const coldStartRuns = Array.from({ length: COLD_START_RUNS }, () => round(timeColdStart(ROOT)));
  const sizes: SizeResult[] = [];
  for (const incidents of options.sizes) sizes.push(await benchSize(incidents, options));

  const results: BenchResults = {
    date: new Date().toISOString(),
    ...describeMachine(ROOT),
    loadAverage1m: { start: loadAtStart, end: loadAverage() },
    seed: options.seed,
    sizes,
    scaling: scalings(sizes),
    targets: evaluateTargets(sizes),
    coldStart: { runsMs: coldStartRuns, medianMs: round(median(coldStartRuns)) },
  };
  log(`\n${formatReport(results)}`);
  await mkdir(RESULTS_DIR, { recursive: true });
  await writeFile(join(RESULTS_DIR, "results.json"), `${JSON.stringify(results, null, 2)}\n`);
  log(`\nwrote ${join(RESULTS_DIR, "results.json")}`);
}

main().catch((error: unknown) => {
  process.stderr.write(`bench: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
