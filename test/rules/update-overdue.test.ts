import { Temporal } from "temporal-polyfill";
import { describe, expect, it } from "vitest";
import { validateWorkspace } from "../../src/commands/validate.js";
import { edit, summarize, workspaceWith } from "../helpers/minimal-workspace.js";

const INCIDENT = "incidents/2026-03-03-api-errors/incident.yaml";
/** The minimal workspace's sev2 incident, still identified; its last public update was at 09:20. */
const OPEN = edit(INCIDENT, [
  ["status: resolved\npublic", "status: identified\npublic"],
  ["mitigated_at: 2026-03-03T10:02:00Z\nresolved_at: 2026-03-03T10:40:00Z\n", ""],
  ["  - at: 2026-03-03T10:40:00Z\n    status: resolved\n    public: true\n    message: The issue is resolved.\n", "  - at: 2026-03-03T09:50:00Z\n    status: identified\n    message: Internal note.\n"],
]);

async function findings(text: string, now?: string) {
  const result = await validateWorkspace(workspaceWith({ [INCIDENT]: text }), now === undefined ? {} : { now: Temporal.Instant.from(now) });
  if (!result.ok) throw new Error("not a workspace");
  return result.diagnostics.filter((d) => d.rule === "update-overdue");
}

describe("update-overdue (FL-421)", () => {
  it("warns when a public incident's last public update is older than its severity's cadence, at that update", async () => {
    const found = await findings(OPEN, "2026-03-03T10:35:00Z");
    expect(summarize(found)).toEqual([`FL-421 ${INCIDENT}:13:9 the next public update was due 2026-03-03 10:20 UTC (sev2: every 1h) and is 15 min overdue`]);
    expect(found[0]?.severity).toBe("warning");
    expect(found[0]?.hint).toBe('Post one with `fireline incident update 2026-03-03-api-errors --message "..." --public`, or resolve the incident.');
  });

  it("does not count internal updates for a public incident", async () => {
    expect(await findings(OPEN, "2026-03-03T10:21:00Z")).toHaveLength(1);
  });

  it("says nothing while the update is not due yet", async () => {
    expect(await findings(OPEN, "2026-03-03T10:20:00Z")).toEqual([]);
  });

  it("counts any update for an internal incident", async () => {
    const internal = OPEN.replace("\npublic: true\n", "\npublic: false\n");
    expect(await findings(internal, "2026-03-03T10:45:00Z")).toEqual([]);
    expect(summarize(await findings(internal, "2026-03-03T10:51:00Z"))).toEqual([`FL-421 ${INCIDENT}:17:9 the next update was due 2026-03-03 10:50 UTC (sev2: every 1h) and is 1 min overdue`]);
  });

  it("looks no further than a day past the due time", async () => {
    expect(summarize(await findings(OPEN, "2026-03-04T10:20:00Z"))).toEqual([`FL-421 ${INCIDENT}:13:9 the next public update was due 2026-03-03 10:20 UTC (sev2: every 1h) and is 1 d overdue`]);
    expect(await findings(OPEN, "2026-03-04T10:21:00Z")).toEqual([]);
  });

  it("ignores resolved incidents, severities updated only as needed, and runs without a clock", async () => {
    expect(await findings(edit(INCIDENT, []), "2026-03-03T12:00:00Z")).toEqual([]);
    expect(await findings(OPEN.replace("severity: sev2", "severity: sev3"), "2026-03-03T12:00:00Z")).toEqual([]);
    expect(await findings(OPEN)).toEqual([]);
  });
});
