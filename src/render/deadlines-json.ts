import type { DeadlinesReport } from "../engine/postmortem/deadlines.js";
import { countOverdue } from "../engine/postmortem/deadlines.js";

/**
 * `fireline deadlines --format json`: the report as one object. `version` changes only when a
 * field is removed or changes meaning; fields may be added.
 */
export function renderDeadlinesJson(report: DeadlinesReport): string {
  const overdue = countOverdue(report);
  const json = {
    version: 1,
    now: report.now,
    today: report.today,
    time_zone: report.timeZone,
    summary: {
      postmortems_overdue: overdue.postmortems,
      postmortems_due: report.postmortems.length - overdue.postmortems,
      action_items_overdue: overdue.actionItems,
      action_items_due: report.actionItems.length - overdue.actionItems,
      action_items_without_due_date: report.undatedActionItems,
    },
    postmortems: report.postmortems.map((p) => ({
      incident: p.incident,
      title: p.title,
      severity: p.severity,
      status: p.status,
      resolved_at: p.resolvedAt,
      due: p.deadline.due,
      rule: p.rule,
      ...(p.triggers === undefined ? {} : { triggers: p.triggers }),
      state: p.deadline.state,
      ...(p.deadline.state === "overdue" ? { business_days_late: p.deadline.businessDaysLate } : { business_days_left: p.deadline.businessDaysLeft }),
      ...(p.commander === undefined ? {} : { commander: p.commander }),
    })),
    action_items: report.actionItems.map((a) => ({
      owner: a.owner ?? null,
      text: a.text,
      incident: a.incident,
      file: a.file,
      line: a.line,
      due: a.deadline.due,
      state: a.deadline.state,
      ...(a.deadline.state === "overdue" ? { business_days_late: a.deadline.businessDaysLate } : { business_days_left: a.deadline.businessDaysLeft }),
      ...(a.kind === undefined ? {} : { kind: a.kind }),
      ...(a.issue === undefined ? {} : { issue: a.issue }),
    })),
    awaiting_resolution: report.awaitingResolution,
  };
  return `${JSON.stringify(json, null, 2)}\n`;
}
