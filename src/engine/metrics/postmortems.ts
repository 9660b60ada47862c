import { Temporal } from "temporal-polyfill";
import type { BusinessCalendar } from "../business-days/business-calendar.js";
import type { IncidentFacts } from "./incident-facts.js";
import { summarize, type Summary } from "./statistics.js";
import type { SeverityTargets } from "./targets.js";
import { ZonedDays } from "./zoned-days.js";

/** A postmortem as the metrics see it. */
export interface PostmortemRecord {
  status: "draft" | "in-review" | "published";
  /** published_at, epoch ms; only a published postmortem with published_at counts as completed. */
  publishedAt?: number;
  items: ActionItemRecord[];
}

export interface ActionItemRecord {
  incident: string;
  /** The item's title, without the (Owner: …) part. */
  text: string;
  /** Ticked off: `- [x]`. */
  done: boolean;
  /** The owner's handle without the @. */
  owner?: string;
  /** YYYY-MM-DD. */
  due?: string;
}

/**
 * Where a required postmortem stands:
 * - on-time: published on or before its due date (the n-th business day after the day the
 *   incident was resolved, in the organisation's zone; see fireline.yaml's business_calendar);
 * - late: published after the due date;
 * - overdue: not published and the due date has passed;
 * - pending: not published and not yet due (or the incident is not resolved yet).
 * A severity that requires a postmortem without a `due` has no deadline: published is on time.
 */
export type PostmortemState = "on-time" | "late" | "overdue" | "pending";

export interface PostmortemRow {
  incident: string;
  severity: string;
  /** The day the incident started, YYYY-MM-DD in the organisation's zone (charts group by its month). */
  started: string;
  /** YYYY-MM-DD in the organisation's zone. */
  resolved?: string;
  due?: string;
  published?: string;
  state: PostmortemState;
}

export interface PostmortemSummary {
  /** The severities whose policy requires a postmortem, most severe first, whether or not the period has incidents of them. */
  requiredFor: string[];
  /** Incidents in the period that owe a postmortem (their severity, or a trigger: postmortemRequirement). */
  required: number;
  /** Of those, the ones only a trigger requires (data loss, a missed resolution target, ...): their highest severity does not. */
  byTrigger: number;
  /** Of those, how many have a postmortem.md at all (any status). */
  written: number;
  /** Of those, how many are published: completed. */
  published: number;
  onTime: number;
  late: number;
  overdue: number;
  pending: number;
  /** onTime ÷ (onTime + late + overdue): of the postmortems whose outcome is known, the share on time. */
  onTimePercent?: number;
  /** Postmortems written for incidents whose severity does not require one. */
  voluntary: number;
  /** Calendar days from the day an incident was resolved to the day its postmortem was published (organisation's zone), every published postmortem of the period. */
  daysToPublish?: Summary;
  /** One row per required postmortem, by incident id. */
  rows: PostmortemRow[];
}

export interface PostmortemInput {
  incidents: readonly IncidentFacts[];
  postmortems: ReadonlyMap<string, PostmortemRecord>;
  severities: ReadonlyMap<string, SeverityTargets>;
  calendar: BusinessCalendar;
  timeZone: string;
  now: number;
}

export function postmortemSummary(input: PostmortemInput): PostmortemSummary {
  const days = new ZonedDays(input.timeZone);
  const today = days.dateOf(input.now);
  const dueDates = new Map<string, string>();
  /** The n-th business day after a date; many incidents share a resolution day, so each is counted once. */
  const dueAfter = (resolved: string, businessDays: number) => {
    const key = `${resolved}+${String(businessDays)}`;
    let due = dueDates.get(key);
    if (due === undefined) dueDates.set(key, (due = input.calendar.addBusinessDays(Temporal.PlainDate.from(resolved), businessDays).toString()));
    return due;
  };
  const requiredFor = [...input.severities.values()].filter((severity) => severity.postmortemRequired).map((severity) => severity.id);
  const summary: PostmortemSummary = { requiredFor, required: 0, byTrigger: 0, written: 0, published: 0, onTime: 0, late: 0, overdue: 0, pending: 0, voluntary: 0, rows: [] };
  const toPublish: number[] = [];
  for (const incident of input.incidents) {
    const postmortem = input.postmortems.get(incident.id);
    const severity = input.severities.get(incident.severity);
    const required = incident.postmortem?.required ?? severity?.postmortemRequired === true;
    if (!required && !postmortem) continue;
    const resolvedAt = incident.at.resolved;
    const publishedAt = postmortem?.status === "published" ? postmortem.publishedAt : undefined;
    if (publishedAt !== undefined && resolvedAt !== undefined) toPublish.push(days.dayNumberOf(publishedAt) - days.dayNumberOf(resolvedAt));
    if (!required) {
      summary.voluntary++;
      continue;
    }
    summary.required++;
    if (incident.postmortem?.bySeverity === false) summary.byTrigger++;
    if (postmortem) summary.written++;
    if (publishedAt !== undefined) summary.published++;
    const resolved = resolvedAt === undefined ? undefined : days.dateOf(resolvedAt);
    const published = publishedAt === undefined ? undefined : days.dateOf(publishedAt);
    const dueDays = incident.postmortem === undefined ? severity?.postmortemDueDays : incident.postmortem.dueDays;
    const due = resolved !== undefined && dueDays !== undefined ? dueAfter(resolved, dueDays) : undefined;
    const state = stateOf(published, due, today);
    summary[STATE_FIELD[state]]++;
    const row: PostmortemRow = { incident: incident.id, severity: incident.severity, started: days.dateOf(incident.at.started), state };
    if (resolved !== undefined) row.resolved = resolved;
    if (due !== undefined) row.due = due;
    if (published !== undefined) row.published = published;
    summary.rows.push(row);
  }
  const known = summary.onTime + summary.late + summary.overdue;
  if (known > 0) summary.onTimePercent = (summary.onTime / known) * 100;
  const stats = summarize(toPublish);
  if (stats) summary.daysToPublish = stats;
  summary.rows.sort((a, b) => (a.incident < b.incident ? -1 : a.incident > b.incident ? 1 : 0));
  return summary;
}

const STATE_FIELD = { "on-time": "onTime", late: "late", overdue: "overdue", pending: "pending" } as const;

/** Dates as YYYY-MM-DD, which compare as text in date order. */
function stateOf(published: string | undefined, due: string | undefined, today: string): PostmortemState {
  if (published !== undefined) return due === undefined || published <= due ? "on-time" : "late";
  return due !== undefined && today > due ? "overdue" : "pending";
}
