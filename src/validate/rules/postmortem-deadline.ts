import type { Diagnostic } from "../../model/diagnostic.js";
import { makeDiagnostic } from "../../model/make-diagnostic.js";
import { dateInZone, deadlineState, dueAfter, parseBusinessDays } from "../../engine/business-days/deadline.js";
import type { Rule } from "../rule.js";

/**
 * An incident whose severity requires a postmortem has one: an error once the deadline (business
 * days after resolution, in the organisation's time zone) has passed, a notice with the due date
 * before. Needs the clock: without `now` it reports nothing.
 */
export const postmortemDeadline: Rule = {
  name: "postmortem-missing",
  check({ workspace, now, postmortems }) {
    const severities = workspace.severity?.data.severities;
    const calendar = postmortems?.calendar;
    if (!now || !severities || !postmortems || !calendar) return [];
    const today = dateInZone(now, postmortems.timeZone);
    const found: Diagnostic[] = [];
    for (const { id, incident, postmortem } of workspace.incidents) {
      if (!incident || postmortem) continue;
      const resolvedAt = incident.data.resolved_at;
      const severity = Object.hasOwn(severities, incident.data.severity) ? severities[incident.data.severity] : undefined;
      const dueText = severity?.postmortem.due;
      if (resolvedAt === undefined || severity?.postmortem.required !== true || dueText === undefined) continue;
      const days = parseBusinessDays(dueText);
      const state = deadlineState(dueAfter(resolvedAt, postmortems.timeZone, days, calendar), today, calendar);
      const at = incident.source.locate(["resolved_at"], { key: true });
      const hint = `Write it with \`fireline postmortem new ${id}\`.`;
      const rule = `a ${incident.data.severity} incident needs a postmortem within ${dueText} of resolution`;
      found.push(
        state.state === "overdue"
          ? makeDiagnostic(
              "postmortem-missing",
              incident.source.path,
              at,
              `${rule}; it was due ${state.due}, ${plural(state.businessDaysLate, "business day")} ago, and incidents/${id}/postmortem.md does not exist`,
              hint,
            )
          : makeDiagnostic(
              "postmortem-due",
              incident.source.path,
              at,
              `${rule}: due ${state.due}${state.businessDaysLeft === 0 ? " (today)" : ` (${plural(state.businessDaysLeft, "business day")} left)`}`,
              hint,
            ),
      );
    }
    return found;
  },
};

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}
