import { describe, expect, it } from "vitest";
import { diagnosticsFor, edit, summarize } from "../helpers/minimal-workspace.js";

const INCIDENT = "incidents/2026-03-03-api-errors/incident.yaml";

function withSeverity(severity: string): string {
  return edit(INCIDENT, [["severity: sev2", `severity: ${severity}`]]);
}

describe("unknown-severity (FL-303)", () => {
  it("reports a severity that is not in policies/severity.yaml, with a suggestion", async () => {
    const diagnostics = await diagnosticsFor({ [INCIDENT]: withSeverity("sev-2") });
    expect(summarize(diagnostics)).toEqual([`FL-303 ${INCIDENT}:2:11 severity must be one of sev1, sev2, sev3, sev4, got 'sev-2'; did you mean 'sev2'?`]);
    expect(diagnostics[0]?.severity).toBe("error");
    expect(diagnostics[0]?.rule).toBe("unknown-severity");
    expect(diagnostics[0]?.hint).toBe("Severities are defined in policies/severity.yaml.");
  });

  it("suggests nothing when several severities are equally close, rather than the worst one", async () => {
    const diagnostics = await diagnosticsFor({ [INCIDENT]: withSeverity("sev5") });
    expect(summarize(diagnostics)).toEqual([`FL-303 ${INCIDENT}:2:11 severity must be one of sev1, sev2, sev3, sev4, got 'sev5'`]);
  });

  it("points to policies/severity.yaml when nothing is close enough to suggest", async () => {
    const diagnostics = await diagnosticsFor({ [INCIDENT]: withSeverity("critical") });
    expect(summarize(diagnostics)).toEqual([`FL-303 ${INCIDENT}:2:11 severity must be one of sev1, sev2, sev3, sev4, got 'critical'`]);
    expect(diagnostics[0]?.hint).toBe("Severities are defined in policies/severity.yaml.");
  });

  it("accepts every severity in the table", async () => {
    for (const severity of ["sev1", "sev2", "sev3", "sev4"]) {
      expect(summarize(await diagnosticsFor({ [INCIDENT]: withSeverity(severity) })), severity).toEqual([]);
    }
  });

  it("lists the severities of the workspace's own table, in its order", async () => {
    const diagnostics = await diagnosticsFor({
      "policies/severity.yaml": `severities:
  p1:
    name: Page
    description: Wake someone up
    response_target: 5m
    resolution_target: 4h
    update_cadence: 30m
    postmortem: { required: true }
  p2:
    name: Ticket
    description: Next business day
    response_target: business_hours
    resolution_target: 72h
    update_cadence: none
    postmortem: { required: false }
`,
    });
    expect(summarize(diagnostics)).toEqual([`FL-303 ${INCIDENT}:2:11 severity must be one of p1, p2, got 'sev2'`]);
  });

  it("does not accept a name inherited from Object.prototype as a severity", async () => {
    const diagnostics = await diagnosticsFor({ [INCIDENT]: withSeverity("constructor") });
    expect(summarize(diagnostics)).toEqual([`FL-303 ${INCIDENT}:2:11 severity must be one of sev1, sev2, sev3, sev4, got 'constructor'`]);
  });

  it("reports only the unknown severity, not a missing role for it", async () => {
    const diagnostics = await diagnosticsFor({ [INCIDENT]: withSeverity("sev0").replace("roles:\n  commander: alice\n", "") });
    expect(summarize(diagnostics)).toEqual([`FL-303 ${INCIDENT}:2:11 severity must be one of sev1, sev2, sev3, sev4, got 'sev0'`]);
  });

  it("checks no severities when policies/severity.yaml is missing, so only the missing file is reported", async () => {
    const diagnostics = await diagnosticsFor({ "policies/severity.yaml": null, [INCIDENT]: withSeverity("sev-2") });
    expect(summarize(diagnostics)).toEqual(["FL-111 policies/severity.yaml:1:1 policies/severity.yaml is missing; every workspace needs one"]);
  });

  it("checks no severities when policies/severity.yaml is not valid YAML", async () => {
    const diagnostics = await diagnosticsFor({ "policies/severity.yaml": "severities:\n  sev1: {\n", [INCIDENT]: withSeverity("sev-2") });
    expect(diagnostics.map((d) => `${d.code} ${d.file}`)).toEqual(["FL-103 policies/severity.yaml"]);
  });
});
