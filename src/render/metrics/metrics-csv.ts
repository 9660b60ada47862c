import type { GroupMetrics, MetricsResult } from "../../engine/metrics/compute.js";
import { LIFECYCLE_METRICS } from "../../engine/metrics/durations.js";
import { minutes } from "./format.js";

/**
 * `--format csv`: one row per group with `--by` (the groups, no total row), else one row `all`.
 * Durations in minutes. RFC 4180 quoting; text that a spreadsheet would run as a formula is
 * prefixed with a quote.
 */
export function renderMetricsCsv(metrics: MetricsResult): string {
  const severities = metrics.severityOrder;
  const extraSeverities = [...new Set((metrics.groups ?? [metrics.total]).flatMap((group) => Object.keys(group.bySeverity)))].filter((id) => !severities.includes(id));
  const severityColumns = [...severities, ...extraSeverities];
  const header = [
    "group",
    "label",
    "incidents",
    "open",
    "reopened",
    ...severityColumns.map((id) => `severity_${id}`),
    ...LIFECYCLE_METRICS.flatMap((metric) => ["n", "missing", "out_of_order", "median_minutes", "p90_minutes", "mean_minutes"].map((column) => `${metric}_${column}`)),
  ];
  const rows = (metrics.groups ?? [metrics.total]).map((group: GroupMetrics) => [
    text(group.key),
    text(group.label),
    String(group.incidents),
    String(group.open),
    String(group.reopened),
    ...severityColumns.map((id) => String(group.bySeverity[id] ?? 0)),
    ...LIFECYCLE_METRICS.flatMap((metric) => {
      const stats = group.durations[metric];
      const summary = stats.summary;
      return [
        String(stats.n),
        String(stats.missing),
        String(stats.outOfOrder),
        summary ? String(minutes(summary.median)) : "",
        summary ? String(minutes(summary.p90)) : "",
        summary ? String(minutes(summary.mean)) : "",
      ];
    }),
  ]);
  return [header.map(text), ...rows].map((row) => `${row.join(",")}\n`).join("");
}

/** A quoted field when needed; a leading =, +, - or @ is defused so spreadsheets do not run it. */
function text(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
