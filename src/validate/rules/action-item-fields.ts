import { Temporal } from "temporal-polyfill";
import type { Diagnostic } from "../../model/diagnostic.js";
import { makeDiagnostic } from "../../model/make-diagnostic.js";
import { dateInZone, dueAfter } from "../../engine/business-days/deadline.js";
import { parsedPostmortems, softenForDraft } from "../postmortem-scope.js";
import type { Rule } from "../rule.js";

const FORMAT = "(Owner: @handle, Due: YYYY-MM-DD)";

/**
 * Every action item can be read (action-item-malformed), names an owner and a due date when the
 * policy asks for them, and is due no later than the policy's longest_due after resolution.
 */
export const actionItemFields: Rule = {
  name: "action-item-malformed",
  check(context) {
    const facts = context.postmortems;
    if (!facts) return [];
    const { policy, calendar, timeZone } = facts;
    const found: Diagnostic[] = [];
    // Many incidents resolve on the same day; count the business days once per day.
    const latestByDay = new Map<string, Temporal.PlainDate>();
    const latestAfter = (resolvedAt: string, days: number, cal: NonNullable<typeof calendar>) => {
      const day = dateInZone(resolvedAt, timeZone).toString();
      let latest = latestByDay.get(day);
      if (!latest) latestByDay.set(day, (latest = dueAfter(resolvedAt, timeZone, days, cal)));
      return latest;
    };
    for (const { entry, postmortem, model, file } of parsedPostmortems(context)) {
      const resolvedAt = entry.incident?.data.resolved_at;
      const latest = policy.longestDue !== undefined && calendar && resolvedAt !== undefined ? latestAfter(resolvedAt, policy.longestDue, calendar) : undefined;
      for (const item of model.actionItems) {
        for (const problem of item.problems) found.push(makeDiagnostic("action-item-malformed", file, problem, problem.message, problem.hint));
        if (item.text === "") continue;
        const name = `'${shorten(item.text)}'`;
        if (policy.requireOwner && !item.owner && !item.problems.some((p) => /^Owner\b/.test(p.message))) {
          found.push(
            softenForDraft(makeDiagnostic("action-item-without-owner", file, item, `the action item ${name} has no owner`, `Add the person who drives it: ${FORMAT}.`), postmortem),
          );
        }
        if (policy.requireDue && !item.due && !item.problems.some((p) => /^Due\b/.test(p.message))) {
          found.push(
            softenForDraft(makeDiagnostic("action-item-without-due", file, item, `the action item ${name} has no due date`, `Add when it will be done: ${FORMAT}.`), postmortem),
          );
        }
        if (latest && item.due && Temporal.PlainDate.compare(Temporal.PlainDate.from(item.due.value), latest) > 0) {
          found.push(
            makeDiagnostic(
              "action-item-due-too-late",
              file,
              item.due,
              `Due: ${item.due.value} is later than the policy allows: ${policy.longestDue ?? 0} business days after resolution is ${latest.toString()}`,
              "Split the work so a first step is due sooner, or change longest_due in policies/postmortem.yaml.",
            ),
          );
        }
      }
    }
    return found;
  },
};

function shorten(text: string): string {
  return text.length <= 60 ? text : `${text.slice(0, 57)}…`;
}
