/**
 * `npm run bench:site [-- --sizes 1000,10000 --runs 3 --seed 7]`: builds the status page for the
 * synthetic workspaces `npm run bench` generates (same seed, same cached folders) and times it
 * against a floor measured in the same run: load the workspace and write as many files, of the
 * same total size, with fixed content. Validation alone is timed too, since the build runs it
 * first. Every measurement runs in a fresh process. A report, not a test: missed targets are
 * printed, and the exit code is 1 only when the bench itself cannot run.
 */
import { runJsonChild } from "./child-process.js";
import { mkdir, rm, writeFile } from "node:fs/promises";
import { cpus, platform } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { generateWorkspace } from "./generate-workspace.js";
import { parseRunOptions, runsFor, type RunOptions } from "./run-options.js";
import type { SiteMeasurement, SiteMode } from "./site-measure.js";
import { median, round } from "./stats.js";
import { warmPageCache } from "./warm-cache.js";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const RESULTS_DIR = join(ROOT, "bench-results");
const MEASURE = fileURLToPath(new URL("./site-measure.js", import.meta.url));
/** The issue's targets at 10k incidents. */
const TARGET_RATIO = 2;
const TARGET_RSS_MB = 300;

const log = (line: string) => process.stdout.write(`${line}\n`);

interface ModeSummary {
  runsMs: number[];
  medianMs: number;
  medianCpuMs: number;
  maxRssMb: number;
}

interface SiteSizeResult {
  incidents: number;
  outputFiles: number;
  outputBytes: number;
  build: ModeSummary;
  floor: ModeSummary;
  validate: ModeSummary;
  /** build / floor, median wall time. */
  ratio: number;
  cpuRatio: number;
  /** Build time spent beyond validation: rendering and writing the site. */
  renderAndWriteMs: number;
}

function measure(mode: SiteMode, dir: string, out: string, extra: string[] = []): Promise<SiteMeasurement> {
  return runJsonChild<SiteMeasurement>([MEASURE, mode, dir, out, ...extra], `${mode} on ${dir}`);
}

function summarize(runs: SiteMeasurement[]): ModeSummary {
  return {
    runsMs: runs.map((run) => round(run.ms)),
    medianMs: round(median(runs.map((run) => run.ms))),
    medianCpuMs: round(median(runs.map((run) => run.cpuMs))),
    maxRssMb: round(Math.max(...runs.map((run) => run.maxRssMb))),
  };
}

async function benchSize(incidents: number, options: RunOptions): Promise<SiteSizeResult> {
  const dir = join(RESULTS_DIR, "workspaces", String(incidents));
  const generated = await generateWorkspace(dir, { incidents, seed: options.seed });
  log(`${String(incidents)} incidents: ${generated.reused ? "reused" : "generated"} workspace of ${String(generated.files)} files`);
  await warmPageCache(dir);
  const out = join(RESULTS_DIR, "site-out", String(incidents));
  await mkdir(out, { recursive: true });

  const builds: SiteMeasurement[] = [];
  const floors: SiteMeasurement[] = [];
  const validates: SiteMeasurement[] = [];
  const runs = runsFor(incidents, options);
  for (let run = 1; run <= runs; run++) {
    // Interleaved, so drift in machine load hits every mode alike.
    const built = await measure("build", dir, join(out, "build"));
    builds.push(built);
    floors.push(await measure("floor", dir, join(out, "floor"), [String(built.files), String(built.bytes)]));
    validates.push(await measure("validate", dir, join(out, "validate")));
    const line = (m: SiteMeasurement | undefined) => (m ? `${String(round(m.ms))} ms, ${String(round(m.maxRssMb))} MB` : "-");
    log(`  run ${String(run)}/${String(runs)}: build ${line(builds.at(-1))}, floor ${line(floors.at(-1))}, validate ${line(validates.at(-1))}`);
  }
  await rm(out, { recursive: true, force: true });
  const build = summarize(builds);
  const floor = summarize(floors);
  const validate = summarize(validates);
  return {
    incidents,
    outputFiles: builds[0]?.files ?? 0,
    outputBytes: builds[0]?.bytes ?? 0,
    build,
    floor,
    validate,
    ratio: round(build.medianMs / floor.medianMs, 2),
    cpuRatio: round(build.medianCpuMs / floor.medianCpuMs, 2),
    renderAndWriteMs: round(build.medianMs - validate.medianMs),
  };
}

function table(sizes: SiteSizeResult[]): string {
  const header = "incidents | files out | build ms | floor ms | ratio | cpu ratio | validate ms | build RSS MB | floor RSS MB";
  const rows = sizes.map((s) =>
    [s.incidents, s.outputFiles, s.build.medianMs, s.floor.medianMs, s.ratio, s.cpuRatio, s.validate.medianMs, s.build.maxRssMb, s.floor.maxRssMb].map(String).join(" | "),
  );
  return [header, header.replace(/[^|]/g, "-"), ...rows].join("\n");
}

async function main(): Promise<void> {
  const options = parseRunOptions(process.argv.slice(2));
  const sizes: SiteSizeResult[] = [];
  for (const incidents of options.sizes) sizes.push(await benchSize(incidents, options));
  const machine = { node: process.version, platform: platform(), cpus: cpus().length, cpuModel: cpus()[0]?.model ?? "unknown" };
  log(`\nfireline status page bench: node ${machine.node}, ${String(machine.cpus)} CPUs (${machine.cpuModel}), seed ${String(options.seed)}\n`);
  log(table(sizes));
  const at10k = sizes.find((s) => s.incidents === 10_000);
  const targets = at10k
    ? [
        { name: "build / floor at 10k", value: at10k.ratio, limit: TARGET_RATIO, pass: at10k.ratio <= TARGET_RATIO },
        { name: "peak RSS at 10k (MB)", value: at10k.build.maxRssMb, limit: TARGET_RSS_MB, pass: at10k.build.maxRssMb < TARGET_RSS_MB },
      ]
    : [];
  if (targets.length > 0) log(`\ntargets:\n${targets.map((t) => `  ${t.pass ? "ok  " : "MISS"} ${t.name}: ${String(t.value)} (limit ${String(t.limit)})`).join("\n")}`);
  const results = { date: new Date().toISOString(), ...machine, seed: options.seed, sizes, targets };
  await mkdir(RESULTS_DIR, { recursive: true });
  await writeFile(join(RESULTS_DIR, "site-results.json"), `${JSON.stringify(results, null, 2)}\n`);
  log(`\nwrote ${join(RESULTS_DIR, "site-results.json")}`);
}

main().catch((error: unknown) => {
  process.stderr.write(`bench:site: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
