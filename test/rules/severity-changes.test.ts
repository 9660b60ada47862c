import { Temporal } from "temporal-polyfill";
import { describe, expect, it } from "vitest";
import { validateWorkspace } from "../../src/commands/validate.js";
import { diagnosticsFor, edit, summarize, workspaceWith } from "../helpers/minimal-workspace.js";

const INCIDENT = "incidents/2026-03-03-api-errors/incident.yaml";
const FIRST_UPDATE = "    message: We are investigating elevated API errors.\n";

/** The minimal sev2 incident with a severity change on its first update (09:20). */
function changed(from: string, to: string, severity = to, extra: [string, string][] = []): string {
  return edit(INCIDENT, [
    ["severity: sev2", `severity: ${severity}`],
    [FIRST_UPDATE, `${FIRST_UPDATE}    severity_change: { from: ${from}, to: ${to} }\n`],
    ...extra,
  ]);
}

describe("severity changes (FL-435 to FL-437)", () => {
  it("accepts a change from the declared severity to the current one", async () => {
    expect(summarize(await diagnosticsFor({ [INCIDENT]: changed("sev3", "sev2") }))).toEqual([]);
  });

  it("reports a change naming an unknown severity, at the value", async () => {
    expect(summarize(await diagnosticsFor({ [INCIDENT]: changed("sev9", "sev2") }))).toEqual([
      `FL-435 ${INCIDENT}:19:30 severity_change.from 'sev9' is not a severity; known: sev1, sev2, sev3, sev4`,
    ]);
  });

  it("reports a current severity that is not the last change's", async () => {
    expect(summarize(await diagnosticsFor({ [INCIDENT]: changed("sev3", "sev1", "sev2") }))).toEqual([
      `FL-436 ${INCIDENT}:2:11 severity is sev2, but the last severity change made it sev1`,
    ]);
  });

  it("reports a change that does not start from the severity the previous one left", async () => {
    const twice = changed("sev3", "sev1", "sev2", [["    message: The issue is resolved.\n", "    message: The issue is resolved.\n    severity_change: { from: sev3, to: sev2 }\n"]]);
    expect(summarize(await diagnosticsFor({ [INCIDENT]: twice }))).toEqual([
      `FL-436 ${INCIDENT}:24:30 this change starts from sev3, but the previous change made the incident sev1`,
    ]);
  });

  it("reports a change dated after the incident was resolved", async () => {
    const late = edit(INCIDENT, [
      ["  - at: 2026-03-03T10:40:00Z\n    status: resolved\n    public: true\n    message: The issue is resolved.\n", "  - at: 2026-03-03T10:40:00Z\n    status: resolved\n    public: true\n    message: The issue is resolved.\n  - at: 2026-03-03T11:00:00Z\n    status: resolved\n    message: Re-classified.\n    severity_change: { from: sev3, to: sev2 }\n"],
    ]);
    expect(summarize(await diagnosticsFor({ [INCIDENT]: late }))).toEqual([
      `FL-437 ${INCIDENT}:23:9 the severity changed at 2026-03-03T11:00:00Z, outside the incident (2026-03-03T09:12:00Z to 2026-03-03T10:40:00Z)`,
    ]);
  });

  it("makes a sev2 incident raised from nothing to sev1 and back owe the sev1 postmortem", async () => {
    const raised = changed("sev2", "sev1", "sev2", [["    message: The issue is resolved.\n", "    message: The issue is resolved.\n    severity_change: { from: sev1, to: sev2 }\n"]]);
    const result = await validateWorkspace(workspaceWith({ [INCIDENT]: raised }), { now: Temporal.Instant.from("2026-03-11T09:00:00Z") });
    if (!result.ok) throw new Error("not a workspace");
    expect(summarize(result.diagnostics)).toEqual([
      `FL-701 ${INCIDENT}:13:1 a sev1 incident needs a postmortem within 5 business days of resolution; it was due 2026-03-10, 1 business day ago, and incidents/2026-03-03-api-errors/postmortem.md does not exist`,
    ]);
  });
});
