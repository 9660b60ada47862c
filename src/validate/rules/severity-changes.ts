import { Temporal } from "temporal-polyfill";
import type { Diagnostic } from "../../model/diagnostic.js";
import { makeDiagnostic } from "../../model/make-diagnostic.js";
import type { Rule } from "../rule.js";

/**
 * An incident's re-classifications make one history: each change names known severities, starts
 * from the severity before it, the last one ends at severity:, and each falls within the incident.
 * Their order in time is the timeline's (updates-out-of-order).
 */
export const severityChanges: Rule = {
  name: "severity-changes",
  check({ workspace, index }) {
    const known = index.severities;
    const found: Diagnostic[] = [];
    for (const { incident } of workspace.incidents) {
      if (!incident) continue;
      const { data, source } = incident;
      let current: string | undefined;
      data.updates.forEach((update, i) => {
        const change = update.severity_change;
        if (!change) return;
        const at = (key: string) => source.locate(["updates", i, "severity_change", key]);
        for (const key of ["from", "to"] as const) {
          if (known && !known.includes(change[key])) {
            found.push(makeDiagnostic("severity-change-unknown", source.path, at(key), `severity_change.${key} '${change[key]}' is not a severity; known: ${known.join(", ")}`, "Severities are defined in policies/severity.yaml."));
          }
        }
        if (current !== undefined && change.from !== current) {
          found.push(makeDiagnostic("severity-change-chain", source.path, at("from"), `this change starts from ${change.from}, but the previous change made the incident ${current}`, `Write from: ${current}.`));
        }
        if (outside(update.at, data.started_at, data.resolved_at)) {
          found.push(makeDiagnostic("severity-change-outside-incident", source.path, source.locate(["updates", i, "at"]), `the severity changed at ${update.at}, outside the incident (${data.started_at} to ${data.resolved_at ?? "now"})`, "Re-classify while the incident is open."));
        }
        current = change.to;
      });
      if (current !== undefined && current !== data.severity) {
        found.push(makeDiagnostic("severity-change-chain", source.path, source.locate(["severity"]), `severity is ${data.severity}, but the last severity change made it ${current}`, `Write severity: ${current}, or record the change with fireline incident update --severity.`));
      }
    }
    return found;
  },
};

function outside(at: string, startedAt: string, resolvedAt: string | undefined): boolean {
  const when = Temporal.Instant.from(at);
  if (Temporal.Instant.compare(when, Temporal.Instant.from(startedAt)) < 0) return true;
  return resolvedAt !== undefined && Temporal.Instant.compare(when, Temporal.Instant.from(resolvedAt)) > 0;
}
