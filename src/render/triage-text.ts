import type { TriageReason, TriageSuggestion } from "../engine/triage/suggest.js";
import type { TriagePolicy } from "../schema/triage-policy.js";

export interface TriageView {
  policy: TriagePolicy;
  names: ReadonlyMap<string, string>;
  /** Where the questions come from, for the heading. */
  source: string;
  flags: readonly string[];
}

/** The questions with their answers, the flag that gives each, and the severity each implies. */
export function renderQuestions(view: TriageView): string {
  const lines = [`Triage questions (${view.source})`, ""];
  view.policy.questions.forEach((question, index) => {
    lines.push(`${question.id}: ${question.question}    ${view.flags[index] ?? ""}`);
    const width = Math.max(0, ...question.options.map((option) => option.id.length));
    for (const option of question.options) {
      const implies = [option.severity === undefined ? "" : `-> ${severityLabel(option.severity, view.names)}`, option.declare === true ? "declare" : ""].filter(Boolean).join(", ");
      lines.push(`  ${option.id.padEnd(width)}  ${option.label}${implies === "" ? "" : `  (${implies})`}`);
    }
    lines.push("");
  });
  lines.push(`Answer with flags to get a suggestion, e.g. fireline triage ${view.flags.slice(0, 2).map((flag) => flag.replace(/ <([^|>]+)[^>]*>$/, " $1")).join(" ")}`);
  return `${lines.join("\n")}\n`;
}

/** The suggestion and why: which answers implied it, whether to declare, what is still unanswered. */
export function renderSuggestion(suggestion: TriageSuggestion, names: ReadonlyMap<string, string>): string {
  const severity = suggestion.severity === undefined ? "none (the severity table is empty)" : severityLabel(suggestion.severity, names);
  const lines = [`Suggested severity: ${severity}`];
  if (suggestion.reasons.length === 0) lines.push("  because no answer implies a higher one (the default)");
  suggestion.reasons.forEach((reason, index) => {
    const label = reason.label.toLowerCase() === reason.option.replaceAll("_", " ") ? "" : ` (${reason.label})`;
    lines.push(`  ${index === 0 ? "because" : "    and"} ${answerText(reason)}${label}`);
  });
  lines.push(
    suggestion.declare
      ? `Declare an incident: yes, because ${suggestion.declareReasons.map(answerText).join("; ")}`
      : "Declare an incident: no answer says so (customers, the customer SLA or users affected)",
  );
  if (suggestion.unanswered.length > 0) lines.push(`Not answered: ${suggestion.unanswered.join(", ")}`);
  return `${lines.join("\n")}\n`;
}

function answerText(reason: TriageReason): string {
  return `${reason.question} is ${reason.option}`;
}

function severityLabel(id: string, names: ReadonlyMap<string, string>): string {
  const name = names.get(id);
  return name === undefined ? id : `${id} (${name})`;
}
