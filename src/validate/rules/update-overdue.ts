import { Temporal } from "temporal-polyfill";
import { cadenceSeverity, nextUpdateDue } from "../../engine/incident/cadence.js";
import type { Diagnostic } from "../../model/diagnostic.js";
import { makeDiagnostic } from "../../model/make-diagnostic.js";
import { formatSpan, formatUtc } from "../../render/incident/format-time.js";
import type { Rule } from "../rule.js";

/**
 * The rule looks this far past the due time and no further: the warning is for the people running
 * the incident now. An incident left open for days, or an example workspace read long after the
 * fact, is not an update cadence problem and should not turn every later run yellow.
 */
export const OVERDUE_HORIZON = Temporal.Duration.from({ hours: 24 });

/**
 * An open incident owes its audience an update every `update_cadence` of its severity (seed 004:
 * Sev1 every 30 minutes, Sev2 every hour). Public incidents count only public updates. Needs the
 * clock: without `now` the rule reports nothing, and it is silent once a day has passed since the
 * update was due.
 */
export const updateOverdue: Rule = {
  name: "update-overdue",
  check({ workspace, now }) {
    if (!now) return [];
    const found: Diagnostic[] = [];
    for (const { id, incident } of workspace.incidents) {
      if (!incident) continue;
      const data = incident.data;
      const cadence = cadenceSeverity(data, workspace.severity?.data.severities);
      const due = nextUpdateDue(data, cadence.severity);
      if (!due || Temporal.Instant.compare(now, due.due) <= 0 || Temporal.Instant.compare(now, due.due.add(OVERDUE_HORIZON)) > 0) continue;
      const last = due.lastUpdateAt === undefined ? -1 : data.updates.findLastIndex((update) => update.at === due.lastUpdateAt);
      const kind = due.publicOnly ? "public update" : "update";
      found.push(makeDiagnostic(
        "update-overdue",
        incident.source.path,
        incident.source.locate(last === -1 ? ["status"] : ["updates", last, "at"]),
        `the next ${kind} was due ${formatUtc(due.due)} (${cadence.id}: every ${due.cadence}) and is ${formatSpan(due.due, now)} overdue`,
        `Post one with \`fireline incident update ${id} --message "..."${due.publicOnly ? " --public" : ""}\`, or resolve the incident.`,
      ));
    }
    return found;
  },
};
