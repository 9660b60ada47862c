import type { BusinessCalendar } from "../business-days/business-calendar.js";
import { actionItemSummary, type ActionItemSummary } from "./action-items.js";
import { LIFECYCLE_METRICS, lifecycleDuration, type LifecycleMetric } from "./durations.js";
import { groupIncidents, type GroupBy, type GroupingContext } from "./grouping.js";
import type { IncidentFacts } from "./incident-facts.js";
import { onCallLoad, type OnCallLoad, type OnCallLoadInput } from "./oncall-load.js";
import { dateAt, type Period } from "./period.js";
import { postmortemSummary, type PostmortemRecord, type PostmortemSummary } from "./postmortems.js";
import { findRecurrences, type Recurrence, type RecurrenceSettings } from "./recurrence.js";
import { summarize, type Summary } from "./statistics.js";
import { checkTargets, type SeverityTargets, type TargetsResult } from "./targets.js";

/** One lifecycle metric over a set of incidents. */
export interface DurationStats {
  /** Incidents with both timestamps, in order: the ones the statistics are over. */
  n: number;
  /** Incidents left out because a timestamp is missing (not yet acknowledged, still open, never recorded). */
  missing: number;
  /** Incidents left out because the second timestamp is before the first (fireline validate: FL-403). */
  outOfOrder: number;
  /** Milliseconds; absent when n is 0. */
  summary?: Summary;
}

export interface GroupMetrics {
  key: string;
  label: string;
  incidents: number;
  /** Incidents whose status is not resolved. */
  open: number;
  /** Incidents whose timeline went from resolved back to an open status at least once. */
  reopened: number;
  /** Incidents per severity id, every severity of the policy listed (most severe first). */
  bySeverity: Record<string, number>;
  durations: Record<LifecycleMetric, DurationStats>;
}

export interface MetricsInput {
  /** Every incident of the workspace that loaded; the period picks which count. */
  incidents: readonly IncidentFacts[];
  period: Period;
  now: number;
  timeZone: string;
  severities: readonly SeverityTargets[];
  serviceNames: ReadonlyMap<string, string>;
  by?: GroupBy | undefined;
  recurrence: RecurrenceSettings;
  /** Postmortems by incident id, with the calendar their deadlines count in; without them, no postmortem or action-item figures. */
  postmortems?: { records: ReadonlyMap<string, PostmortemRecord>; calendar: BusinessCalendar } | undefined;
  /** Rotations, escalation policies and working hours; without them, no on-call load. */
  onCall?: Omit<OnCallLoadInput, "incidents" | "period"> | undefined;
}

export interface MetricsResult {
  period: Period;
  now: number;
  timeZone: string;
  by?: GroupBy;
  /** Severity ids in policy order. */
  severityOrder: string[];
  total: GroupMetrics;
  /** Present with `by`. */
  groups?: GroupMetrics[];
  targets: TargetsResult;
  recurrences: Recurrence[];
  postmortems?: PostmortemSummary;
  actionItems?: ActionItemSummary;
  onCall?: OnCallLoad;
}

/** Every number of `fireline metrics` and `fireline report`, for the incidents that started in the period. Pure. */
export function computeMetrics(input: MetricsInput): MetricsResult {
  const { period } = input;
  const inPeriod = (incident: IncidentFacts) => incident.at.started >= period.from && incident.at.started < period.to;
  const incidents = input.incidents.filter(inPeriod).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const severityOrder = input.severities.map((severity) => severity.id);
  const severities = new Map(input.severities.map((severity) => [severity.id, severity]));
  const context: GroupingContext = {
    period,
    timeZone: input.timeZone,
    severityOrder,
    severityNames: new Map(input.severities.map((severity) => [severity.id, severity.name])),
    serviceNames: input.serviceNames,
  };
  const result: MetricsResult = {
    period,
    now: input.now,
    timeZone: input.timeZone,
    severityOrder,
    total: groupMetrics("all", "All incidents", incidents, severityOrder),
    targets: checkTargets(incidents, severities, input.now),
    recurrences: findRecurrences(input.incidents, inPeriod, input.recurrence),
  };
  if (input.by) {
    result.by = input.by;
    result.groups = groupIncidents(incidents, input.by, context).map((group) => groupMetrics(group.key, group.label, group.incidents, severityOrder));
  }
  if (input.postmortems) {
    const { records, calendar } = input.postmortems;
    result.postmortems = postmortemSummary({ incidents, postmortems: records, severities, calendar, timeZone: input.timeZone, now: input.now });
    const items = incidents.flatMap((incident) => records.get(incident.id)?.items ?? []);
    result.actionItems = actionItemSummary(items, dateAt(input.now, input.timeZone));
  }
  // Shifts still to come are not load yet: the on-call window ends at now.
  if (input.onCall) result.onCall = onCallLoad({ ...input.onCall, incidents, period: { from: period.from, to: Math.max(period.from, Math.min(period.to, input.now)) } });
  return result;
}

export function groupMetrics(key: string, label: string, incidents: readonly IncidentFacts[], severityOrder: readonly string[]): GroupMetrics {
  const bySeverity: Record<string, number> = {};
  for (const id of severityOrder) bySeverity[id] = 0;
  let open = 0;
  let reopened = 0;
  for (const incident of incidents) {
    bySeverity[incident.severity] = (bySeverity[incident.severity] ?? 0) + 1;
    if (incident.status !== "resolved") open++;
    if (incident.reopened > 0) reopened++;
  }
  const durations = Object.fromEntries(LIFECYCLE_METRICS.map((metric) => [metric, durationStats(incidents, metric)])) as Record<LifecycleMetric, DurationStats>;
  return { key, label, incidents: incidents.length, open, reopened, bySeverity, durations };
}

function durationStats(incidents: readonly IncidentFacts[], metric: LifecycleMetric): DurationStats {
  const values: number[] = [];
  let missing = 0;
  let outOfOrder = 0;
  for (const incident of incidents) {
    const outcome = lifecycleDuration(incident, metric);
    if (outcome === "missing") missing++;
    else if (outcome === "out-of-order") outOfOrder++;
    else values.push(outcome);
  }
  const stats: DurationStats = { n: values.length, missing, outOfOrder };
  const summary = summarize(values);
  if (summary) stats.summary = summary;
  return stats;
}
