import type { DurationStats, MetricsResult } from "../../engine/metrics/compute.js";
import { LIFECYCLE_METRICS } from "../../engine/metrics/durations.js";
import type { Chart } from "./chart-specs.js";
import type { MetricsContext } from "./context.js";
import { DEFINITIONS, METRIC_LABELS } from "./definitions.js";
import { describePeriod, formatDays, formatDuration, formatNumber, formatPercent, localDateTime, plural } from "./format.js";
import { leftOut } from "./metrics-human.js";

/** How many rows a list in the report shows before saying how many more there are. */
export const REPORT_LIST_LIMIT = 200;

export interface ReportPage {
  metrics: MetricsResult;
  context: MetricsContext;
  /** The charts with their rendered SVG, in the order of reportCharts. */
  charts: readonly { chart: Chart; svg: string }[];
  unreadable: readonly string[];
  version: string;
}

/**
 * The internal HTML report: one self-contained page (inline CSS and SVG, no script, nothing
 * fetched), every number next to its definition, every chart next to a table of its data.
 * Marked noindex; nothing links to it from the public status page.
 */
export function renderReportHtml(page: ReportPage): string {
  const { metrics, context } = page;
  const period = describePeriod(metrics.period, metrics.timeZone);
  const name = context.organization || "Incident";
  const title = `${name} incident report, ${period.from} to ${period.to}`;
  const chart = (id: string) => {
    const found = page.charts.find((entry) => entry.chart.id === id);
    return found ? chartBlock(found.chart, found.svg) : "";
  };
  const body = [
    `<header>`,
    `<p class="internal">Internal report. It is not linked from the public status page; do not publish it.</p>`,
    `<h1>${esc(title)}</h1>`,
    `<p>Incidents that started from ${esc(period.from)} to ${esc(period.to)} (${esc(metrics.timeZone)}), as of ${esc(localDateTime(metrics.now, metrics.timeZone))}.</p>`,
    page.unreadable.length > 0
      ? `<p class="warning" role="note">${esc(plural(page.unreadable.length, "incident folder"))} could not be read and ${page.unreadable.length === 1 ? "is" : "are"} not counted: ${esc(page.unreadable.slice(0, 20).join(", "))}${page.unreadable.length > 20 ? " …" : ""}. Run <code>fireline validate</code>.</p>`
      : "",
    `<nav aria-label="Sections"><ul><li><a href="#incidents">Incidents</a></li><li><a href="#lifecycle">Detect, acknowledge, mitigate, resolve</a></li><li><a href="#targets">Targets</a></li>` +
      `${metrics.postmortems ? `<li><a href="#postmortems">Postmortems</a></li>` : ""}${metrics.actionItems ? `<li><a href="#action-items">Action items</a></li>` : ""}` +
      `${metrics.onCall ? `<li><a href="#on-call">On-call load</a></li>` : ""}<li><a href="#recurrences">Recurring incidents</a></li><li><a href="#definitions">Definitions</a></li></ul></nav>`,
    `</header>`,
    `<main>`,
    incidentsSection(metrics, context, chart("incidents-per-month")),
    lifecycleSection(metrics, chart("mttr-trend")),
    targetsSection(metrics),
    metrics.postmortems ? postmortemsSection(metrics, chart("postmortem-timeliness")) : "",
    metrics.actionItems ? actionItemsSection(metrics, chart("action-items")) : "",
    metrics.onCall ? onCallSection(metrics) : "",
    recurrencesSection(metrics, context),
    definitionsSection(),
    `</main>`,
    `<footer><p>Built by fireline ${esc(page.version)} from the workspace's files. The same files and the same time give the same report, byte for byte. Charts are drawn at build time; the page runs no script.</p></footer>`,
  ];
  return (
    `<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n` +
    `<meta name="robots" content="noindex, nofollow">\n` +
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">\n` +
    `<link rel="icon" href="data:,">\n<title>${esc(title)}</title>\n<style>${STYLE}</style>\n</head>\n<body>\n${body.filter((part) => part !== "").join("\n")}\n</body>\n</html>\n`
  );
}

function incidentsSection(metrics: MetricsResult, context: MetricsContext, chart: string): string {
  const { total } = metrics;
  const severities = Object.entries(total.bySeverity).map(([id, count]) => [`${context.severityNames.get(id) ?? id} (${id})`, String(count)]);
  return section("incidents", "Incidents", [
    numberTable("The period's incidents", [
      ["Incidents", String(total.incidents), DEFINITIONS.incidents.text],
      ["Open", String(total.open), "Status is not resolved."],
      ["Reopened", String(total.reopened), "The timeline went from resolved back to an open status at least once."],
      ...severities.map(([label, count]) => [label ?? "", count ?? "", "Incidents of this severity."]),
    ]),
    chart,
  ]);
}

function lifecycleSection(metrics: MetricsResult, chart: string): string {
  const rows = LIFECYCLE_METRICS.map((metric) => {
    const stats = metrics.total.durations[metric];
    return [METRIC_LABELS[metric], stat(stats, "median"), stat(stats, "p90"), stat(stats, "mean"), String(stats.n), leftOut(stats) || "none", DEFINITIONS[metric].text];
  });
  return section("lifecycle", "Time to detect, acknowledge, mitigate and resolve", [
    table("Lifecycle metrics over the period's incidents", ["Metric", "Median", "p90", "Mean", "n", "Left out", "What it measures"], rows, [1, 2, 3, 4]),
    `<p class="definition">${esc(DEFINITIONS.statistics.text)}</p>`,
    chart,
  ]);
}

function targetsSection(metrics: MetricsResult): string {
  const { response, resolution, breaches } = metrics.targets;
  const line = (name: string, summary: typeof response, what: string) => [
    name,
    summary.measured > 0 ? `${String(summary.met)} of ${String(summary.measured)} (${formatPercent((summary.met / summary.measured) * 100)})` : "-",
    String(summary.breached),
    String(summary.notMeasured),
    what,
  ];
  const parts = [
    table(
      "Targets from policies/severity.yaml",
      ["Target", "Met", "Breached", "Not measured", "What it measures"],
      [
        line("Response", response, "acknowledged_at − detected_at against the severity's response_target."),
        line("Resolution", resolution, "resolved_at − started_at against the severity's resolution_target."),
      ],
      [1, 2, 3],
    ),
    `<p class="definition">${esc(DEFINITIONS.targets.text)}</p>`,
  ];
  if (breaches.length > 0) {
    parts.push(
      table(
        `${plural(breaches.length, "breach", "breaches")}, by incident`,
        ["Incident", "Severity", "Target", "Took", "Over by"],
        breaches
          .slice(0, REPORT_LIST_LIMIT)
          .map((breach) => [breach.incident, breach.severity, `${breach.kind} ${breach.target}`, `${formatDuration(breach.actualMs)}${breach.open ? " (still open)" : ""}`, formatDuration(breach.overMs)]),
        [3, 4],
      ),
      more(breaches.length),
    );
  }
  return section("targets", "Targets", parts);
}

function postmortemsSection(metrics: MetricsResult, chart: string): string {
  const summary = metrics.postmortems;
  if (!summary) return "";
  const days = summary.daysToPublish;
  const parts = [
    numberTable("Postmortem follow-through", [
      ["Required", String(summary.required), "Incidents that owe a postmortem: their severity requires one, or a trigger such as data loss holds (policies/severity.yaml)."],
      ["Written", String(summary.written), "Required ones with a postmortem.md, in any status."],
      ["Published (completed)", String(summary.published), "Status published, with published_at."],
      ["On time", `${String(summary.onTime)}${summary.onTimePercent === undefined ? "" : ` (${formatPercent(summary.onTimePercent)})`}`, "Published on or before the due date; the percentage is of on time + late + overdue."],
      ["Late", String(summary.late), "Published after the due date."],
      ["Overdue", String(summary.overdue), "Not published, and the due date has passed."],
      ["Pending", String(summary.pending), "Not published, not due yet (or the incident is still open)."],
      ["Voluntary", String(summary.voluntary), "Postmortems for incidents whose severity does not require one."],
      [
        "Days to publish",
        days ? `median ${formatNumber(days.median)}, p90 ${formatNumber(days.p90)}, mean ${formatNumber(days.mean)} (n ${String(days.n)})` : "-",
        "Calendar days from the day of resolution to the day of publication, organisation's time zone.",
      ],
    ]),
    `<p class="definition">${esc(DEFINITIONS.postmortems.text)}</p>`,
    chart,
  ];
  const open = summary.rows.filter((row) => row.state === "overdue" || row.state === "pending");
  if (open.length > 0) {
    parts.push(
      table("Required postmortems not yet published", ["Incident", "Severity", "Resolved", "Due", "State"], open.slice(0, REPORT_LIST_LIMIT).map((row) => [row.incident, row.severity, row.resolved ?? "open", row.due ?? "-", row.state])),
      more(open.length),
    );
  }
  return section("postmortems", "Postmortems", parts);
}

function actionItemsSection(metrics: MetricsResult, chart: string): string {
  const summary = metrics.actionItems;
  if (!summary) return "";
  const parts = [
    numberTable("Action items of the period's postmortems", [
      ["Total", String(summary.total), "Items in the action-items sections of the period's postmortems."],
      ["Done", String(summary.done), "Ticked off: - [x]."],
      ["Open", String(summary.open), "Not ticked off."],
      ["Overdue", String(summary.overdue), "Open, with a due date before today (organisation's time zone)."],
      ["Completion", summary.completionPercent === undefined ? "-" : formatPercent(summary.completionPercent), "Done ÷ total."],
    ]),
    chart,
  ];
  if (summary.byOwner.length > 0) {
    parts.push(
      table(
        "Action items by owner",
        ["Owner", "Open", "Overdue", "Done", "Total"],
        summary.byOwner.slice(0, REPORT_LIST_LIMIT).map((row) => [row.owner === "" ? "(no owner)" : `@${row.owner}`, String(row.open), String(row.overdue), String(row.done), String(row.total)]),
        [1, 2, 3, 4],
      ),
      more(summary.byOwner.length),
    );
  }
  if (summary.overdueItems.length > 0) {
    parts.push(
      table(
        "Overdue action items, longest overdue first",
        ["Item", "Owner", "Due", "Days late", "Incident"],
        summary.overdueItems.slice(0, REPORT_LIST_LIMIT).map((item) => [item.text, item.owner ? `@${item.owner}` : "-", item.due, String(item.daysLate), item.incident]),
        [3],
      ),
      more(summary.overdueItems.length),
    );
  }
  return section("action-items", "Action items", parts);
}

function onCallSection(metrics: MetricsResult): string {
  const load = metrics.onCall;
  if (!load) return "";
  const people = load.people.filter((person) => person.pages > 0 || person.shifts > 0);
  return section("on-call", "On-call load", [
    numberTable("Shifts and pages in the period", [
      ["Shifts", String(load.shifts), "Stretches on call, every rotation; back-to-back shifts of one person in one rotation count once."],
      ["Pages", String(load.pages), "People reached by the incidents' escalation policies before acknowledgement, each once per incident."],
      ["Pages per shift", load.pagesPerShift === undefined ? "-" : load.pagesPerShift.toFixed(2), "Pages ÷ shifts."],
      [
        "After-hours pages",
        `${String(load.afterHoursPages)}${load.pages > 0 ? ` (${formatPercent((load.afterHoursPages / load.pages) * 100)})` : ""}`,
        "Pages outside the person's working hours, or on a weekend, public holiday or closed day, in their own time zone.",
      ],
    ]),
    `<p class="definition">${esc(DEFINITIONS.onCall.text)}</p>`,
    people.length > 0
      ? table(
          "On-call load by person, most pages first",
          ["Person", "Shifts", "Pages", "Pages per shift", "After-hours pages"],
          people.slice(0, REPORT_LIST_LIMIT).map((person) => [`@${person.person}`, String(person.shifts), String(person.pages), person.shifts > 0 ? (person.pages / person.shifts).toFixed(2) : "-", String(person.afterHoursPages)]),
          [1, 2, 3, 4],
        )
      : "",
    more(people.length),
  ]);
}

function recurrencesSection(metrics: MetricsResult, context: MetricsContext): string {
  const found = metrics.recurrences;
  const parts = [`<p>${esc(plural(found.length, "incident"))} repeated an earlier one within ${esc(context.recurrenceWindow)}.</p>`, `<p class="definition">${esc(DEFINITIONS.recurrence.text)}</p>`];
  if (found.length > 0) {
    parts.push(
      table(
        "Recurring incidents",
        ["Incident", "Repeats", "Apart", "Services", "Shared tags", "Title similarity"],
        found
          .slice(0, REPORT_LIST_LIMIT)
          .map((item) => [item.incident, item.repeats, formatDays(item.apartMs), item.services.join(", "), item.sharedTags.join(", ") || "-", formatPercent(item.titleSimilarity * 100)]),
        [2, 5],
      ),
      more(found.length),
    );
  }
  return section("recurrences", "Recurring incidents", parts);
}

function definitionsSection(): string {
  const items = Object.values(DEFINITIONS).map((definition) => `<dt>${esc(definition.term)}</dt><dd>${esc(definition.text)}</dd>`);
  return section("definitions", "Definitions", [`<dl>${items.join("")}</dl>`]);
}

function chartBlock(chart: Chart, svg: string): string {
  const { table: data } = chart;
  return (
    `<div class="chart-row">` +
    `<figure class="chart"><div class="chart-svg">${svg}</div><figcaption><strong>${esc(chart.title)}.</strong> ${esc(chart.description)}</figcaption></figure>` +
    table(data.caption, data.columns, data.rows.map((row) => row.map(String)), data.columns.map((_, i) => i).slice(1), "data") +
    `</div>`
  );
}

function section(id: string, heading: string, parts: readonly string[]): string {
  return `<section aria-labelledby="${id}"><h2 id="${id}">${esc(heading)}</h2>\n${parts.filter((part) => part !== "").join("\n")}\n</section>`;
}

/** Number | value | what it means. */
function numberTable(caption: string, rows: readonly (readonly string[])[]): string {
  return table(caption, ["Number", "Value", "What it means"], rows, [1]);
}

function table(caption: string, columns: readonly string[], rows: readonly (readonly string[])[], numeric: readonly number[] = [], className = ""): string {
  const align = (i: number) => (numeric.includes(i) ? ` class="num"` : "");
  const head = columns.map((column, i) => `<th scope="col"${align(i)}>${esc(column)}</th>`).join("");
  const body = rows.map((row) => `<tr>${row.map((cell, i) => (i === 0 ? `<th scope="row">${esc(cell)}</th>` : `<td${align(i)}>${esc(cell)}</td>`)).join("")}</tr>`).join("\n");
  return `<table${className ? ` class="${className}"` : ""}><caption>${esc(caption)}</caption>\n<thead><tr>${head}</tr></thead>\n<tbody>\n${body}\n</tbody></table>`;
}

function stat(stats: DurationStats, key: "median" | "p90" | "mean"): string {
  return stats.summary ? formatDuration(stats.summary[key]) : "-";
}

function more(count: number): string {
  return count > REPORT_LIST_LIMIT ? `<p>… and ${String(count - REPORT_LIST_LIMIT)} more; <code>fireline metrics --format json</code> lists them all.</p>` : "";
}

function esc(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}

const STYLE = `
:root { color-scheme: light; --ink: #1a1a1a; --muted: #555; --rule: #d9d9d9; --accent: #0b5cad; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 1200px; padding: 1.5rem; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); background: #fff; }
h1 { font-size: 1.6rem; margin: 0.3rem 0; }
h2 { font-size: 1.25rem; margin: 2rem 0 0.75rem; padding-top: 0.75rem; border-top: 1px solid var(--rule); }
a { color: var(--accent); }
.internal { display: inline-block; margin: 0; padding: 0.2rem 0.6rem; border-radius: 4px; background: #fff3cd; color: #5c4500; font-weight: 600; }
.warning { padding: 0.5rem 0.75rem; border-left: 4px solid #b45309; background: #fef3c7; }
nav ul { display: flex; flex-wrap: wrap; gap: 0.25rem 1rem; padding: 0; list-style: none; }
table { border-collapse: collapse; margin: 0.75rem 0; font-size: 0.9rem; }
caption { text-align: left; font-weight: 600; padding-bottom: 0.25rem; }
th, td { padding: 0.3rem 0.6rem; border-bottom: 1px solid var(--rule); text-align: left; vertical-align: top; }
thead th { border-bottom: 2px solid #999; }
tbody th { font-weight: 600; }
.num { text-align: right; font-variant-numeric: tabular-nums; }
.definition { color: var(--muted); font-size: 0.9rem; max-width: 75ch; }
.chart-row { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); gap: 1.5rem; align-items: start; }
.chart { margin: 0.75rem 0; }
.chart-svg svg { max-width: 100%; height: auto; }
figcaption { color: var(--muted); font-size: 0.85rem; max-width: 70ch; }
dt { font-weight: 600; margin-top: 0.5rem; }
dd { margin-left: 0; max-width: 80ch; }
footer { margin-top: 2rem; color: var(--muted); font-size: 0.85rem; }
@media (max-width: 800px) { .chart-row { grid-template-columns: 1fr; } }
`.trim();
