import { describe, expect, it } from "vitest";
import { diagnosticsFor, edit, summarize } from "../helpers/minimal-workspace.js";

const INCIDENT = "incidents/2026-03-03-api-errors/incident.yaml";
const SEVERITY = "policies/severity.yaml";
const NO_ROLES: [string, string] = ["roles:\n  commander: alice\n", ""];

describe("missing-required-role (FL-406)", () => {
  it("reports a sev2 incident without roles, at the severity key", async () => {
    const diagnostics = await diagnosticsFor({ [INCIDENT]: edit(INCIDENT, [NO_ROLES]) });
    expect(summarize(diagnostics)).toEqual([`FL-406 ${INCIDENT}:2:1 a sev2 incident needs roles.commander, and none is assigned`]);
    expect(diagnostics[0]?.severity).toBe("error");
    expect(diagnostics[0]?.rule).toBe("missing-required-role");
    expect(diagnostics[0]?.hint).toBe("Add roles.commander: <handle> (policies/severity.yaml lists the roles each severity requires).");
  });

  it("reports a sev1 incident whose roles name everyone but a commander, at the roles key", async () => {
    const diagnostics = await diagnosticsFor({
      [INCIDENT]: edit(INCIDENT, [
        ["severity: sev2", "severity: sev1"],
        ["  commander: alice\n", "  communications: alice\n  scribe: bob\n"],
      ]),
    });
    expect(summarize(diagnostics)).toEqual([`FL-406 ${INCIDENT}:7:1 a sev1 incident needs roles.commander, and none is assigned`]);
  });

  it("reports an empty roles mapping at the roles key", async () => {
    const diagnostics = await diagnosticsFor({ [INCIDENT]: edit(INCIDENT, [["roles:\n  commander: alice\n", "roles: {}\n"]]) });
    expect(summarize(diagnostics)).toEqual([`FL-406 ${INCIDENT}:7:1 a sev2 incident needs roles.commander, and none is assigned`]);
  });

  it.each(["sev3", "sev4"])("accepts a %s incident without roles, since that severity requires none", async (severity) => {
    const diagnostics = await diagnosticsFor({ [INCIDENT]: edit(INCIDENT, [["severity: sev2", `severity: ${severity}`], NO_ROLES]) });
    expect(summarize(diagnostics)).toEqual([]);
  });

  it("reports each required role that is missing, from the workspace's own severity table", async () => {
    const diagnostics = await diagnosticsFor({
      [SEVERITY]: edit(SEVERITY, [["    update_cadence: 1h\n    required_roles: [commander]", "    update_cadence: 1h\n    required_roles: [commander, communications, scribe]"]]),
      [INCIDENT]: edit(INCIDENT, [["  commander: alice\n", "  commander: alice\n  operations: bob\n"]]),
    });
    expect(summarize(diagnostics)).toEqual([
      `FL-406 ${INCIDENT}:7:1 a sev2 incident needs roles.communications, and none is assigned`,
      `FL-406 ${INCIDENT}:7:1 a sev2 incident needs roles.scribe, and none is assigned`,
    ]);
  });

  it("requires nothing of a severity without required_roles", async () => {
    const diagnostics = await diagnosticsFor({
      [SEVERITY]: edit(SEVERITY, [["    update_cadence: 1h\n    required_roles: [commander]\n", "    update_cadence: 1h\n"]]),
      [INCIDENT]: edit(INCIDENT, [NO_ROLES]),
    });
    expect(summarize(diagnostics)).toEqual([]);
  });

  it("checks no roles when policies/severity.yaml is missing", async () => {
    const diagnostics = await diagnosticsFor({ [SEVERITY]: null, [INCIDENT]: edit(INCIDENT, [NO_ROLES]) });
    expect(summarize(diagnostics)).toEqual([`FL-111 ${SEVERITY}:1:1 ${SEVERITY} is missing; every workspace needs one`]);
  });

  it("checks no roles for a severity that is not in the table; that is unknown-severity's report", async () => {
    const diagnostics = await diagnosticsFor({ [INCIDENT]: edit(INCIDENT, [["severity: sev2", "severity: constructor"], NO_ROLES]) });
    expect(diagnostics.map((d) => `${d.code} ${d.file}:${d.line}:${d.column}`)).toEqual([`FL-303 ${INCIDENT}:2:11`]);
  });
});
