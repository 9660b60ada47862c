import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** One child process, start to exit. */
export interface ProcessRun {
  ms: number;
  /** User + system CPU of the child (all its threads); undefined without /usr/bin/time. */
  cpuMs: number | undefined;
  /** The child's peak resident set size in MiB; undefined without /usr/bin/time. */
  maxRssMb: number | undefined;
}

const GNU_TIME = "/usr/bin/time";

/** Whether peak RSS and CPU time can be measured (GNU time is installed). */
export const CAN_MEASURE_RSS = existsSync(GNU_TIME);

/**
 * Runs a command to completion and times it, under GNU time when present for its peak RSS and
 * CPU time. Standard output is discarded (ajv-cli prints a line per file); a non-zero exit rejects
 * with the end of standard error.
 */
export async function timeProcess(command: string, args: readonly string[], options: { cwd: string }): Promise<ProcessRun> {
  const scratch = mkdtempSync(join(tmpdir(), "fireline-bench-time-"));
  const report = join(scratch, "time.txt");
  const [file, argv] = CAN_MEASURE_RSS ? [GNU_TIME, ["-f", "%U %S %M", "-o", report, command, ...args]] : [command, [...args]];
  try {
    const started = performance.now();
    await run(file, argv, options.cwd, `${command} ${args.join(" ")}`);
    const ms = performance.now() - started;
    if (!CAN_MEASURE_RSS) return { ms, cpuMs: undefined, maxRssMb: undefined };
    const [user = NaN, system = NaN, rssKb = NaN] = readFileSync(report, "utf8").trim().split("\n").at(-1)?.split(" ").map(Number) ?? [];
    return { ms, cpuMs: (user + system) * 1000, maxRssMb: rssKb / 1024 };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

function run(file: string, args: readonly string[], cwd: string, label: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, { cwd, stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr = (stderr + chunk).slice(-4000)));
    child.on("error", reject);
    child.on("close", (code) => {
      if (code === 0) resolve();
      else reject(new Error(`${label} exited with ${String(code)}:\n${stderr}`));
    });
  });
}
