import type { TopLevelSpec } from "vega-lite";
import type { MetricsResult } from "../../engine/metrics/compute.js";
import type { PostmortemState } from "../../engine/metrics/postmortems.js";
import type { MetricsContext } from "./context.js";

/** One chart of the report: a vega-lite spec, and the same numbers as a table beside it. */
export interface Chart {
  /** Used for the SVG's file name and as the prefix of every id inside it. */
  id: string;
  title: string;
  /** What the chart shows, for screen readers and the figure caption. */
  description: string;
  spec: TopLevelSpec;
  table: { caption: string; columns: string[]; rows: (string | number)[][] };
}

const WIDTH = 520;
const HEIGHT = 220;
/** Colour-blind-safe (Okabe–Ito), most severe first. */
const SEVERITY_COLOURS = ["#D55E00", "#E69F00", "#0072B2", "#56B4E9", "#009E73", "#CC79A7", "#999999", "#000000"];
const STATE_COLOURS: Record<string, string> = { "on time": "#009E73", done: "#009E73", late: "#E69F00", open: "#56B4E9", pending: "#56B4E9", overdue: "#D55E00" };

const CONFIG = {
  font: "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif",
  view: { stroke: null },
  axis: { labelFontSize: 11, titleFontSize: 11, grid: true, gridColor: "#e5e5e5" },
  legend: { labelFontSize: 11, titleFontSize: 11, orient: "top" },
  title: { fontSize: 14, anchor: "start" },
} as const;

/** Month keys and labels of the report's period, from the metrics grouped by month. */
function months(metrics: MetricsResult): { key: string; label: string }[] {
  if (metrics.by !== "month" || !metrics.groups) throw new Error("the report's charts need the metrics grouped by month");
  return metrics.groups.map((group) => ({ key: group.key, label: group.label }));
}

/** The four charts of the report, in order. */
export function reportCharts(metrics: MetricsResult, context: MetricsContext): Chart[] {
  const charts = [incidentsPerMonth(metrics, context), mttrTrend(metrics)];
  if (metrics.postmortems) charts.push(postmortemTimeliness(metrics));
  if (metrics.actionItems) charts.push(actionItemsByDueMonth(metrics));
  return charts;
}

function incidentsPerMonth(metrics: MetricsResult, context: MetricsContext): Chart {
  const groups = metrics.groups ?? [];
  const severities = [...new Set([...metrics.severityOrder, ...groups.flatMap((group) => Object.keys(group.bySeverity))])];
  const labels = months(metrics).map((month) => month.label);
  const values = groups.flatMap((group) =>
    severities.map((severity, rank) => ({ month: group.label, severity, rank, count: group.bySeverity[severity] ?? 0 })).filter((row) => row.count > 0),
  );
  const title = "Incidents per month, by severity";
  const busiest = [...groups].sort((a, b) => b.incidents - a.incidents)[0];
  return {
    id: "incidents-per-month",
    title,
    description:
      `Stacked bars: incidents that started in each month of the period, split by severity (${severities.map((id) => `${id} ${context.severityNames.get(id) ?? ""}`.trim()).join(", ")}). ` +
      `${String(metrics.total.incidents)} incidents in total${busiest && busiest.incidents > 0 ? `; the most in ${busiest.label} (${String(busiest.incidents)})` : ""}.`,
    spec: {
      $schema: "https://vega.github.io/schema/vega-lite/v6.json",
      width: WIDTH,
      height: HEIGHT,
      config: CONFIG,
      data: { values },
      mark: { type: "bar" },
      encoding: {
        x: { field: "month", type: "ordinal", sort: labels, scale: { domain: labels }, title: null, axis: { labelAngle: -40 } },
        y: { field: "count", type: "quantitative", aggregate: "sum", title: "Incidents", axis: { tickMinStep: 1, format: "d" } },
        color: { field: "severity", type: "nominal", title: "Severity", sort: severities, scale: { domain: severities, range: colours(SEVERITY_COLOURS, severities.length) } },
        order: { field: "rank", type: "quantitative" },
      },
    },
    table: {
      caption: `${title}: incidents that started in each month`,
      columns: ["Month", ...severities, "Total"],
      rows: groups.map((group) => [group.label, ...severities.map((severity) => group.bySeverity[severity] ?? 0), group.incidents]),
    },
  };
}

function mttrTrend(metrics: MetricsResult): Chart {
  const groups = metrics.groups ?? [];
  const labels = months(metrics).map((month) => month.label);
  const hours = (ms: number) => Math.round((ms / 3_600_000) * 100) / 100;
  const values = groups.flatMap((group) => {
    const summary = group.durations.mttr.summary;
    return [
      { month: group.label, series: "median", hours: summary ? hours(summary.median) : null },
      { month: group.label, series: "p90", hours: summary ? hours(summary.p90) : null },
    ];
  });
  const title = "Time to resolve (MTTR) per month: median and p90";
  return {
    id: "mttr-trend",
    title,
    description:
      "Two lines over the months of the period: the median and the 90th percentile (nearest rank) of resolved_at − started_at, in hours, for the resolved incidents that started in each month. " +
      "A month without resolved incidents has no point.",
    spec: {
      $schema: "https://vega.github.io/schema/vega-lite/v6.json",
      width: WIDTH,
      height: HEIGHT,
      config: CONFIG,
      data: { values },
      mark: { type: "line", point: true, invalid: "break-paths-show-domains" },
      encoding: {
        x: { field: "month", type: "ordinal", sort: labels, scale: { domain: labels }, title: null, axis: { labelAngle: -40 } },
        y: { field: "hours", type: "quantitative", title: "Hours" },
        color: { field: "series", type: "nominal", title: "MTTR", sort: ["median", "p90"], scale: { domain: ["median", "p90"], range: ["#0072B2", "#D55E00"] } },
      },
    },
    table: {
      caption: `${title}, in hours (resolved incidents only)`,
      columns: ["Month", "Resolved", "Median (h)", "p90 (h)"],
      rows: groups.map((group) => {
        const stats = group.durations.mttr;
        return [group.label, stats.n, stats.summary ? hours(stats.summary.median) : "-", stats.summary ? hours(stats.summary.p90) : "-"];
      }),
    },
  };
}

const POSTMORTEM_STATES: readonly [PostmortemState, string][] = [
  ["on-time", "on time"],
  ["late", "late"],
  ["overdue", "overdue"],
  ["pending", "pending"],
];

function postmortemTimeliness(metrics: MetricsResult): Chart {
  const rows = metrics.postmortems?.rows ?? [];
  const monthList = months(metrics);
  const labelOf = new Map(monthList.map((month) => [month.key, month.label]));
  const counts = monthList.map((month) => POSTMORTEM_STATES.map(([state]) => rows.filter((row) => row.started.slice(0, 7) === month.key && row.state === state).length));
  const names = POSTMORTEM_STATES.map(([, name]) => name);
  const values = monthList.flatMap((month, m) => names.map((state, rank) => ({ month: labelOf.get(month.key) ?? month.key, state, rank, count: counts[m]?.[rank] ?? 0 })).filter((row) => row.count > 0));
  const title = "Postmortem timeliness, by the month the incident started";
  return {
    id: "postmortem-timeliness",
    title,
    description:
      "Stacked bars: required postmortems of the incidents that started in each month, split into on time (published by the due date), late (published after it), " +
      `overdue (not published, past due) and pending (not due yet). ${String(metrics.postmortems?.onTime ?? 0)} of ${String(metrics.postmortems?.required ?? 0)} required postmortems were on time.`,
    spec: {
      $schema: "https://vega.github.io/schema/vega-lite/v6.json",
      width: WIDTH,
      height: HEIGHT,
      config: CONFIG,
      data: { values },
      mark: { type: "bar" },
      encoding: {
        x: { field: "month", type: "ordinal", sort: monthList.map((month) => month.label), scale: { domain: monthList.map((month) => month.label) }, title: null, axis: { labelAngle: -40 } },
        y: { field: "count", type: "quantitative", aggregate: "sum", title: "Postmortems", axis: { tickMinStep: 1, format: "d" } },
        color: { field: "state", type: "nominal", title: "Postmortem", sort: names, scale: { domain: names, range: names.map((name) => STATE_COLOURS[name] ?? "#999999") } },
        order: { field: "rank", type: "quantitative" },
      },
    },
    table: {
      caption: `${title}: required postmortems by outcome`,
      columns: ["Month", "On time", "Late", "Overdue", "Pending"],
      rows: monthList.map((month, m) => [month.label, ...(counts[m] ?? [])]),
    },
  };
}

function actionItemsByDueMonth(metrics: MetricsResult): Chart {
  const rows = metrics.actionItems?.byDueMonth ?? [];
  const label = (key: string) => {
    const [year, month] = key.split("-");
    return `${["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][Number(month) - 1] ?? ""} ${year ?? ""}`;
  };
  const names = ["done", "open", "overdue"] as const;
  const values = rows.flatMap((row) => names.map((state, rank) => ({ month: label(row.month), state, rank, count: row[state] })).filter((value) => value.count > 0));
  const title = "Action items by the month they are due";
  const summary = metrics.actionItems;
  return {
    id: "action-items",
    title,
    description:
      "Stacked bars: the action items of the period's postmortems by the month they are due, split into done, open (not yet due) and overdue (open past the due date). " +
      `${String(summary?.done ?? 0)} of ${String(summary?.total ?? 0)} are done and ${String(summary?.overdue ?? 0)} are overdue. ` +
      "The files do not record when an item was ticked off, so this shows follow-through by due date rather than a burn-down over time.",
    spec: {
      $schema: "https://vega.github.io/schema/vega-lite/v6.json",
      width: WIDTH,
      height: HEIGHT,
      config: CONFIG,
      data: { values },
      mark: { type: "bar" },
      encoding: {
        x: { field: "month", type: "ordinal", sort: rows.map((row) => label(row.month)), scale: { domain: rows.map((row) => label(row.month)) }, title: null, axis: { labelAngle: -40 } },
        y: { field: "count", type: "quantitative", aggregate: "sum", title: "Action items", axis: { tickMinStep: 1, format: "d" } },
        color: { field: "state", type: "nominal", title: "Action items", sort: [...names], scale: { domain: [...names], range: names.map((name) => STATE_COLOURS[name] ?? "#999999") } },
        order: { field: "rank", type: "quantitative" },
      },
    },
    table: {
      caption: `${title}: done, open and overdue`,
      columns: ["Due in", "Done", "Open", "Overdue"],
      rows: rows.map((row) => [label(row.month), row.done, row.open, row.overdue]),
    },
  };
}

function colours(palette: readonly string[], count: number): string[] {
  return Array.from({ length: count }, (_, i) => palette[i % palette.length] ?? "#999999");
}
