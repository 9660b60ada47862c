import { makeDiagnostic } from "../../model/make-diagnostic.js";
import type { Diagnostic } from "../../model/diagnostic.js";
import type { Rule } from "../rule.js";

/** status: resolved and resolved_at go together. */
export const resolvedConsistency: Rule = {
  name: "resolved-without-timestamp, timestamp-without-resolved",
  check({ workspace }) {
    const found: Diagnostic[] = [];
    for (const { incident } of workspace.incidents) {
      if (!incident) continue;
      const { status, resolved_at: resolvedAt } = incident.data;
      if (status === "resolved" && resolvedAt === undefined) {
        found.push(
          makeDiagnostic("resolved-without-timestamp", incident.source.path, incident.source.locate(["status"]), "the incident is resolved but has no resolved_at", "Add resolved_at: the instant the incident was resolved."),
        );
      } else if (status !== "resolved" && resolvedAt !== undefined) {
        found.push(
          makeDiagnostic(
            "timestamp-without-resolved",
            incident.source.path,
            incident.source.locate(["resolved_at"]),
            `resolved_at is set but the status is '${status}'`,
            "Set status: resolved, or remove resolved_at if the incident is still open.",
          ),
        );
      }
    }
    return found;
  },
};
