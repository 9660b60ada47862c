import type { Diagnostic } from "../../model/diagnostic.js";
import { makeDiagnostic } from "../../model/make-diagnostic.js";
import { didYouMean } from "../../load/did-you-mean.js";
import type { Rule } from "../rule.js";

/**
 * policies/postmortem.yaml requires only sections it knows (unknown-section), and
 * fireline.yaml's business_calendar names a country and region date-holidays has tables for
 * (unknown-holiday-region; checked when deadlines needed the calendar).
 */
export const postmortemPolicyReferences: Rule = {
  name: "unknown-section",
  check({ workspace, postmortems }) {
    if (!postmortems) return [];
    const found: Diagnostic[] = [];
    const policyFile = workspace.postmortemPolicy;
    if (policyFile) {
      const ids = postmortems.policy.sections.map((section) => section.id);
      for (const { id, index } of postmortems.policy.undefinedRequired) {
        const guess = didYouMean(id, ids);
        found.push(
          makeDiagnostic(
            "unknown-section",
            policyFile.source.path,
            policyFile.source.locate(["required_sections", index]),
            `required_sections[${index}]: no section '${id}'${guess ? `; did you mean '${guess}'?` : ""}`,
            `Use a built-in section id (${ids.slice(0, 10).join(", ")}), or define '${id}' under sections with its heading.`,
          ),
        );
      }
    }
    const config = workspace.config;
    if (config) {
      for (const problem of postmortems.calendarProblems) {
        found.push(
          makeDiagnostic("unknown-holiday-region", config.source.path, config.source.locate(["business_calendar", problem.field]), problem.message, problem.hint),
        );
      }
    }
    return found;
  },
};
