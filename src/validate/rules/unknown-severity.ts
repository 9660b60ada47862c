import { makeDiagnostic } from "../../model/make-diagnostic.js";
import { didYouMean } from "../../load/did-you-mean.js";
import type { Rule } from "../rule.js";

/** An incident's severity is one of the levels in policies/severity.yaml. */
export const unknownSeverity: Rule = {
  name: "unknown-severity",
  check({ workspace, index }) {
    const known = index.severities;
    if (!known) return [];
    return workspace.incidents.flatMap(({ incident }) => {
      if (!incident || known.includes(incident.data.severity)) return [];
      const value = incident.data.severity;
      const guess = didYouMean(value, known);
      return [
        makeDiagnostic(
          "unknown-severity",
          incident.source.path,
          incident.source.locate(["severity"]),
          `severity must be one of ${known.join(", ")}, got '${value}'${guess ? `; did you mean '${guess}'?` : ""}`,
          "Severities are defined in policies/severity.yaml.",
        ),
      ];
    });
  },
};
