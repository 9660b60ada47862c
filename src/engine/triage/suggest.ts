import type { SeverityPolicyFile } from "../../schema/severity-policy.js";
import type { TriagePolicy } from "../../schema/triage-policy.js";
import { defaultTriage } from "./default-triage.js";

/** Answers by question id: `{ impact: "total_outage", security_breach: "yes" }`. */
export type TriageAnswers = Readonly<Record<string, string>>;

/** One answer that pushed the suggestion. */
export interface TriageReason {
  question: string;
  option: string;
  /** The answer's label, as the question offers it. */
  label: string;
  /** The severity the answer implies, if any. */
  severity?: string;
}

export interface TriageSuggestion {
  /** The most severe level any answer implies, else the default; undefined only for an empty severity table. */
  severity: string | undefined;
  /** The answers that imply the suggested severity; empty when it is the default. */
  reasons: TriageReason[];
  /** Whether some answer says an incident should be declared. */
  declare: boolean;
  declareReasons: TriageReason[];
  /** Questions without an answer, in the policy's order. */
  unanswered: string[];
}

/** The workspace's triage questions: its own triage: section, else the seeds' defaults. */
export function triagePolicy(policy: SeverityPolicyFile | undefined): TriagePolicy {
  const ids = Object.keys(policy?.severities ?? {});
  return policy?.triage ?? defaultTriage(ids);
}

/**
 * The severity the answers suggest: the most severe one any answer implies (severities are
 * ordered most severe first), with the answers that imply it as the reasons. Answers to
 * unknown questions or options are ignored here; checkAnswers reports them.
 */
export function suggestSeverity(policy: TriagePolicy, severityOrder: readonly string[], answers: TriageAnswers): TriageSuggestion {
  const given: TriageReason[] = [];
  const unanswered: string[] = [];
  for (const question of policy.questions) {
    const answer = Object.hasOwn(answers, question.id) ? answers[question.id] : undefined;
    const option = question.options.find((candidate) => candidate.id === answer);
    if (!option) {
      unanswered.push(question.id);
      continue;
    }
    given.push({ question: question.id, option: option.id, label: option.label, ...(option.severity === undefined ? {} : { severity: option.severity }) });
  }
  const rank = (severity: string | undefined) => (severity === undefined ? -1 : severityOrder.indexOf(severity));
  const implied = given.filter((reason) => rank(reason.severity) >= 0);
  const best = implied.reduce<number | undefined>((top, reason) => (top === undefined || rank(reason.severity) < top ? rank(reason.severity) : top), undefined);
  const declareReasons = given.filter((reason) => policy.questions.some((q) => q.id === reason.question && q.options.some((o) => o.id === reason.option && o.declare === true)));
  return {
    severity: best === undefined ? (policy.default_severity ?? severityOrder.at(-1)) : severityOrder[best],
    reasons: best === undefined ? [] : implied.filter((reason) => rank(reason.severity) === best),
    declare: declareReasons.length > 0,
    declareReasons,
    unanswered,
  };
}
