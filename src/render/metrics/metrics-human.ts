import type { DurationStats, GroupMetrics, MetricsResult } from "../../engine/metrics/compute.js";
import { LIFECYCLE_METRICS } from "../../engine/metrics/durations.js";
import type { PostmortemSummary } from "../../engine/metrics/postmortems.js";
import type { MetricsContext } from "./context.js";
import { METRIC_LABELS } from "./definitions.js";
import { describePeriod, formatDays, formatDuration, formatNumber, formatPercent, localDateTime, plural } from "./format.js";
import { textTable } from "./text-table.js";

/** How many rows a list shows before "… and N more". */
export const LIST_LIMIT = 20;

/** `--format human`: the numbers for a terminal, definitions in the README. */
export function renderMetricsHuman(metrics: MetricsResult, context: MetricsContext, extra: { unreadable: readonly string[] }): string {
  const { timeZone } = metrics;
  const period = describePeriod(metrics.period, timeZone);
  const out: string[] = [
    `${context.organization ? `${context.organization}: ` : ""}incidents that started ${period.from} to ${period.to} (${timeZone}), as of ${localDateTime(metrics.now, timeZone)}`,
    "",
    ...overview(metrics.total, metrics, context),
    "",
    ...durationTable(metrics.total),
  ];
  if (metrics.groups && metrics.by) out.push("", ...groupTable(metrics.groups, metrics.by));
  out.push("", ...targets(metrics));
  if (metrics.postmortems) out.push("", ...postmortems(metrics));
  if (metrics.actionItems) out.push("", ...actionItems(metrics));
  if (metrics.onCall) out.push("", ...onCall(metrics));
  out.push("", ...recurrences(metrics, context));
  if (extra.unreadable.length > 0) {
    out.push("", `Not counted: ${plural(extra.unreadable.length, "incident folder")} whose incident.yaml is missing or invalid (run fireline validate): ${listed(extra.unreadable)}`);
  }
  return `${out.join("\n")}\n`;
}

function overview(total: GroupMetrics, metrics: MetricsResult, context: MetricsContext): string[] {
  const severities = Object.entries(total.bySeverity).map(([id, count]) => `${id} ${String(count)}`);
  return textTable(
    [
      ["Incidents", `${String(total.incidents)} (${String(total.open)} open, ${String(total.reopened)} reopened)`],
      ["By severity", severities.length > 0 ? severities.join(" · ") : "-"],
    ],
    { left: [0, 1] },
  ).concat(metrics.severityOrder.length === 0 || context.severityNames.size === 0 ? ["(no severity policy: targets are not measured)"] : []);
}

function durationTable(group: GroupMetrics): string[] {
  const rows = [["", "median", "p90", "mean", "n", "left out"]];
  for (const metric of LIFECYCLE_METRICS) {
    const stats = group.durations[metric];
    const summary = stats.summary;
    rows.push([
      METRIC_LABELS[metric],
      summary ? formatDuration(summary.median) : "-",
      summary ? formatDuration(summary.p90) : "-",
      summary ? formatDuration(summary.mean) : "-",
      String(stats.n),
      leftOut(stats),
    ]);
  }
  return textTable(rows, { left: [0, 5] });
}

export function leftOut(stats: DurationStats): string {
  const parts: string[] = [];
  if (stats.missing > 0) parts.push(`${String(stats.missing)} missing`);
  if (stats.outOfOrder > 0) parts.push(`${String(stats.outOfOrder)} out of order`);
  return parts.join(", ");
}

function groupTable(groups: readonly GroupMetrics[], by: string): string[] {
  const rows = [[`By ${by}`, "incidents", "open", "MTTD median", "MTTA median", "MTTM median", "MTTR median", "MTTR p90"]];
  for (const group of groups) {
    const median = (stats: DurationStats) => (stats.summary ? formatDuration(stats.summary.median) : "-");
    rows.push([
      groupName(group, by),
      String(group.incidents),
      String(group.open),
      median(group.durations.mttd),
      median(group.durations.mtta),
      median(group.durations.mttm),
      median(group.durations.mttr),
      group.durations.mttr.summary ? formatDuration(group.durations.mttr.summary.p90) : "-",
    ]);
  }
  return textTable(rows);
}

/** "Critical (sev1)", "Checkout (checkout)", "Mar 2026". */
export function groupName(group: GroupMetrics, by: string): string {
  if (by === "severity" || by === "service") return group.label === group.key ? group.key : `${group.label} (${group.key})`;
  return group.label;
}

function targets(metrics: MetricsResult): string[] {
  const { response, resolution, breaches } = metrics.targets;
  const line = (name: string, summary: typeof response) => [
    name,
    [
      summary.measured > 0 ? `${String(summary.met)} of ${String(summary.measured)} met (${formatPercent((summary.met / summary.measured) * 100)}), ${String(summary.breached)} breached` : "none measured",
      summary.notMeasured > 0 ? `${String(summary.notMeasured)} not measured` : "",
    ]
      .filter((part) => part !== "")
      .join("; "),
  ];
  const out = ["Targets (policies/severity.yaml)", ...textTable([line("Response", response), line("Resolution", resolution)], { indent: "  ", left: [0, 1] })];
  if (breaches.length > 0) {
    out.push("  Breaches:");
    const rows = breaches.slice(0, LIST_LIMIT).map((breach) => [
      breach.incident,
      breach.severity,
      breach.kind,
      `target ${breach.target}`,
      `${breach.open ? "open for" : "took"} ${formatDuration(breach.actualMs)}`,
      `${formatDuration(breach.overMs)} over`,
    ]);
    out.push(...textTable(rows, { indent: "    ", left: [0, 1, 2, 3, 4, 5] }), ...more(breaches.length, "    "));
  }
  return out;
}

function postmortems(metrics: MetricsResult): string[] {
  const summary = metrics.postmortems;
  if (!summary) return [];
  const due = summary.onTime + summary.late + summary.overdue;
  const out = [
    `Postmortems${requiredForText(summary)}`,
    `  ${String(summary.required)} required: ${String(summary.written)} written, ${String(summary.published)} published; ` +
      `on time ${String(summary.onTime)} of ${String(due)} due${summary.onTimePercent === undefined ? "" : ` (${formatPercent(summary.onTimePercent)})`}, ` +
      `${String(summary.late)} late, ${String(summary.overdue)} overdue, ${String(summary.pending)} pending; ${String(summary.voluntary)} voluntary`,
  ];
  const days = summary.daysToPublish;
  if (days) out.push(`  Days to publish: median ${formatNumber(days.median)}, p90 ${formatNumber(days.p90)}, mean ${formatNumber(days.mean)} (${plural(days.n, "postmortem")})`);
  const overdue = summary.rows.filter((row) => row.state === "overdue");
  if (overdue.length > 0) {
    out.push("  Overdue:", ...textTable(overdue.slice(0, LIST_LIMIT).map((row) => [row.incident, row.severity, `due ${row.due ?? "-"}`]), { indent: "    ", left: [0, 1, 2] }), ...more(overdue.length, "    "));
  }
  return out;
}

/**
 * " (required for sev1, sev2 and 1 incident by trigger)": the severities come from the policy, so a
 * sev3 whose postmortem only a trigger required is counted as an incident, not named as a severity.
 */
function requiredForText(summary: PostmortemSummary): string {
  const parts = [...summary.requiredFor];
  if (summary.byTrigger > 0) parts.push(`${plural(summary.byTrigger, "incident")} by trigger`);
  if (parts.length === 0) return "";
  const last = parts.pop() ?? "";
  return ` (required for ${parts.length === 0 ? last : `${parts.join(", ")} and ${last}`})`;
}

function actionItems(metrics: MetricsResult): string[] {
  const summary = metrics.actionItems;
  if (!summary) return [];
  const out = [
    "Action items",
    `  ${String(summary.total)} total: ${String(summary.done)} done${summary.completionPercent === undefined ? "" : ` (${formatPercent(summary.completionPercent)})`}, ` +
      `${String(summary.open)} open, ${String(summary.overdue)} overdue${summary.openWithoutDue > 0 ? `, ${String(summary.openWithoutDue)} open without a due date` : ""}`,
  ];
  const owners = summary.byOwner.filter((row) => row.open > 0);
  if (owners.length > 0) {
    out.push("  Open by owner:", ...textTable([["owner", "open", "overdue", "done", "total"], ...owners.slice(0, LIST_LIMIT).map(ownerRow)], { indent: "    " }), ...more(owners.length, "    "));
  }
  if (summary.overdueItems.length > 0) {
    out.push("  Overdue:");
    const rows = summary.overdueItems.slice(0, LIST_LIMIT).map((item) => [`${plural(item.daysLate, "day")} late`, `due ${item.due}`, item.owner ? `@${item.owner}` : "(no owner)", `${item.text} (${item.incident})`]);
    out.push(...textTable(rows, { indent: "    ", left: [1, 2, 3] }), ...more(summary.overdueItems.length, "    "));
  }
  return out;
}

function ownerRow(row: { owner: string; open: number; overdue: number; done: number; total: number }): string[] {
  return [row.owner === "" ? "(no owner)" : `@${row.owner}`, String(row.open), String(row.overdue), String(row.done), String(row.total)];
}

function onCall(metrics: MetricsResult): string[] {
  const load = metrics.onCall;
  if (!load) return [];
  const out = [
    `On-call load: ${plural(load.shifts, "shift")}, ${plural(load.pages, "page")}${load.pagesPerShift === undefined ? "" : ` (${load.pagesPerShift.toFixed(2)} per shift)`}, ` +
      `${String(load.afterHoursPages)} after hours${load.pages > 0 ? ` (${formatPercent((load.afterHoursPages / load.pages) * 100)})` : ""}`,
  ];
  const people = load.people.filter((person) => person.pages > 0 || person.shifts > 0);
  if (people.length > 0) {
    const rows = people.slice(0, LIST_LIMIT).map((person) => [
      `@${person.person}`,
      String(person.shifts),
      String(person.pages),
      person.shifts > 0 ? (person.pages / person.shifts).toFixed(2) : "-",
      String(person.afterHoursPages),
    ]);
    out.push(...textTable([["person", "shifts", "pages", "per shift", "after hours"], ...rows], { indent: "  " }), ...more(people.length, "  "));
  }
  return out;
}

function recurrences(metrics: MetricsResult, context: MetricsContext): string[] {
  const found = metrics.recurrences;
  const out = [`Recurring incidents (within ${context.recurrenceWindow} on a shared service): ${String(found.length)}`];
  for (const item of found.slice(0, LIST_LIMIT)) {
    const why = [`services ${item.services.join(", ")}`];
    if (item.sharedTags.length > 0) why.push(`tags ${item.sharedTags.join(", ")}`);
    why.push(`titles ${formatPercent(item.titleSimilarity * 100)} alike`);
    out.push(`  ${item.incident} repeats ${item.repeats} (${formatDays(item.apartMs)} earlier): ${why.join("; ")}`);
  }
  out.push(...more(found.length, "  "));
  return out;
}

function more(count: number, indent: string): string[] {
  return count > LIST_LIMIT ? [`${indent}… and ${String(count - LIST_LIMIT)} more (--format json lists them all)`] : [];
}

function listed(ids: readonly string[]): string {
  return ids.length <= 5 ? ids.join(", ") : `${ids.slice(0, 5).join(", ")} and ${String(ids.length - 5)} more`;
}
