import { describe, expect, it } from "vitest";
import { diagnosticsFor, edit, summarize } from "../helpers/minimal-workspace.js";

const INCIDENT = "incidents/2026-03-03-api-errors/incident.yaml";
const FIRST = "  - at: 2026-03-03T09:20:00Z";
const SECOND = "  - at: 2026-03-03T10:40:00Z";

/** The minimal incident with its two updates' times replaced. */
function updatesAt(first: string, second = "2026-03-03T10:40:00Z"): Record<string, string> {
  return { [INCIDENT]: edit(INCIDENT, [[FIRST, `  - at: ${first}`], [SECOND, `  - at: ${second}`]]) };
}

describe("update-before-start (FL-408)", () => {
  it("reports an update dated before started_at, at the update's time", async () => {
    const diagnostics = await diagnosticsFor(updatesAt("2026-03-03T09:00:00Z"));
    expect(summarize(diagnostics)).toEqual([`FL-408 ${INCIDENT}:15:9 updates[0] at 2026-03-03T09:00:00Z is before started_at 2026-03-03T09:12:00Z`]);
    expect(diagnostics[0]?.severity).toBe("error");
    expect(diagnostics[0]?.rule).toBe("update-before-start");
    expect(diagnostics[0]?.hint).toBe("Move started_at earlier, or fix the update's time.");
  });

  it("accepts an update posted the moment the incident started", async () => {
    expect(summarize(await diagnosticsFor(updatesAt("2026-03-03T09:12:00Z")))).toEqual([]);
  });

  it("compares instants, not the wall-clock times written in different offsets", async () => {
    // 10:11+01:00 is 09:11Z, a minute before the start; 08:55-00:30 is 09:25Z, after it.
    expect(summarize(await diagnosticsFor(updatesAt("2026-03-03T10:11:00+01:00")))).toEqual([
      `FL-408 ${INCIDENT}:15:9 updates[0] at 2026-03-03T10:11:00+01:00 is before started_at 2026-03-03T09:12:00Z`,
    ]);
    expect(summarize(await diagnosticsFor(updatesAt("2026-03-03T08:55:00-00:30")))).toEqual([]);
  });
});

describe("updates-out-of-order (FL-407)", () => {
  it("reports an update older than the one listed before it, at the later-listed update", async () => {
    const diagnostics = await diagnosticsFor(updatesAt("2026-03-03T09:20:00Z", "2026-03-03T09:19:00Z"));
    expect(summarize(diagnostics)).toEqual([`FL-407 ${INCIDENT}:19:9 updates[1] at 2026-03-03T09:19:00Z is listed after updates[0] at 2026-03-03T09:20:00Z, which is later`]);
    expect(diagnostics[0]?.severity).toBe("error");
    expect(diagnostics[0]?.rule).toBe("updates-out-of-order");
    expect(diagnostics[0]?.hint).toBe("List updates oldest first.");
  });

  it("accepts two updates posted at the same instant", async () => {
    expect(summarize(await diagnosticsFor(updatesAt("2026-03-03T09:20:00Z", "2026-03-03T09:20:00Z")))).toEqual([]);
  });

  it("reports an update that is both out of order and before the start as two problems at one place", async () => {
    const diagnostics = await diagnosticsFor(updatesAt("2026-03-03T09:20:00Z", "2026-03-03T09:00:00Z"));
    expect(summarize(diagnostics)).toEqual([
      `FL-407 ${INCIDENT}:19:9 updates[1] at 2026-03-03T09:00:00Z is listed after updates[0] at 2026-03-03T09:20:00Z, which is later`,
      `FL-408 ${INCIDENT}:19:9 updates[1] at 2026-03-03T09:00:00Z is before started_at 2026-03-03T09:12:00Z`,
    ]);
  });

  it("compares each update with the latest one listed before it", async () => {
    const diagnostics = await diagnosticsFor({
      [INCIDENT]: edit(INCIDENT, [
        [
          "    message: We are investigating elevated API errors.\n",
          `    message: We are investigating elevated API errors.
  - at: 2026-03-03T09:40:00Z
    status: identified
    message: A bad deploy.
  - at: 2026-03-03T09:30:00Z
    status: identified
    message: Rolling back.
  - at: 2026-03-03T09:35:00Z
    status: monitoring
    message: Rolled back.
`,
        ],
      ]),
    });
    expect(summarize(diagnostics)).toEqual([`FL-407 ${INCIDENT}:22:9 updates[2] at 2026-03-03T09:30:00Z is listed after updates[1] at 2026-03-03T09:40:00Z, which is later`, `FL-407 ${INCIDENT}:25:9 updates[3] at 2026-03-03T09:35:00Z is listed after updates[1] at 2026-03-03T09:40:00Z, which is later`]);
  });

  it("accepts an incident without updates", async () => {
    const diagnostics = await diagnosticsFor({
      [INCIDENT]: edit(INCIDENT, [["\npublic: true\n", "\npublic: false\n"]]).replace(/updates:\n[\s\S]*$/, "updates: []\n"),
    });
    expect(summarize(diagnostics)).toEqual([]);
  });
});
