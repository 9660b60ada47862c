import { describe, expect, it } from "vitest";
import { MINIMAL_WORKSPACE, diagnosticsFor, edit, summarize } from "../helpers/minimal-workspace.js";

const POLICY = "policies/severity.yaml";
const INCIDENT = "incidents/2026-03-03-api-errors/incident.yaml";

function withTriage(triage: string): string {
  return `${MINIMAL_WORKSPACE[POLICY] ?? ""}triage:\n${triage}`;
}

describe("the triage section of policies/severity.yaml (FL-430 to FL-433)", () => {
  it("accepts a well-formed triage section", async () => {
    const triage = `  default_severity: sev4
  questions:
    - id: impact
      question: What is the impact?
      options:
        - { id: total_outage, label: Total outage, severity: sev1 }
        - { id: none, label: None }
`;
    expect(summarize(await diagnosticsFor({ [POLICY]: withTriage(triage) }))).toEqual([]);
  });

  it("reports an answer naming an unknown severity at the severity, with a suggestion", async () => {
    const triage = `  questions:
    - id: impact
      question: What is the impact?
      options:
        - id: total_outage
          label: Total outage
          severity: sev-1
`;
    const diagnostics = await diagnosticsFor({ [POLICY]: withTriage(triage) });
    expect(summarize(diagnostics)).toEqual([
      `FL-430 ${POLICY}:39:21 answer 'total_outage' of question 'impact' names severity 'sev-1', which is not in severities:; did you mean 'sev1'?`,
    ]);
    expect(diagnostics[0]).toMatchObject({ severity: "error", hint: "Use one of sev1, sev2, sev3, sev4." });
  });

  it("reports a default_severity that is not in the table", async () => {
    const diagnostics = await diagnosticsFor({ [POLICY]: withTriage("  default_severity: minor\n  questions: []\n") });
    expect(summarize(diagnostics)).toEqual([`FL-430 ${POLICY}:33:21 default_severity names severity 'minor', which is not in severities:`]);
  });

  it("reports a question without answers at its options", async () => {
    const diagnostics = await diagnosticsFor({ [POLICY]: withTriage("  questions:\n    - id: impact\n      question: What is the impact?\n      options: []\n") });
    expect(summarize(diagnostics)).toEqual([`FL-431 ${POLICY}:36:16 question 'impact' offers no answers`]);
  });

  it("reports a question id used twice at the second one, and an answer id used twice in one question", async () => {
    const triage = `  questions:
    - id: impact
      question: What is the impact?
      options: [{ id: yes, label: Yes }, { id: yes, label: Also yes }]
    - id: impact
      question: Again?
      options: [{ id: no, label: No }]
`;
    const diagnostics = await diagnosticsFor({ [POLICY]: withTriage(triage) });
    expect(summarize(diagnostics)).toEqual([
      `FL-433 ${POLICY}:36:48 question 'impact' offers answer 'yes' twice`,
      `FL-432 ${POLICY}:37:11 question 'impact' is already asked by questions[0]`,
    ]);
  });
});

describe("triage answers in incident.yaml (FL-434)", () => {
  it("accepts answers the default questions offer", async () => {
    const incident = edit(INCIDENT, [["started_at:", "triage:\n  impact: significant_degradation\n  security_breach: \"no\"\nstarted_at:"]]);
    expect(summarize(await diagnosticsFor({ [INCIDENT]: incident }))).toEqual([]);
  });

  it("reports an unknown question and an answer the question does not offer, at the answer", async () => {
    const incident = edit(INCIDENT, [["started_at:", "triage:\n  impcat: total_outage\n  impact: total\nstarted_at:"]]);
    expect(summarize(await diagnosticsFor({ [INCIDENT]: incident }))).toEqual([
      `FL-434 ${INCIDENT}:10:11 triage.impcat: there is no triage question 'impcat'; did you mean 'impact'? (questions: impact, security_breach, revenue_impact, customers_affected, customer_sla_affected)`,
      `FL-434 ${INCIDENT}:11:11 triage.impact: 'total' is not an answer to impact (answers: total_outage, significant_degradation, minor_degradation, none)`,
    ]);
  });
});
