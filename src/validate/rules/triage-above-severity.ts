import { highestSeverity, severitiesReached } from "../../engine/incident/severity-history.js";
import { suggestSeverity, triagePolicy, type TriageReason } from "../../engine/triage/suggest.js";
import { makeDiagnostic } from "../../model/make-diagnostic.js";
import type { Rule } from "../rule.js";

/**
 * An incident's recorded triage answers imply a more severe level than it ever had: it may owe a
 * faster response, a shorter update cadence or a postmortem it is not held to. A less severe
 * suggestion is fine: the incident commander may have known more than the answers say.
 */
export const triageAboveSeverity: Rule = {
  name: "triage-suggests-higher-severity",
  check({ workspace }) {
    if (!workspace.severity) return [];
    const order = Object.keys(workspace.severity.data.severities);
    const policy = triagePolicy(workspace.severity.data);
    return workspace.incidents.flatMap(({ id, incident }) => {
      const answers = incident?.data.triage;
      if (!incident || !answers) return [];
      const suggestion = suggestSeverity(policy, order, answers);
      const suggested = suggestion.severity;
      const highest = highestSeverity(incident.data, order);
      if (suggested === undefined || suggestion.reasons.length === 0 || !isMoreSevere(suggested, highest, order)) return [];
      const reached = severitiesReached(incident.data).length === 1 ? `${highest}, the severity it has had throughout` : `${highest}, the highest severity it reached`;
      return [
        makeDiagnostic(
          "triage-suggests-higher-severity",
          incident.source.path,
          incident.source.locate(["severity"]),
          `the recorded triage answers (${answersText(suggestion.reasons)}) suggest ${suggested}, more severe than ${reached}`,
          incident.data.status === "resolved"
            ? "Correct the answers under triage: if they are wrong; if they are right, the incident was classified too low (its response, update and postmortem targets were the lower severity's)."
            : `Raise it with \`fireline incident update ${id} --severity ${suggested}\`, or correct the answers under triage: if they are wrong.`,
        ),
      ];
    });
  },
};

function isMoreSevere(a: string, b: string, order: readonly string[]): boolean {
  const rank = (id: string) => (order.includes(id) ? order.indexOf(id) : Number.POSITIVE_INFINITY);
  return rank(a) < rank(b);
}

function answersText(reasons: readonly TriageReason[]): string {
  return reasons.map((reason) => `${reason.question} is ${reason.option}`).join(", ");
}
