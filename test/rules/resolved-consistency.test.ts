import { describe, expect, it } from "vitest";
import { diagnosticsFor, edit, summarize } from "../helpers/minimal-workspace.js";

const INCIDENT = "incidents/2026-03-03-api-errors/incident.yaml";

/** The minimal incident with the incident's status and its latest update's status both set to `status`. */
function openIncident(status: string, replacements: [string, string][] = []): string {
  return edit(INCIDENT, [["\nstatus: resolved\n", `\nstatus: ${status}\n`], ["    status: resolved\n", `    status: ${status}\n`], ...replacements]);
}

describe("resolved-without-timestamp (FL-404)", () => {
  it("reports a resolved incident without resolved_at, at its status", async () => {
    const diagnostics = await diagnosticsFor({ [INCIDENT]: edit(INCIDENT, [["resolved_at: 2026-03-03T10:40:00Z\n", ""]]) });
    expect(summarize(diagnostics)).toEqual([`FL-404 ${INCIDENT}:3:9 the incident is resolved but has no resolved_at`]);
    expect(diagnostics[0]?.severity).toBe("error");
    expect(diagnostics[0]?.rule).toBe("resolved-without-timestamp");
    expect(diagnostics[0]?.hint).toBe("Add resolved_at: the instant the incident was resolved.");
  });

  it("accepts a resolved incident with resolved_at", async () => {
    expect(summarize(await diagnosticsFor())).toEqual([]);
  });
});

describe("timestamp-without-resolved (FL-405)", () => {
  it.each(["investigating", "identified", "monitoring"])("reports resolved_at on an incident that is %s, at resolved_at", async (status) => {
    const diagnostics = await diagnosticsFor({ [INCIDENT]: openIncident(status) });
    expect(summarize(diagnostics)).toEqual([`FL-405 ${INCIDENT}:13:14 resolved_at is set but the status is '${status}'`]);
    expect(diagnostics[0]?.severity).toBe("error");
    expect(diagnostics[0]?.rule).toBe("timestamp-without-resolved");
  });

  it.each(["investigating", "identified", "monitoring"])("accepts an incident that is %s without resolved_at", async (status) => {
    const diagnostics = await diagnosticsFor({ [INCIDENT]: openIncident(status, [["resolved_at: 2026-03-03T10:40:00Z\n", ""]]) });
    expect(summarize(diagnostics)).toEqual([]);
  });

  it("reports resolved_at wherever it is written in the file", async () => {
    const diagnostics = await diagnosticsFor({
      [INCIDENT]: `${openIncident("monitoring", [["resolved_at: 2026-03-03T10:40:00Z\n", ""]])}resolved_at: 2026-03-03T10:40:00Z\n`,
    });
    expect(summarize(diagnostics)).toEqual([`FL-405 ${INCIDENT}:22:14 resolved_at is set but the status is 'monitoring'`]);
  });
});
