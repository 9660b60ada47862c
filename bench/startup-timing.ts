import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { median, round } from "./stats.js";

/** Medians, in ms, of wall time and (with /usr/bin/time) user + system CPU time. */
export interface StartupTime {
  ms: number;
  cpuMs: number | undefined;
}

export interface StartupResult {
  runs: number;
  /** `node -e 0`: what any Node CLI pays before its own code runs. */
  node: StartupTime;
  version: StartupTime;
  help: StartupTime;
  /** `fireline build --help`: the command whose implementation is the heaviest. */
  buildHelp: StartupTime;
}

const GNU_TIME = "/usr/bin/time";
const VARIANTS = { node: ["-e", "0"], version: ["bin/fireline.js", "--version"], help: ["bin/fireline.js", "--help"], buildHelp: ["bin/fireline.js", "build", "--help"] };
type Variant = keyof typeof VARIANTS;

/**
 * Interleaved runs of bare Node and of fireline's --version and --help, start to exit. CPU time
 * is reported beside wall time: on a machine busy with other work, wall time mostly measures
 * the wait for a CPU.
 */
export function measureStartup(root: string, runs: number): StartupResult {
  const scratch = mkdtempSync(join(tmpdir(), "fireline-bench-startup-"));
  const samples = Object.fromEntries(Object.keys(VARIANTS).map((name) => [name, { ms: [] as number[], cpuMs: [] as number[] }])) as Record<Variant, { ms: number[]; cpuMs: number[] }>;
  try {
    for (let run = 0; run < runs; run++) {
      for (const [name, args] of Object.entries(VARIANTS) as [Variant, string[]][]) {
        const sample = timeOnce(root, args, join(scratch, "time.txt"));
        samples[name].ms.push(sample.ms);
        if (sample.cpuMs !== undefined) samples[name].cpuMs.push(sample.cpuMs);
      }
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  const summary = (name: Variant): StartupTime => ({
    ms: round(median(samples[name].ms)),
    cpuMs: samples[name].cpuMs.length > 0 ? round(median(samples[name].cpuMs)) : undefined,
  });
  return { runs, node: summary("node"), version: summary("version"), help: summary("help"), buildHelp: summary("buildHelp") };
}

function timeOnce(root: string, args: string[], report: string): { ms: number; cpuMs: number | undefined } {
  const withTime = existsSync(GNU_TIME);
  const [file, argv] = withTime ? [GNU_TIME, ["-f", "%U %S", "-o", report, process.execPath, ...args]] : [process.execPath, args];
  const started = performance.now();
  const result = spawnSync(file, argv, { cwd: root, encoding: "utf8" });
  const ms = performance.now() - started;
  if (result.status !== 0) throw new Error(`node ${args.join(" ")} failed: ${result.stderr}`);
  if (!withTime) return { ms, cpuMs: undefined };
  const [user = NaN, system = NaN] = readFileSync(report, "utf8").trim().split("\n").at(-1)?.split(" ").map(Number) ?? [];
  return { ms, cpuMs: (user + system) * 1000 };
}
