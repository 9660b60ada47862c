import type { Diagnostic } from "../../model/diagnostic.js";
import { makeDiagnostic } from "../../model/make-diagnostic.js";
import { dateInZone, deadlineState, dueAfter, parseBusinessDays } from "../../engine/business-days/deadline.js";
import { postmortemRequirement, requirementPolicy } from "../../engine/postmortem/requirement.js";
import type { Rule } from "../rule.js";

/**
 * An incident that owes a postmortem (its highest severity requires one, or a trigger holds) has one: an error once the deadline (business
 * days after resolution, in the organisation's time zone) has passed, a notice with the due date
 * before. Needs the clock: without `now` it reports nothing.
 */
export const postmortemDeadline: Rule = {
  name: "postmortem-missing",
  check({ workspace, now, postmortems }) {
    const calendar = postmortems?.calendar;
    if (!now || !workspace.severity || !postmortems || !calendar) return [];
    const policy = requirementPolicy(workspace.severity.data);
    const today = dateInZone(now, postmortems.timeZone);
    const found: Diagnostic[] = [];
    for (const { id, incident, postmortem } of workspace.incidents) {
      if (!incident || postmortem) continue;
      const resolvedAt = incident.data.resolved_at;
      const requirement = postmortemRequirement(incident.data, policy);
      const dueText = requirement.due;
      if (resolvedAt === undefined || !requirement.required || dueText === undefined) continue;
      const days = parseBusinessDays(dueText);
      const state = deadlineState(dueAfter(resolvedAt, postmortems.timeZone, days, calendar), today, calendar);
      const at = incident.source.locate(["resolved_at"], { key: true });
      const hint = `Write it with \`fireline postmortem new ${id}\`.`;
      const triggers = requirement.reasons.filter((reason) => !reason.endsWith(" requires one"));
      const rule =
        triggers.length === 0
          ? `a ${requirement.severity} incident needs a postmortem within ${dueText} of resolution`
          : `postmortem required: ${triggers.join(", ")}; it is due within ${dueText} of resolution`;
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
