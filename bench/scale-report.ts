import type { Target } from "./results.js";
import { MODE_LABELS, SCALE_MODES } from "./scale-modes.js";
import type { ScaleSizeResult } from "./scale-results.js";
import type { StartupResult, StartupTime } from "./startup-timing.js";

export interface ScaleReport {
  header: string;
  cache: "available" | "not available";
  startup: StartupResult;
  sizes: ScaleSizeResult[];
  targets: Target[];
}

const COLUMNS = ["mode", "median s", "× floor", "× ajv-cli", "cpu s", "peak RSS MB"];

const number = (value: number | undefined, digits: number) =>
  value === undefined ? "-" : value.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits });

const startupTime = (time: StartupTime) => `${number(time.ms, 0)} / ${time.cpuMs === undefined ? "-" : number(time.cpuMs, 0)} ms`;

function table(rows: string[][]): string {
  const widths = COLUMNS.map((_, c) => Math.max(...rows.map((row) => (row[c] ?? "").length)));
  return rows.map((row) => row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c] ?? 0) : cell.padStart(widths[c] ?? 0))).join("  ")).join("\n");
}

function sizeSection(size: ScaleSizeResult): string[] {
  const rows = SCALE_MODES.map((mode) => {
    const m = size.modes[mode];
    return [MODE_LABELS[mode], number(m.medianMs / 1000, 2), `${number(m.vsFloor, 2)}×`, `${number(m.vsAjvCli, 2)}×`, number(m.medianCpuMs === undefined ? undefined : m.medianCpuMs / 1000, 2), number(m.maxRssMb, 0)];
  });
  const what = `${number(size.incidents, 0)} incidents (${number(size.files, 0)} files, ${number(size.postmortems, 0)} postmortems, ${number(size.bytes / 1e6, 1)} MB), median of ${String(size.runs)}:`;
  return [what, table([COLUMNS, ...rows])];
}

/** The printed report: one table per size, start-up times, then each target with PASS, FAIL or SKIP. */
export function formatScaleReport(report: ScaleReport): string {
  const { startup } = report;
  const lines = [report.header, `content cache: ${report.cache === "available" ? "used (--cache-dir; cold = empty folder)" : "cache not available (no --cache-dir in this fireline): cold and warm runs both parse everything"}`, ""];
  for (const size of report.sizes) lines.push(...sizeSection(size), "");
  lines.push(
    `start-up (median of ${String(startup.runs)}, wall / CPU): node -e 0 ${startupTime(startup.node)}, fireline --version ${startupTime(startup.version)},` +
      ` --help ${startupTime(startup.help)}, build --help ${startupTime(startup.buildHelp)}; on a busy machine wall time is mostly the wait for a CPU`,
    "",
    "targets (wall time, issue 11):",
    ...report.targets.map((t) => {
      const verdict = t.pass === undefined ? "SKIP" : t.pass ? "PASS" : "FAIL";
      const value = t.value === undefined ? "not measured" : `${number(t.value, 2)}${t.unit}`;
      return `  ${verdict}  ${t.name.padEnd(40)} ${value}`;
    }),
  );
  if (report.targets.some((t) => t.pass === false)) lines.push("", "FAIL: at least one target is missed (see above); this is a report, so the exit code stays 0.");
  return lines.join("\n");
}
