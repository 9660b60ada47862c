/**
 * One measurement of the metrics benchmark in a fresh process:
 * `node build/bench/metrics-measure.js <load|metrics> <dir>`. Prints one JSON line:
 * { mode, ms, cpuMs, maxRssMb, incidents }.
 *
 * - load: the load-only floor, loadWorkspace (read, parse and schema-check every file), which
 *   `fireline metrics` cannot do without;
 * - metrics: what `fireline metrics --by month` does: load, compute every number, and render it
 *   as human text, JSON, markdown and CSV.
 */
import { NodeFileSource } from "../src/adapters/node-file-source.js";
import { collectMetrics } from "../src/commands/metrics.js";
import { loadWorkspace } from "../src/load/load-workspace.js";
import { renderMetricsCsv } from "../src/render/metrics/metrics-csv.js";
import { renderMetricsHuman } from "../src/render/metrics/metrics-human.js";
import { renderMetricsJson } from "../src/render/metrics/metrics-json.js";
import { renderMetricsMarkdown } from "../src/render/metrics/metrics-markdown.js";
import { BENCH_NOW_MS } from "./timestamps.js";

export type MetricsMode = "load" | "metrics";

export interface MetricsMeasurement {
  mode: MetricsMode;
  ms: number;
  cpuMs: number;
  maxRssMb: number;
  incidents: number;
}

/** Every incident the generator writes (from 2023) up to the bench's fixed "now". */
const PERIOD = { from: Date.UTC(2022, 0, 1), to: BENCH_NOW_MS };

async function run(mode: MetricsMode, dir: string): Promise<number> {
  const files = new NodeFileSource(dir);
  if (mode === "load") {
    const loaded = await loadWorkspace(files);
    if (!loaded.ok) throw new Error(`${dir} is not a fireline workspace`);
    return loaded.workspace.incidents.length;
  }
  const result = await collectMetrics(files, { at: () => ({ period: PERIOD, now: BENCH_NOW_MS }), by: "month", recurrenceWindow: { text: "180d", ms: 180 * 86_400_000 } });
  if (!result.ok) throw new Error(`${dir} is not a fireline workspace`);
  if (result.loadErrors > 0) throw new Error(`${String(result.loadErrors)} files of ${dir} did not load`);
  const extra = { unreadable: result.unreadable };
  let bytes = 0;
  for (const render of [renderMetricsHuman, renderMetricsJson, renderMetricsMarkdown]) bytes += render(result.metrics, result.context, extra).length;
  bytes += renderMetricsCsv(result.metrics).length;
  if (bytes === 0) throw new Error("nothing rendered");
  return result.metrics.total.incidents;
}

async function main(args: string[]): Promise<void> {
  const [mode, dir] = args;
  if ((mode !== "load" && mode !== "metrics") || dir === undefined) throw new Error("usage: metrics-measure.js <load|metrics> <dir>");
  const startCpu = process.cpuUsage();
  const start = performance.now();
  const incidents = await run(mode, dir);
  const ms = performance.now() - start;
  const cpu = process.cpuUsage(startCpu);
  const measurement: MetricsMeasurement = { mode, ms, cpuMs: (cpu.user + cpu.system) / 1000, maxRssMb: process.resourceUsage().maxRSS / 1024, incidents };
  process.stdout.write(`${JSON.stringify(measurement)}\n`);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`metrics-measure: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
