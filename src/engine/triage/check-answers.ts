import { didYouMean } from "../../load/did-you-mean.js";
import type { TriagePolicy } from "../../schema/triage-policy.js";
import type { TriageAnswers } from "./suggest.js";

/** Why an answer cannot be used: an unknown question, or an option the question does not offer. */
export function checkAnswers(policy: TriagePolicy, answers: TriageAnswers): string[] {
  const problems: string[] = [];
  const questionIds = policy.questions.map((question) => question.id);
  for (const [questionId, answer] of Object.entries(answers)) {
    const question = policy.questions.find((candidate) => candidate.id === questionId);
    if (!question) {
      const guess = didYouMean(questionId, questionIds);
      problems.push(`there is no triage question '${questionId}'${guess ? `; did you mean '${guess}'?` : ""} (questions: ${questionIds.join(", ")})`);
      continue;
    }
    const optionIds = question.options.map((option) => option.id);
    if (optionIds.includes(answer)) continue;
    const guess = didYouMean(answer, optionIds);
    problems.push(`'${answer}' is not an answer to ${questionId}${guess ? `; did you mean '${guess}'?` : ""} (answers: ${optionIds.join(", ")})`);
  }
  return problems;
}
