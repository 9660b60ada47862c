import { Temporal } from "temporal-polyfill";
import type { Workspace } from "../../model/workspace.js";
import type { BusinessCalendar } from "../business-days/business-calendar.js";
import { dateInZone, deadlineState, dueAfter, parseBusinessDays, type DeadlineState } from "../business-days/deadline.js";
import type { PostmortemFacts } from "./prepare.js";
import { postmortemRequirement, requirementPolicy } from "./requirement.js";

/** A postmortem that is required and not yet published. */
export interface PostmortemDeadline {
  incident: string;
  title: string;
  severity: string;
  resolvedAt: string;
  /** "5 business days" from the severity policy. */
  rule: string;
  /** Why a postmortem is owed when not (only) because of the severity: "data loss", "resolution took 30h, over sev3's 24h target". */
  triggers?: string[];
  /** missing: no postmortem.md yet. */
  status: "missing" | "draft" | "in-review";
  commander?: string;
  deadline: DeadlineState;
}

/** An open action item with a due date. */
export interface ActionItemDeadline {
  incident: string;
  text: string;
  /** A handle, without the @; absent when the item names none. */
  owner?: string;
  ownerName?: string;
  kind?: string;
  issue?: string;
  /** postmortem.md and the item's line in it. */
  file: string;
  line: number;
  deadline: DeadlineState;
}

export interface DeadlinesReport {
  /** The instant judged at, and the date it is in the organisation's time zone. */
  now: string;
  today: string;
  timeZone: string;
  /** Overdue first (most late first), then by due date. */
  postmortems: PostmortemDeadline[];
  /** By owner, then overdue first, then by due date. */
  actionItems: ActionItemDeadline[];
  /** Incidents that will need a postmortem once resolved. */
  awaitingResolution: { incident: string; severity: string; rule: string; triggers?: string[] }[];
  /** Open action items without a due date, which no deadline covers. */
  undatedActionItems: number;
}

/**
 * Which postmortems and action items are due or overdue at `now`, in business days of the
 * organisation's calendar. Pure: the workspace, the parsed postmortems and the clock come in.
 */
export function buildDeadlines(workspace: Workspace, facts: PostmortemFacts, calendar: BusinessCalendar, now: Temporal.Instant): DeadlinesReport {
  const zone = facts.timeZone;
  const today = dateInZone(now, zone);
  const people = workspace.people?.data.people ?? {};
  const policy = requirementPolicy(workspace.severity?.data);
  const report: DeadlinesReport = {
    now: now.toString(),
    today: today.toString(),
    timeZone: zone,
    postmortems: [],
    actionItems: [],
    awaitingResolution: [],
    undatedActionItems: 0,
  };

  for (const { id, incident, postmortem } of workspace.incidents) {
    const data = incident?.data;
    if (!data) continue;
    const requirement = postmortemRequirement(data, policy);
    const rule = requirement.due;
    if (!requirement.required || rule === undefined) continue;
    const status = postmortem ? (postmortem.frontMatter?.status ?? "draft") : "missing";
    if (status === "published") continue;
    const triggers = requirement.reasons.filter((reason) => !reason.endsWith(" requires one"));
    const because = triggers.length > 0 ? { triggers } : {};
    if (data.resolved_at === undefined) {
      report.awaitingResolution.push({ incident: id, severity: requirement.severity, rule, ...because });
      continue;
    }
    const due = dueAfter(data.resolved_at, zone, parseBusinessDays(rule), calendar);
    report.postmortems.push({
      incident: id,
      title: data.title,
      severity: requirement.severity,
      resolvedAt: data.resolved_at,
      rule,
      ...because,
      status,
      ...(data.roles?.commander === undefined ? {} : { commander: data.roles.commander }),
      deadline: deadlineState(due, today, calendar),
    });
  }

  for (const { id, postmortem } of workspace.incidents) {
    const model = facts.models.get(id);
    if (!model || !postmortem) continue;
    for (const item of model.actionItems) {
      if (item.checked !== false) continue;
      if (!item.due) {
        report.undatedActionItems++;
        continue;
      }
      const owner = item.owner?.value.replace(/^@/, "").toLowerCase();
      const ownerName = owner !== undefined && Object.hasOwn(people, owner) ? people[owner]?.name : undefined;
      report.actionItems.push({
        incident: id,
        text: item.text,
        ...(owner === undefined ? {} : { owner }),
        ...(ownerName === undefined ? {} : { ownerName }),
        ...(item.kind ? { kind: item.kind.value.toLowerCase() } : {}),
        ...(item.issue ? { issue: item.issue.value } : {}),
        file: postmortem.source.path,
        line: item.line,
        deadline: deadlineState(Temporal.PlainDate.from(item.due.value), today, calendar),
      });
    }
  }

  report.postmortems.sort((a, b) => compareDeadlines(a.deadline, b.deadline) || (a.incident < b.incident ? -1 : 1));
  report.actionItems.sort(
    (a, b) =>
      compareText(a.owner ?? "\uffff", b.owner ?? "\uffff") ||
      compareDeadlines(a.deadline, b.deadline) ||
      compareText(a.incident, b.incident) ||
      a.line - b.line,
  );
  return report;
}

/** Overdue before due; the longest overdue first, then the soonest due. */
function compareDeadlines(a: DeadlineState, b: DeadlineState): number {
  if (a.state !== b.state) return a.state === "overdue" ? -1 : 1;
  return compareText(a.due, b.due);
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function countOverdue(report: DeadlinesReport): { postmortems: number; actionItems: number } {
  return {
    postmortems: report.postmortems.filter((p) => p.deadline.state === "overdue").length,
    actionItems: report.actionItems.filter((a) => a.deadline.state === "overdue").length,
  };
}
