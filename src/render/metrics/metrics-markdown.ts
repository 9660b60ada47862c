import type { DurationStats, GroupMetrics, MetricsResult } from "../../engine/metrics/compute.js";
import { LIFECYCLE_METRICS } from "../../engine/metrics/durations.js";
import type { TargetSummary } from "../../engine/metrics/targets.js";
import type { MetricsContext } from "./context.js";
import { DEFINITIONS, METRIC_LABELS } from "./definitions.js";
import { describePeriod, formatDays, formatDuration, formatNumber, formatPercent, localDateTime, plural } from "./format.js";
import { groupName, leftOut } from "./metrics-human.js";

/** Rows a list shows before "… and N more": keeps the summary far below GitHub's 1 MiB job-summary limit. */
export const MARKDOWN_LIST_LIMIT = 50;

/**
 * `--format markdown`: GitHub-flavoured markdown for a job summary (`>> "$GITHUB_STEP_SUMMARY"`)
 * or a pull-request comment. Long lists sit in <details> and stop after 50 rows.
 */
export function renderMetricsMarkdown(metrics: MetricsResult, context: MetricsContext, extra: { unreadable: readonly string[] }): string {
  const { total, timeZone } = metrics;
  const period = describePeriod(metrics.period, timeZone);
  const severities = Object.entries(total.bySeverity).map(([id, count]) => `${cell(id)} ${String(count)}`);
  const out: string[] = [
    `## Incident metrics${context.organization ? `: ${cell(context.organization)}` : ""}`,
    "",
    `Incidents that started **${period.from} to ${period.to}** (${timeZone}), as of ${localDateTime(metrics.now, timeZone)}.`,
    "",
    `**${plural(total.incidents, "incident")}** (${String(total.open)} open, ${String(total.reopened)} reopened)${severities.length > 0 ? ` · ${severities.join(" · ")}` : ""}`,
    "",
    "| | Median | p90 | Mean | n | Left out |",
    "| --- | ---: | ---: | ---: | ---: | --- |",
    ...LIFECYCLE_METRICS.map((metric) => {
      const stats = total.durations[metric];
      return row([METRIC_LABELS[metric], median(stats), p90(stats), mean(stats), String(stats.n), leftOut(stats)]);
    }),
  ];
  if (metrics.groups && metrics.by) {
    const by = metrics.by;
    out.push(
      "",
      `### By ${by}`,
      "",
      row([capitalise(by), "Incidents", "Open", "MTTD median", "MTTA median", "MTTM median", "MTTR median", "MTTR p90"]),
      "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
      ...metrics.groups.map((group: GroupMetrics) =>
        row([
          groupName(group, by),
          String(group.incidents),
          String(group.open),
          median(group.durations.mttd),
          median(group.durations.mtta),
          median(group.durations.mttm),
          median(group.durations.mttr),
          p90(group.durations.mttr),
        ]),
      ),
    );
  }
  out.push("", ...targets(metrics));
  if (metrics.postmortems) out.push("", ...postmortems(metrics));
  if (metrics.actionItems) out.push("", ...actionItems(metrics));
  if (metrics.onCall) out.push("", ...onCall(metrics));
  out.push("", ...recurrences(metrics, context));
  if (extra.unreadable.length > 0) {
    out.push("", `> [!WARNING]\n> Not counted: ${plural(extra.unreadable.length, "incident folder")} whose incident.yaml is missing or invalid. Run \`fireline validate\`.`);
  }
  out.push(
    "",
    "<details><summary>Definitions</summary>",
    "",
    ...Object.values(DEFINITIONS).map((definition) => `- **${definition.term}**: ${definition.text}`),
    "",
    "</details>",
  );
  return `${out.join("\n")}\n`;
}

function targets(metrics: MetricsResult): string[] {
  const { response, resolution, breaches } = metrics.targets;
  const line = (name: string, summary: TargetSummary) =>
    row([
      name,
      summary.measured > 0 ? `${String(summary.met)} of ${String(summary.measured)} (${formatPercent((summary.met / summary.measured) * 100)})` : "-",
      String(summary.breached),
      String(summary.notMeasured),
    ]);
  const out = ["### Targets", "", "| | Met | Breached | Not measured |", "| --- | ---: | ---: | ---: |", line("Response", response), line("Resolution", resolution)];
  if (breaches.length > 0) {
    out.push(
      "",
      `<details><summary>${plural(breaches.length, "breach", "breaches")}</summary>`,
      "",
      "| Incident | Severity | Kind | Target | Took | Over by |",
      "| --- | --- | --- | ---: | ---: | ---: |",
      ...breaches
        .slice(0, MARKDOWN_LIST_LIMIT)
        .map((breach) =>
          row([breach.incident, breach.severity, breach.kind, breach.target, `${formatDuration(breach.actualMs)}${breach.open ? " (open)" : ""}`, formatDuration(breach.overMs)]),
        ),
      ...more(breaches.length),
      "",
      "</details>",
    );
  }
  return out;
}

function postmortems(metrics: MetricsResult): string[] {
  const summary = metrics.postmortems;
  if (!summary) return [];
  const days = summary.daysToPublish;
  const out = [
    "### Postmortems",
    "",
    "| Required | Written | Published | On time | Late | Overdue | Pending | Voluntary | Days to publish (median) |",
    "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    row([
      String(summary.required),
      String(summary.written),
      String(summary.published),
      `${String(summary.onTime)}${summary.onTimePercent === undefined ? "" : ` (${formatPercent(summary.onTimePercent)})`}`,
      String(summary.late),
      String(summary.overdue),
      String(summary.pending),
      String(summary.voluntary),
      days ? formatNumber(days.median) : "-",
    ]),
  ];
  const overdue = summary.rows.filter((item) => item.state === "overdue");
  if (overdue.length > 0) {
    out.push(
      "",
      `<details><summary>${plural(overdue.length, "overdue postmortem")}</summary>`,
      "",
      "| Incident | Severity | Resolved | Due |",
      "| --- | --- | --- | --- |",
      ...overdue.slice(0, MARKDOWN_LIST_LIMIT).map((item) => row([item.incident, item.severity, item.resolved ?? "-", item.due ?? "-"])),
      ...more(overdue.length),
      "",
      "</details>",
    );
  }
  return out;
}

function actionItems(metrics: MetricsResult): string[] {
  const summary = metrics.actionItems;
  if (!summary) return [];
  const out = [
    "### Action items",
    "",
    "| Total | Done | Open | Overdue | Completion |",
    "| ---: | ---: | ---: | ---: | ---: |",
    row([String(summary.total), String(summary.done), String(summary.open), String(summary.overdue), summary.completionPercent === undefined ? "-" : formatPercent(summary.completionPercent)]),
  ];
  const owners = summary.byOwner.filter((owner) => owner.open > 0);
  if (owners.length > 0) {
    out.push(
      "",
      `<details><summary>Open items by owner (${plural(owners.length, "owner")})</summary>`,
      "",
      "| Owner | Open | Overdue | Done | Total |",
      "| --- | ---: | ---: | ---: | ---: |",
      ...owners.slice(0, MARKDOWN_LIST_LIMIT).map((owner) => row([owner.owner === "" ? "(no owner)" : `@${owner.owner}`, String(owner.open), String(owner.overdue), String(owner.done), String(owner.total)])),
      ...more(owners.length),
      "",
      "</details>",
    );
  }
  if (summary.overdueItems.length > 0) {
    out.push(
      "",
      `<details><summary>${plural(summary.overdueItems.length, "overdue action item")}</summary>`,
      "",
      "| Item | Owner | Due | Days late | Incident |",
      "| --- | --- | --- | ---: | --- |",
      ...summary.overdueItems.slice(0, MARKDOWN_LIST_LIMIT).map((item) => row([item.text, item.owner ? `@${item.owner}` : "-", item.due, String(item.daysLate), item.incident])),
      ...more(summary.overdueItems.length),
      "",
      "</details>",
    );
  }
  return out;
}

function onCall(metrics: MetricsResult): string[] {
  const load = metrics.onCall;
  if (!load) return [];
  const people = load.people.filter((person) => person.pages > 0 || person.shifts > 0);
  const out = [
    "### On-call load",
    "",
    "| Shifts | Pages | Pages per shift | After-hours pages |",
    "| ---: | ---: | ---: | ---: |",
    row([String(load.shifts), String(load.pages), load.pagesPerShift === undefined ? "-" : load.pagesPerShift.toFixed(2), `${String(load.afterHoursPages)}${load.pages > 0 ? ` (${formatPercent((load.afterHoursPages / load.pages) * 100)})` : ""}`]),
  ];
  if (people.length > 0) {
    out.push(
      "",
      `<details><summary>By person (${plural(people.length, "person", "people")})</summary>`,
      "",
      "| Person | Shifts | Pages | Per shift | After hours |",
      "| --- | ---: | ---: | ---: | ---: |",
      ...people.slice(0, MARKDOWN_LIST_LIMIT).map((person) => row([`@${person.person}`, String(person.shifts), String(person.pages), person.shifts > 0 ? (person.pages / person.shifts).toFixed(2) : "-", String(person.afterHoursPages)])),
      ...more(people.length),
      "",
      "</details>",
    );
  }
  return out;
}

function recurrences(metrics: MetricsResult, context: MetricsContext): string[] {
  const found = metrics.recurrences;
  const out = [`### Recurring incidents`, "", `${plural(found.length, "incident")} repeated an earlier one within ${context.recurrenceWindow}.`];
  if (found.length > 0) {
    out.push(
      "",
      "| Incident | Repeats | Apart | Services | Shared tags | Title similarity |",
      "| --- | --- | ---: | --- | --- | ---: |",
      ...found
        .slice(0, MARKDOWN_LIST_LIMIT)
        .map((item) => row([item.incident, item.repeats, formatDays(item.apartMs), item.services.join(", "), item.sharedTags.join(", ") || "-", formatPercent(item.titleSimilarity * 100)])),
      ...more(found.length),
    );
  }
  return out;
}

function median(stats: DurationStats): string {
  return stats.summary ? formatDuration(stats.summary.median) : "-";
}
function p90(stats: DurationStats): string {
  return stats.summary ? formatDuration(stats.summary.p90) : "-";
}
function mean(stats: DurationStats): string {
  return stats.summary ? formatDuration(stats.summary.mean) : "-";
}

function row(cells: readonly string[]): string {
  return `| ${cells.map(cell).join(" | ")} |`;
}

/** Text safe inside a table cell: no pipes, line breaks, HTML or markdown links. */
export function cell(text: string): string {
  return text
    .replace(/[\r\n]+/g, " ")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/([\\`*_[\]|])/g, "\\$1");
}

function more(count: number): string[] {
  return count > MARKDOWN_LIST_LIMIT ? ["", `… and ${String(count - MARKDOWN_LIST_LIMIT)} more (\`fireline metrics --format json\` lists them all).`] : [];
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
