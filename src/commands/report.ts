import type { ReportFile } from "../adapters/report-directory.js";
import type { FileSource } from "../ports.js";
import type { Chart } from "../render/metrics/chart-specs.js";
import { reportCharts } from "../render/metrics/chart-specs.js";
import { renderMetricsJson } from "../render/metrics/metrics-json.js";
import { renderReportHtml } from "../render/metrics/report-html.js";
import { VERSION } from "../version.js";
import { collectMetrics, type MetricsOptions } from "./metrics.js";

export interface ReportPorts {
  files: FileSource;
  /** Draws the charts as SVG (vega, loaded only by this command). */
  renderCharts: (charts: readonly Chart[]) => Promise<string[]>;
  /** Writes the whole report at once. */
  writeReport: (files: readonly ReportFile[]) => Promise<{ files: number; bytes: number }>;
}

export type ReportResult =
  | { ok: true; written: { files: number; bytes: number }; paths: string[]; incidents: number; unreadable: string[]; loadErrors: number }
  | { ok: false; reason: "not-a-workspace" };

/**
 * `fireline report`: the metrics grouped by month, four charts drawn as static SVG, and one HTML
 * page with every chart beside a table of its numbers; plus each chart as its own SVG file and
 * the numbers as metrics.json. Deterministic: the same workspace and `now` give the same bytes.
 */
export async function buildReport(ports: ReportPorts, options: Omit<MetricsOptions, "by">): Promise<ReportResult> {
  const collected = await collectMetrics(ports.files, { ...options, by: "month" });
  if (!collected.ok) return collected;
  const { metrics, context, unreadable } = collected;
  const charts = reportCharts(metrics, context);
  const svgs = await ports.renderCharts(charts);
  const html = renderReportHtml({ metrics, context, charts: charts.map((chart, i) => ({ chart, svg: svgs[i] ?? "" })), unreadable, version: VERSION });
  const files: ReportFile[] = [
    { path: "index.html", content: html },
    { path: "metrics.json", content: renderMetricsJson(metrics, context, { unreadable }) },
    ...charts.map((chart, i) => ({ path: `charts/${chart.id}.svg`, content: `<?xml version="1.0" encoding="utf-8"?>\n${svgs[i] ?? ""}\n` })),
  ];
  const written = await ports.writeReport(files);
  return { ok: true, written, paths: files.map((file) => file.path), incidents: metrics.total.incidents, unreadable, loadErrors: collected.loadErrors };
}
