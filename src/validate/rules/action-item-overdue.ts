import { Temporal } from "temporal-polyfill";
import type { Diagnostic } from "../../model/diagnostic.js";
import { makeDiagnostic } from "../../model/make-diagnostic.js";
import { dateInZone } from "../../engine/business-days/deadline.js";
import { parsedPostmortems } from "../postmortem-scope.js";
import type { Rule } from "../rule.js";

/**
 * Open action items past their due date. A notice, not a warning: the file is right, the work is
 * late, and CI on an unrelated pull request should not fail for it (`fireline deadlines` is the
 * report to act on). Needs the clock.
 */
export const actionItemOverdue: Rule = {
  name: "action-item-overdue",
  check(context) {
    const { now, postmortems } = context;
    if (!now || !postmortems) return [];
    const today = dateInZone(now, postmortems.timeZone);
    const found: Diagnostic[] = [];
    for (const { model, file } of parsedPostmortems(context)) {
      for (const item of model.actionItems) {
        if (item.checked !== false || !item.due) continue;
        if (Temporal.PlainDate.compare(Temporal.PlainDate.from(item.due.value), today) >= 0) continue;
        const owner = item.owner ? ` (owner ${item.owner.value.startsWith("@") ? item.owner.value : `@${item.owner.value}`})` : "";
        found.push(
          makeDiagnostic(
            "action-item-overdue",
            file,
            item.due,
            `the action item '${item.text}'${owner} was due ${item.due.value} and is still open`,
            "Tick it off with [x] once done, or agree a new due date and change it here.",
          ),
        );
      }
    }
    return found;
  },
};
