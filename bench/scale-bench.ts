/**
 * `npm run bench:scale [-- --sizes 1000,10000,100000 --runs 3 --seed 7]` (also part of `npm run bench`):
 * side by side in one run, on the synthetic workspaces `npm run bench:validate` generates, the
 * single-threaded parse floor, ajv-cli on the same incident files, fireline validate cold and warm
 * (one file changed) and fireline build cold and warm, each in a child process, with ratios against
 * the floor and ajv-cli, peak RSS, start-up times and the issue's targets. Writes
 * bench-results/scale.json. A report, not a test: the exit code is 1 only when the bench cannot run.
 */
import { mkdtempSync, readdirSync } from "node:fs";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { generateWorkspace } from "./generate-workspace.js";
import { describeMachine, loadAverage } from "./machine.js";
import { parseRunOptions, runsFor, type RunOptions } from "./run-options.js";
import { cacheFlagsAvailable, runMode, SCALE_MODES, type ScaleMode, type ScaleRunDirs } from "./scale-modes.js";
import { formatScaleReport } from "./scale-report.js";
import { scaleTargets, summarise, type ScaleSizeResult } from "./scale-results.js";
import { measureStartup } from "./startup-timing.js";
import { round } from "./stats.js";
import { CAN_MEASURE_RSS, type ProcessRun } from "./timed-process.js";
import { warmPageCache } from "./warm-cache.js";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const RESULTS_DIR = join(ROOT, "bench-results");
const DEFAULT_SIZES = [1000, 10_000];
const STARTUP_RUNS = 20;

const log = (line: string) => process.stdout.write(`${line}\n`);

/** The one file a warm run finds changed: the first incident, with a comment line appended for that run. */
async function oneChangedFile(workspace: string): Promise<{ edit(label: string): Promise<void>; restore(): Promise<void> }> {
  const first = readdirSync(join(workspace, "incidents")).sort()[0];
  if (first === undefined) throw new Error(`${workspace} has no incidents`);
  const path = join(workspace, "incidents", first, "incident.yaml");
  const original = await readFile(path);
  return {
    edit: (label) => writeFile(path, `${original.toString("utf8")}# changed for the scale bench: ${label}\n`),
    // The workspace is shared with the other benches and reused by its stamp: put it back as generated.
    restore: () => writeFile(path, original),
  };
}

/** One run of every mode, interleaved so that drift in the machine's load hits them alike. */
async function runOnce(dirs: ScaleRunDirs, withCache: boolean, changed: Awaited<ReturnType<typeof oneChangedFile>>, run: number): Promise<Record<ScaleMode, ProcessRun>> {
  const results: Partial<Record<ScaleMode, ProcessRun>> = {};
  for (const mode of SCALE_MODES) {
    if (mode === "build-cold") await rm(dirs.cache, { recursive: true, force: true });
    if (mode.endsWith("-warm")) await changed.edit(`${mode} run ${String(run)}`);
    results[mode] = await runMode(mode, dirs, withCache);
  }
  return results as Record<ScaleMode, ProcessRun>;
}

async function benchSize(incidents: number, options: RunOptions, withCache: boolean): Promise<ScaleSizeResult> {
  const workspace = join(RESULTS_DIR, "workspaces", String(incidents));
  const generated = await generateWorkspace(workspace, { incidents, seed: options.seed });
  log(`${String(incidents)} incidents: ${generated.reused ? "reused" : "generated"} ${String(generated.files)} files`);
  await warmPageCache(workspace);
  const changed = await oneChangedFile(workspace);
  const scratch = mkdtempSync(join(tmpdir(), "fireline-scale-"));
  const samples = Object.fromEntries(SCALE_MODES.map((mode) => [mode, [] as ProcessRun[]])) as Record<ScaleMode, ProcessRun[]>;
  const runs = runsFor(incidents, options);
  try {
    for (let run = 1; run <= runs; run++) {
      const dirs = { workspace, cache: join(scratch, `cache-${String(run)}`), site: join(scratch, `site-${String(run)}`) };
      const results = await runOnce(dirs, withCache, changed, run);
      for (const mode of SCALE_MODES) samples[mode].push(results[mode]);
      log(`  run ${String(run)}/${String(runs)}: ${SCALE_MODES.map((mode) => `${mode} ${String(round(results[mode].ms / 1000, 2))} s`).join(", ")}`);
    }
  } finally {
    await changed.restore();
    await rm(scratch, { recursive: true, force: true });
  }
  const { files, bytes, postmortems } = generated;
  return { incidents, files, bytes, postmortems, runs, modes: summarise(samples) };
}

async function main(): Promise<void> {
  const options = parseRunOptions(process.argv.slice(2), DEFAULT_SIZES);
  const loadAtStart = loadAverage();
  const withCache = cacheFlagsAvailable();
  if (!CAN_MEASURE_RSS) log("note: /usr/bin/time is not installed, so peak RSS and CPU time are not measured");
  const startup = measureStartup(ROOT, STARTUP_RUNS);
  const sizes: ScaleSizeResult[] = [];
  for (const incidents of options.sizes) sizes.push(await benchSize(incidents, options, withCache));
  const machine = describeMachine(ROOT);
  const loadAtEnd = loadAverage();
  const git = machine.git ? `, commit ${machine.git.commit}${machine.git.srcDirty ? " + uncommitted src/ changes" : ""}` : "";
  const header = `fireline scale bench: node ${machine.node}, ${String(machine.cpus)} CPUs (${machine.cpuModel}), load average ${String(loadAtStart)} at start, ${String(loadAtEnd)} at end, seed ${String(options.seed)}${git}`;
  const report = { header, cache: withCache ? ("available" as const) : ("not available" as const), startup, sizes, targets: scaleTargets(sizes, startup) };
  log(`\n${formatScaleReport(report)}`);
  const results = { date: new Date().toISOString(), ...machine, loadAverage1m: { start: loadAtStart, end: loadAtEnd }, seed: options.seed, ...report };
  await mkdir(RESULTS_DIR, { recursive: true });
  await writeFile(join(RESULTS_DIR, "scale.json"), `${JSON.stringify(results, null, 2)}\n`);
  log(`\nwrote ${join(RESULTS_DIR, "scale.json")}`);
}

main().catch((error: unknown) => {
  process.stderr.write(`bench: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
