import type { DurationStats, GroupMetrics, MetricsResult } from "../../engine/metrics/compute.js";
import { LIFECYCLE_METRICS } from "../../engine/metrics/durations.js";
import type { MetricsContext } from "./context.js";
import { isoInstant, minutes } from "./format.js";

/**
 * `--format json`: one object. `version` changes only when a field is removed or changes meaning.
 * Durations are minutes (up to two decimals), instants RFC 3339 UTC, dates YYYY-MM-DD.
 */
export function renderMetricsJson(metrics: MetricsResult, context: MetricsContext, extra: { unreadable: readonly string[] }): string {
  return `${JSON.stringify(metricsJson(metrics, context, extra), null, 2)}\n`;
}

export function metricsJson(metrics: MetricsResult, context: MetricsContext, extra: { unreadable: readonly string[] }) {
  const { targets, postmortems, actionItems } = metrics;
  return {
    version: 1,
    organization: context.organization,
    time_zone: metrics.timeZone,
    period: { from: isoInstant(metrics.period.from), to: isoInstant(metrics.period.to) },
    now: isoInstant(metrics.now),
    total: groupJson(metrics.total),
    ...(metrics.by && metrics.groups ? { by: metrics.by, groups: metrics.groups.map(groupJson) } : {}),
    targets: {
      response: targets.response,
      resolution: targets.resolution,
      breaches: targets.breaches.map((breach) => ({
        incident: breach.incident,
        title: breach.title,
        severity: breach.severity,
        kind: breach.kind,
        target: breach.target,
        target_minutes: minutes(breach.targetMs),
        actual_minutes: minutes(breach.actualMs),
        over_minutes: minutes(breach.overMs),
        open: breach.open,
      })),
    },
    ...(postmortems
      ? {
          postmortems: {
            required_for: postmortems.requiredFor,
            required: postmortems.required,
            by_trigger: postmortems.byTrigger,
            written: postmortems.written,
            published: postmortems.published,
            on_time: postmortems.onTime,
            late: postmortems.late,
            overdue: postmortems.overdue,
            pending: postmortems.pending,
            on_time_percent: round(postmortems.onTimePercent),
            voluntary: postmortems.voluntary,
            days_to_publish: postmortems.daysToPublish
              ? { n: postmortems.daysToPublish.n, median: postmortems.daysToPublish.median, p90: postmortems.daysToPublish.p90, mean: round(postmortems.daysToPublish.mean) }
              : null,
            required_postmortems: postmortems.rows.map((row) => ({
              incident: row.incident,
              severity: row.severity,
              state: row.state,
              resolved: row.resolved ?? null,
              due: row.due ?? null,
              published: row.published ?? null,
            })),
          },
        }
      : {}),
    ...(actionItems
      ? {
          action_items: {
            total: actionItems.total,
            done: actionItems.done,
            open: actionItems.open,
            overdue: actionItems.overdue,
            open_without_due: actionItems.openWithoutDue,
            completion_percent: round(actionItems.completionPercent),
            by_owner: actionItems.byOwner.map((row) => ({ ...row, owner: row.owner === "" ? null : row.owner })),
            overdue_items: actionItems.overdueItems.map((item) => ({ incident: item.incident, text: item.text, owner: item.owner ?? null, due: item.due, days_late: item.daysLate })),
            by_due_month: actionItems.byDueMonth,
          },
        }
      : {}),
    ...(metrics.onCall
      ? {
          on_call: {
            shifts: metrics.onCall.shifts,
            pages: metrics.onCall.pages,
            pages_per_shift: metrics.onCall.pagesPerShift === undefined ? null : Math.round(metrics.onCall.pagesPerShift * 1000) / 1000,
            after_hours_pages: metrics.onCall.afterHoursPages,
            people: metrics.onCall.people.map((person) => ({ person: person.person, shifts: person.shifts, pages: person.pages, after_hours_pages: person.afterHoursPages })),
          },
        }
      : {}),
    recurrence: {
      window: context.recurrenceWindow,
      min_shared_tags: context.recurrence.minSharedTags,
      min_title_similarity: context.recurrence.minTitleSimilarity,
      recurrences: metrics.recurrences.map((found) => ({
        incident: found.incident,
        repeats: found.repeats,
        services: found.services,
        shared_tags: found.sharedTags,
        title_similarity: found.titleSimilarity,
        days_apart: Math.round((found.apartMs / 86_400_000) * 10) / 10,
      })),
    },
    unreadable_incidents: [...extra.unreadable],
  };
}

function groupJson(group: GroupMetrics) {
  return {
    key: group.key,
    label: group.label,
    incidents: group.incidents,
    open: group.open,
    reopened: group.reopened,
    by_severity: group.bySeverity,
    ...Object.fromEntries(LIFECYCLE_METRICS.map((metric) => [metric, durationJson(group.durations[metric])])),
  };
}

function durationJson(stats: DurationStats) {
  const { summary } = stats;
  return {
    n: stats.n,
    missing: stats.missing,
    out_of_order: stats.outOfOrder,
    median_minutes: summary ? minutes(summary.median) : null,
    p90_minutes: summary ? minutes(summary.p90) : null,
    mean_minutes: summary ? minutes(summary.mean) : null,
    min_minutes: summary ? minutes(summary.min) : null,
    max_minutes: summary ? minutes(summary.max) : null,
  };
}

function round(value: number | undefined): number | null {
  return value === undefined ? null : Math.round(value * 10) / 10;
}
