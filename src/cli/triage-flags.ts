import { checkAnswers } from "../engine/triage/check-answers.js";
import { didYouMean } from "../load/did-you-mean.js";
import type { TriageAnswers } from "../engine/triage/suggest.js";
import type { TriagePolicy } from "../schema/triage-policy.js";
import { UsageError } from "./io.js";

/** One `--question [answer]` flag as typed, before the policy says whether it means anything. */
export interface AnswerFlag {
  /** The flag as typed, for messages: --security-breach. */
  flag: string;
  question: string;
  answer?: string;
  negated: boolean;
}

/**
 * Triage answers come as flags named after the policy's questions, which commander cannot
 * know in advance: `--impact total_outage`, `--impact=total_outage`, `--security-breach`
 * (yes) and `--no-security-breach` (no). Dashes in a flag stand for underscores in the id.
 */
export function readAnswerFlags(tokens: readonly string[]): AnswerFlag[] {
  const flags: AnswerFlag[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] ?? "";
    if (!token.startsWith("--") || token === "--") throw new UsageError(`unexpected argument '${token}'`, "Triage answers are flags: --impact total_outage --security-breach.");
    const [name = "", ...value] = token.slice(2).split("=");
    const negated = name.startsWith("no-");
    const question = (negated ? name.slice(3) : name).replaceAll("-", "_");
    let answer: string | undefined = value.length > 0 ? value.join("=") : undefined;
    const next = tokens[i + 1];
    if (answer === undefined && !negated && next !== undefined && !next.startsWith("--")) {
      answer = next;
      i++;
    }
    flags.push({ flag: `--${name}`, question, negated, ...(answer === undefined ? {} : { answer }) });
  }
  return flags;
}

/** The answers the flags give, checked against the policy: a bare flag means yes, --no-… means no. */
export function answersFromFlags(flags: readonly AnswerFlag[], policy: TriagePolicy): TriageAnswers {
  const answers: Record<string, string> = {};
  for (const flag of flags) {
    const question = policy.questions.find((candidate) => candidate.id === flag.question);
    if (!question) {
      const guess = didYouMean(flag.question, policy.questions.map((candidate) => candidate.id));
      throw new UsageError(
        `unknown option '${flag.flag}': not an option of this command nor a triage question${guess === undefined ? "" : `; did you mean '--${guess.replaceAll("_", "-")}'?`}`,
        `Triage questions: ${flagSyntax(policy).join(" ")}; --help lists the other options.`,
      );
    }
    const answer = flag.answer ?? (flag.negated ? "no" : "yes");
    const offered = question.options.map((option) => option.id);
    if (flag.answer === undefined && !offered.includes(answer)) {
      throw new UsageError(`${flag.flag} needs an answer: one of ${offered.join(", ")}`, `For example ${flag.flag} ${offered[0] ?? ""}.`);
    }
    const problem = checkAnswers(policy, { [flag.question]: answer })[0];
    if (problem !== undefined) throw new UsageError(`${flag.flag}: ${problem}`, "fireline triage lists the questions and their answers.");
    answers[flag.question] = answer;
  }
  return answers;
}

/** "--impact <answer>", "--security-breach": how each question is answered on the command line. */
export function flagSyntax(policy: TriagePolicy): string[] {
  return policy.questions.map((question) => {
    const flag = `--${question.id.replaceAll("_", "-")}`;
    const ids = question.options.map((option) => option.id);
    return ids.length === 2 && ids.includes("yes") && ids.includes("no") ? flag : `${flag} <${ids.join("|")}>`;
  });
}
