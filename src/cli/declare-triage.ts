import type { TriageAnswers, TriageSuggestion } from "../engine/triage/suggest.js";
import { suggestSeverity } from "../engine/triage/suggest.js";
import { renderSuggestion } from "../render/triage-text.js";
import { UsageError, type CliIo } from "./io.js";
import { answersFromFlags, flagSyntax, readAnswerFlags } from "./triage-flags.js";
import { askTriage } from "./triage-prompt.js";
import { triageContext } from "./triage-run.js";

export interface DeclareTriage {
  /** The severity to declare with: --severity, else the suggestion. */
  severity: string;
  answers: TriageAnswers;
  suggestion: TriageSuggestion;
  /** The suggestion and why, for the terminal. */
  text: string;
}

/**
 * The triage part of `fireline incident declare`: answers from flags, else asked on a terminal
 * when there is no --severity. Without a terminal, without --severity and without answers it
 * is a usage error that names both ways to say how severe the incident is.
 */
export async function declareTriage(io: CliIo, dir: string, tokens: readonly string[], severity: string | undefined): Promise<DeclareTriage> {
  const flags = readAnswerFlags(tokens);
  const context = await triageContext(io, dir);
  let answers: TriageAnswers;
  if (flags.length > 0) answers = answersFromFlags(flags, context.policy);
  else if (io.stdin?.isTTY === true && severity === undefined) answers = await askTriage(context.policy, io.stdin, io.stderr);
  else {
    throw new UsageError(
      "say how severe the incident is: --severity <id>, or the triage answers as flags",
      `For example --severity ${context.order[1] ?? context.order[0] ?? "sev2"}, or ${flagSyntax(context.policy).join(" ")} (fireline triage lists the questions). In a terminal, fireline asks them.`,
    );
  }
  const suggestion = suggestSeverity(context.policy, context.order, answers);
  const chosen = severity ?? suggestion.severity;
  if (chosen === undefined) throw new UsageError("no severity to declare with: policies/severity.yaml defines none");
  const differs = severity !== undefined && severity !== suggestion.severity ? `Declared as ${severity} (--severity), not the suggested ${suggestion.severity ?? "none"}\n` : "";
  return { severity: chosen, answers, suggestion, text: `${renderSuggestion(suggestion, context.names)}${differs}` };
}
