import type { BenchResults, Scaling, SizeResult, Target } from "./results.js";

const COLUMNS = ["incidents", "files", "floor ms", "validate ms", "validate/floor", "cpu ratio", "floor RSS MB", "validate RSS MB", "runs"];

function format(value: number, digits = 0): string {
  return value.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

/** A plain right-aligned table; readable in a terminal and in a CI log. */
function table(rows: string[][]): string {
  const widths = COLUMNS.map((_, c) => Math.max(...rows.map((row) => (row[c] ?? "").length)));
  return rows.map((row) => row.map((cell, c) => cell.padStart(widths[c] ?? 0)).join("  ")).join("\n");
}

/** The whole printed report. */
export function formatReport(results: BenchResults): string {
  const load = `load average ${String(results.loadAverage1m.start)} at start, ${String(results.loadAverage1m.end)} at end`;
  const git = results.git ? `, commit ${results.git.commit}${results.git.srcDirty ? " + uncommitted src/ changes" : ""}` : "";
  const lines = [
    `fireline bench: node ${results.node}, ${String(results.cpus)} CPUs (${results.cpuModel}), ${load}, seed ${String(results.seed)}${git}`,
    "",
    sizeTable(results.sizes),
    ...(results.scaling.length > 0 ? ["", "scaling (median wall time):", ...scalingLines(results.scaling)] : []),
    "",
    "targets (wall time):",
    ...targetLines(results.targets),
    "",
    `cold start, node bin/fireline.js --version: ${format(results.coldStart.medianMs)} ms (median of ${String(results.coldStart.runsMs.length)})`,
  ];
  if (results.targets.some((target) => target.pass === false)) lines.push("", "FAIL: at least one target is missed (see above); this is a report, so the exit code stays 0.");
  return lines.join("\n");
}

function sizeTable(sizes: readonly SizeResult[]): string {
  const rows = sizes.map((s) => [
    format(s.incidents),
    format(s.files),
    format(s.floor.medianMs),
    format(s.validate.medianMs),
    `${format(s.ratio, 2)}×`,
    `${format(s.cpuRatio, 2)}×`,
    format(s.floor.maxRssMb),
    format(s.validate.maxRssMb),
    String(s.floor.runsMs.length),
  ]);
  return table([COLUMNS, ...rows]);
}

function scalingLines(scaling: readonly Scaling[]): string[] {
  return scaling.map((s) => `  ${format(s.to)} / ${format(s.from)} incidents: validate ${format(s.validate, 2)}×, floor ${format(s.floor, 2)}×`);
}

function targetLines(targets: readonly Target[]): string[] {
  return targets.map((t) => {
    const verdict = t.pass === undefined ? "SKIP" : t.pass ? "PASS" : "FAIL";
    const value = t.value === undefined ? "not measured" : `${format(t.value, 2)}${t.unit}`;
    return `  ${verdict}  ${t.name.padEnd(36)} ${value}`;
  });
}
