import type { Diagnostic } from "../../model/diagnostic.js";
import { makeDiagnostic } from "../../model/make-diagnostic.js";
import { didYouMean } from "../../load/did-you-mean.js";
import type { Rule } from "../rule.js";

/**
 * policies/severity.yaml's triage: section can be answered: every question offers answers,
 * ids are unique, and every severity it names is in the table.
 */
export const triagePolicy: Rule = {
  name: "triage-policy",
  check({ workspace }) {
    const file = workspace.severity;
    const triage = file?.data.triage;
    if (!file || !triage) return [];
    const known = Object.keys(file.data.severities);
    const found: Diagnostic[] = [];
    const at = (path: (string | number)[]) => file.source.locate(["triage", ...path]);
    const unknown = (value: string, path: (string | number)[], where: string) => {
      const guess = didYouMean(value, known);
      found.push(
        makeDiagnostic(
          "triage-unknown-severity",
          file.source.path,
          at(path),
          `${where} names severity '${value}', which is not in severities:${guess ? `; did you mean '${guess}'?` : ""}`,
          `Use one of ${known.join(", ")}.`,
        ),
      );
    };
    if (triage.default_severity !== undefined && !known.includes(triage.default_severity)) unknown(triage.default_severity, ["default_severity"], "default_severity");
    const seen = new Map<string, number>();
    triage.questions.forEach((question, q) => {
      const first = seen.get(question.id);
      if (first === undefined) seen.set(question.id, q);
      else found.push(makeDiagnostic("triage-duplicate-question", file.source.path, at(["questions", q, "id"]), `question '${question.id}' is already asked by questions[${first}]`, "Give each question its own id."));
      if (question.options.length === 0) {
        found.push(makeDiagnostic("triage-question-without-options", file.source.path, at(["questions", q, "options"]), `question '${question.id}' offers no answers`, "List at least one answer under options, each with an id and a label."));
      }
      const options = new Set<string>();
      question.options.forEach((option, o) => {
        if (options.has(option.id)) {
          found.push(makeDiagnostic("triage-duplicate-option", file.source.path, at(["questions", q, "options", o, "id"]), `question '${question.id}' offers answer '${option.id}' twice`, "Give each answer its own id."));
        }
        options.add(option.id);
        if (option.severity !== undefined && !known.includes(option.severity)) {
          unknown(option.severity, ["questions", q, "options", o, "severity"], `answer '${option.id}' of question '${question.id}'`);
        }
      });
    });
    return found;
  },
};
