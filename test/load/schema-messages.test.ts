import { describe, expect, it } from "vitest";
import { diagnosticsFor, edit } from "../helpers/minimal-workspace.js";

const INCIDENT = "incidents/2026-03-03-api-errors/incident.yaml";

async function incidentWith(replacements: [string, string][]) {
  return diagnosticsFor({ [INCIDENT]: edit(INCIDENT, replacements) });
}

describe("schema errors are rewritten for people", () => {
  it("points at an unknown key and suggests the key that was meant", async () => {
    const diagnostics = await incidentWith([["severity: sev2", "serverity: sev2"]]);
    // One mistake, one message: the "missing severity" that follows from the typo is not reported.
    expect(diagnostics.map((x) => x.code)).toEqual(["FL-202"]);
    const d = diagnostics[0];
    expect(d).toMatchObject({ code: "FL-202", line: 2, column: 1, message: "unknown key 'serverity' at the top level; did you mean 'severity'?" });
    expect(d?.hint).toContain("Allowed keys: title, summary, severity");
  });

  it("names the allowed values and the closest one for a wrong status", async () => {
    const [d] = await incidentWith([["status: resolved", "status: resolvd"]]);
    expect(d).toMatchObject({
      code: "FL-204",
      line: 3,
      column: 9,
      message: "status must be one of investigating, identified, monitoring, resolved, got 'resolvd'",
      hint: "Did you mean 'resolved'?",
    });
  });

  it("says a timestamp lacks its offset and shows how to add one", async () => {
    const [d] = await incidentWith([["detected_at: 2026-03-03T09:15:00Z", "detected_at: 2026-03-03T09:15:00"]]);
    expect(d).toMatchObject({
      code: "FL-206",
      line: 10,
      column: 14,
      message: "detected_at '2026-03-03T09:15:00' has no UTC offset, so it could be any of 24 instants",
      hint: "Add Z for UTC or the local offset: 2026-03-03T09:15:00Z or 2026-03-03T09:15:00+01:00.",
    });
  });

  it("names the list item in a nested path", async () => {
    const [d] = await incidentWith([["  - at: 2026-03-03T10:40:00Z", "  - at: yesterday"]]);
    expect(d).toMatchObject({ code: "FL-205", line: 19, column: 9, message: "updates[1].at must be a timestamp with an offset such as 2026-03-03T09:12:00Z, got 'yesterday'" });
  });

  it("still reports a missing key when the unknown key next to it is not a typo of it", async () => {
    const diagnostics = await incidentWith([["severity: sev2", "priority: sev2"]]);
    expect(diagnostics.map((x) => `${x.code} ${x.message}`)).toEqual(["FL-203 missing required key 'severity'", "FL-202 unknown key 'priority' at the top level"]);
  });

  it("reports a missing required key at the mapping that lacks it", async () => {
    const [d] = await incidentWith([["    message: The issue is resolved.\n", ""]]);
    expect(d).toMatchObject({ code: "FL-203", line: 19, column: 5, message: "missing required key 'message' in updates[1]" });
  });

  it("suggests the IANA zone for a misspelt time zone", async () => {
    const [d] = await diagnosticsFor({ "people.yaml": edit("people.yaml", [["time_zone: America/New_York", "time_zone: America/New_Yrok"]]) });
    expect(d).toMatchObject({ code: "FL-205", line: 13, column: 16, message: "people.bob.time_zone 'America/New_Yrok' is not an IANA time zone; did you mean 'America/New_York'?" });
  });

  it("explains the id format when a map key is not a valid id", async () => {
    const [d] = await diagnosticsFor({ "people.yaml": edit("people.yaml", [["  bob:\n", "  Bob Smith:\n"]]) });
    expect(d?.code).toBe("FL-205");
    expect(d?.message).toBe("'Bob Smith' in people is not a valid key: it must be an id: lower-case letters, digits, - and _, starting with a letter or digit (e.g. payments-api)");
    expect([d?.line, d?.column]).toEqual([10, 3]);
  });

  it("explains the duration format", async () => {
    const [d] = await diagnosticsFor({
      "policies/escalation.yaml": edit("policies/escalation.yaml", [["escalate_after: 5m", "escalate_after: 5 minutes"]]),
    });
    expect(d).toMatchObject({ code: "FL-205", message: "escalation_policies.core-critical.levels[0].escalate_after must be a duration such as 5m, 4h, 2d or 1w, got '5 minutes'" });
  });
});
