import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { defaultTriage } from "../../../src/engine/triage/default-triage.js";
import { checkAnswers } from "../../../src/engine/triage/check-answers.js";
import { suggestSeverity, triagePolicy } from "../../../src/engine/triage/suggest.js";

const ORDER = ["sev1", "sev2", "sev3", "sev4"];
const DEFAULTS = defaultTriage(ORDER);

describe("the default triage rules (seeds 002 and 004)", () => {
  it.each([
    [{ impact: "total_outage" }, "sev1", ["impact=total_outage"]],
    [{ security_breach: "yes" }, "sev1", ["security_breach=yes"]],
    [{ impact: "significant_degradation" }, "sev2", ["impact=significant_degradation"]],
    [{ revenue_impact: "yes" }, "sev2", ["revenue_impact=yes"]],
    [{ impact: "minor_degradation" }, "sev3", ["impact=minor_degradation"]],
    [{ impact: "none" }, "sev4", ["impact=none"]],
    [{}, "sev4", []],
    [{ security_breach: "no", revenue_impact: "no", customers_affected: "no" }, "sev4", []],
    [{ impact: "minor_degradation", revenue_impact: "yes" }, "sev2", ["revenue_impact=yes"]],
    [{ impact: "total_outage", security_breach: "yes" }, "sev1", ["impact=total_outage", "security_breach=yes"]],
  ])("answers %j suggest %s because of %j", (answers, severity, reasons) => {
    const suggestion = suggestSeverity(DEFAULTS, ORDER, answers);
    expect(suggestion.severity).toBe(severity);
    expect(suggestion.reasons.map((reason) => `${reason.question}=${reason.option}`)).toEqual(reasons);
  });

  it.each([
    [{ customers_affected: "yes" }, true],
    [{ customer_sla_affected: "yes" }, true],
    [{ impact: "minor_degradation" }, true],
    [{ impact: "none", customers_affected: "no", customer_sla_affected: "no" }, false],
    [{}, false],
  ])("answers %j say declare: %s (seed 002: customers or the customer SLA affected)", (answers, declare) => {
    expect(suggestSeverity(DEFAULTS, ORDER, answers).declare).toBe(declare);
  });

  it("lists the questions left unanswered in the order they are asked", () => {
    expect(suggestSeverity(DEFAULTS, ORDER, { revenue_impact: "no" }).unanswered).toEqual(["impact", "security_breach", "customers_affected", "customer_sla_affected"]);
  });

  it("takes levels by rank, so a table with other ids gets sensible defaults", () => {
    const order = ["critical", "major", "minor"];
    const policy = defaultTriage(order);
    expect(suggestSeverity(policy, order, { impact: "total_outage" }).severity).toBe("critical");
    expect(suggestSeverity(policy, order, { impact: "none" }).severity).toBe("minor");
    expect(suggestSeverity(policy, order, {}).severity).toBe("minor");
  });

  it("uses the workspace's own triage section instead of the defaults when there is one", () => {
    const own = { questions: [{ id: "pager", question: "Paged?", options: [{ id: "yes", label: "Yes", severity: "sev2" }] }] };
    const policy = triagePolicy({ severities: {}, triage: own });
    expect(policy).toBe(own);
    expect(triagePolicy(undefined).questions.map((q) => q.id)).toEqual(["impact", "security_breach", "revenue_impact", "customers_affected", "customer_sla_affected"]);
  });
});

describe("checkAnswers", () => {
  it("names an unknown question and suggests the closest one", () => {
    expect(checkAnswers(DEFAULTS, { impcat: "total_outage" })).toEqual([
      "there is no triage question 'impcat'; did you mean 'impact'? (questions: impact, security_breach, revenue_impact, customers_affected, customer_sla_affected)",
    ]);
  });

  it("names an answer the question does not offer, with the answers it does", () => {
    expect(checkAnswers(DEFAULTS, { impact: "total_outag" })).toEqual([
      "'total_outag' is not an answer to impact; did you mean 'total_outage'? (answers: total_outage, significant_degradation, minor_degradation, none)",
    ]);
    expect(checkAnswers(DEFAULTS, { impact: "none", security_breach: "yes" })).toEqual([]);
  });
});

describe("suggestSeverity properties", () => {
  const answersArb: fc.Arbitrary<Record<string, string>> = fc
    .subarray(DEFAULTS.questions)
    .chain((questions) => fc.tuple(...questions.map((question) => fc.constantFrom(...question.options.map((option) => [question.id, option.id] as const)))))
    .map((pairs) => Object.fromEntries(pairs));

  it("never suggests a severity lower than any answer implies, and a reason implies exactly the suggestion", () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const suggestion = suggestSeverity(DEFAULTS, ORDER, answers);
        const rank = ORDER.indexOf(suggestion.severity ?? "");
        expect(rank).toBeGreaterThanOrEqual(0);
        for (const question of DEFAULTS.questions) {
          const implied = question.options.find((option) => option.id === answers[question.id])?.severity;
          if (implied !== undefined) expect(rank).toBeLessThanOrEqual(ORDER.indexOf(implied));
        }
        for (const reason of suggestion.reasons) expect(reason.severity).toBe(suggestion.severity);
        if (suggestion.reasons.length === 0) expect(suggestion.severity).toBe("sev4");
      }),
    );
  });

  it("never lowers the suggestion when another answer is added", () => {
    fc.assert(
      fc.property(answersArb, answersArb, (some, more) => {
        const before = ORDER.indexOf(suggestSeverity(DEFAULTS, ORDER, some).severity ?? "");
        const after = ORDER.indexOf(suggestSeverity(DEFAULTS, ORDER, { ...more, ...some }).severity ?? "");
        expect(after).toBeLessThanOrEqual(before);
      }),
    );
  });
});
