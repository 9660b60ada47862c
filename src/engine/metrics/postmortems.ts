import { Temporal } from "temporal-polyfill";
import type { BusinessCalendar } from "../business-days/business-calendar.js";
import { dueAfter } from "../business-days/deadline.js";
import type { IncidentFacts } from "./incident-facts.js";
import { dateAt } from "./period.js";
import { summarize, type Summary } from "./statistics.js";
import type { SeverityTargets } from "./targets.js";

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
  /** Incidents in the period whose severity requires a postmortem. */
  required: number;
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
  const { timeZone } = input;
  const today = dateAt(input.now, timeZone);
  const summary: PostmortemSummary = { required: 0, written: 0, published: 0, onTime: 0, late: 0, overdue: 0, pending: 0, voluntary: 0, rows: [] };
  const days: number[] = [];
  for (const incident of input.incidents) {
    const postmortem = input.postmortems.get(incident.id);
    const severity = input.severities.get(incident.severity);
    const required = severity?.postmortemRequired === true;
    if (!required && !postmortem) continue;
    const resolvedAt = incident.at.resolved;
    const resolved = resolvedAt === undefined ? undefined : dateAt(resolvedAt, timeZone);
    const published = postmortem?.status === "published" && postmortem.publishedAt !== undefined ? dateAt(postmortem.publishedAt, timeZone) : undefined;
    if (published && resolved) days.push(resolved.until(published, { largestUnit: "days" }).days);
    if (!required) {
      summary.voluntary++;
      continue;
    }
    summary.required++;
    if (postmortem) summary.written++;
    if (published) summary.published++;
    const dueDays = severity.postmortemDueDays;
    const due = resolvedAt !== undefined && dueDays !== undefined ? dueAfter(Temporal.Instant.fromEpochMilliseconds(resolvedAt), timeZone, dueDays, input.calendar) : undefined;
    const state = stateOf(published, due, today);
    summary[STATE_FIELD[state]]++;
    const row: PostmortemRow = { incident: incident.id, severity: incident.severity, started: dateAt(incident.at.started, timeZone).toString(), state };
    if (resolved) row.resolved = resolved.toString();
    if (due) row.due = due.toString();
    if (published) row.published = published.toString();
    summary.rows.push(row);
  }
  const known = summary.onTime + summary.late + summary.overdue;
  if (known > 0) summary.onTimePercent = (summary.onTime / known) * 100;
  const stats = summarize(days);
  if (stats) summary.daysToPublish = stats;
  summary.rows.sort((a, b) => (a.incident < b.incident ? -1 : a.incident > b.incident ? 1 : 0));
  return summary;
}

const STATE_FIELD = { "on-time": "onTime", late: "late", overdue: "overdue", pending: "pending" } as const;

function stateOf(published: Temporal.PlainDate | undefined, due: Temporal.PlainDate | undefined, today: Temporal.PlainDate): PostmortemState {
  if (published) return due === undefined || Temporal.PlainDate.compare(published, due) <= 0 ? "on-time" : "late";
  return due !== undefined && Temporal.PlainDate.compare(today, due) > 0 ? "overdue" : "pending";
}
