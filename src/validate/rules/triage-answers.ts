import { makeDiagnostic } from "../../model/make-diagnostic.js";
import { checkAnswers } from "../../engine/triage/check-answers.js";
import { triagePolicy } from "../../engine/triage/suggest.js";
import type { Rule } from "../rule.js";

/** incident.yaml's triage: answers questions the policy asks, with answers it offers. */
export const triageAnswers: Rule = {
  name: "triage-unknown-answer",
  check({ workspace }) {
    if (!workspace.severity) return [];
    const policy = triagePolicy(workspace.severity.data);
    return workspace.incidents.flatMap(({ incident }) => {
      const answers = incident?.data.triage;
      if (!incident || !answers) return [];
      return Object.keys(answers).flatMap((question) =>
        checkAnswers(policy, { [question]: answers[question] as string }).map((problem) =>
          makeDiagnostic("triage-unknown-answer", incident.source.path, incident.source.locate(["triage", question]), `triage.${question}: ${problem}`, "Questions and answers are defined under triage: in policies/severity.yaml."),
        ),
      );
    });
  },
};
