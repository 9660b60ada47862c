/**
 * One measurement in a fresh process: `node build/bench/measure.js <floor|validate> <dir>`.
 * Prints one JSON line: { mode, ms, cpuMs, maxRssMb, files, warnings }. Exits 1 when validate finds errors.
 */
import { Temporal } from "temporal-polyfill";
import { NodeFileSource } from "../src/adapters/node-file-source.js";
import { availableParallelism } from "node:os";
import { WorkerParser } from "../src/adapters/worker-parser.js";
import { validateWorkspace } from "../src/commands/validate.js";
import { readAndParseAll } from "./floor.js";
import { BENCH_NOW_MS } from "./timestamps.js";

export interface Measurement {
  mode: "floor" | "validate";
  ms: number;
  /** CPU time (user + system, every thread) spent on the work: steadier than `ms` on a busy machine. */
  cpuMs: number;
  /** Peak resident set size of the whole process, in MiB. */
  maxRssMb: number;
  files: number;
  /** Warnings and notices from validate (errors fail the run); 0 for the floor. */
  warnings: number;
}

type Counted = Pick<Measurement, "files" | "warnings">;

async function runFloor(dir: string): Promise<Counted> {
  const result = await readAndParseAll(dir);
  if (result.yamlErrors > 0) throw new Error(`the floor found ${String(result.yamlErrors)} YAML errors in ${dir}`);
  return { files: result.files, warnings: 0 };
}

async function runValidate(dir: string): Promise<Counted> {
  // A fixed `now`, as the CLI passes the real time: clock-dependent rules run and the result is repeatable.
  // Worker threads as the CLI uses them by default (no cache: this is the cold run).
  const parser = new WorkerParser({ workers: availableParallelism() });
  const result = await validateWorkspace(new NodeFileSource(dir), { now: Temporal.Instant.fromEpochMilliseconds(BENCH_NOW_MS), parser });
  await parser.close();
  if (!result.ok) throw new Error(`${dir} is not a fireline workspace`);
  if (result.counts.errors > 0) {
    const sample = result.diagnostics.filter((d) => d.severity === "error").slice(0, 10);
    const lines = sample.map((d) => `  ${d.code} ${d.file}:${String(d.line)} ${d.message}`);
    throw new Error(`validate found ${String(result.counts.errors)} errors in the generated workspace:\n${lines.join("\n")}`);
  }
  return { files: result.counts.files, warnings: result.counts.warnings + result.counts.notices };
}

async function main(args: string[]): Promise<void> {
  const [mode, dir] = args;
  if ((mode !== "floor" && mode !== "validate") || dir === undefined) throw new Error("usage: measure.js <floor|validate> <dir>");
  const startCpu = process.cpuUsage();
  const start = performance.now();
  const counted = await (mode === "floor" ? runFloor(dir) : runValidate(dir));
  const ms = performance.now() - start;
  const cpu = process.cpuUsage(startCpu);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  const measurement: Measurement = { mode, ms, cpuMs, maxRssMb: process.resourceUsage().maxRSS / 1024, ...counted };
  process.stdout.write(`${JSON.stringify(measurement)}\n`);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`measure: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
