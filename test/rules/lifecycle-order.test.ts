import { describe, expect, it } from "vitest";
import { diagnosticsFor, edit, summarize } from "../helpers/minimal-workspace.js";

const INCIDENT = "incidents/2026-03-03-api-errors/incident.yaml";

/** The minimal incident with some of its lifecycle lines replaced (`key: value`) or removed (""). */
function lifecycle(changes: Record<string, string>): Record<string, string> {
  const original: Record<string, string> = {
    started_at: "started_at: 2026-03-03T09:12:00Z\n",
    detected_at: "detected_at: 2026-03-03T09:15:00Z\n",
    acknowledged_at: "acknowledged_at: 2026-03-03T09:17:00Z\n",
    mitigated_at: "mitigated_at: 2026-03-03T10:02:00Z\n",
    resolved_at: "resolved_at: 2026-03-03T10:40:00Z\n",
  };
  const replacements = Object.entries(changes).map(([key, value]): [string, string] => [original[key] ?? key, value === "" ? "" : `${key}: ${value}\n`]);
  return { [INCIDENT]: edit(INCIDENT, replacements) };
}

describe("lifecycle-order (FL-403)", () => {
  it("reports detected_at before started_at, at detected_at", async () => {
    const diagnostics = await diagnosticsFor(lifecycle({ detected_at: "2026-03-03T09:10:00Z" }));
    expect(summarize(diagnostics)).toEqual([`FL-403 ${INCIDENT}:10:14 detected_at 2026-03-03T09:10:00Z is before started_at 2026-03-03T09:12:00Z`]);
    expect(diagnostics[0]?.severity).toBe("error");
    expect(diagnostics[0]?.rule).toBe("lifecycle-order");
    expect(diagnostics[0]?.hint).toBe("Lifecycle timestamps run started ≤ detected ≤ acknowledged ≤ mitigated ≤ resolved.");
  });

  it("reports acknowledged_at before detected_at", async () => {
    const diagnostics = await diagnosticsFor(lifecycle({ acknowledged_at: "2026-03-03T09:14:00Z" }));
    expect(summarize(diagnostics)).toEqual([`FL-403 ${INCIDENT}:11:18 acknowledged_at 2026-03-03T09:14:00Z is before detected_at 2026-03-03T09:15:00Z`]);
  });

  it("reports mitigated_at before acknowledged_at", async () => {
    const diagnostics = await diagnosticsFor(lifecycle({ mitigated_at: "2026-03-03T09:16:00Z" }));
    expect(summarize(diagnostics)).toEqual([`FL-403 ${INCIDENT}:12:15 mitigated_at 2026-03-03T09:16:00Z is before acknowledged_at 2026-03-03T09:17:00Z`]);
  });

  it("reports resolved_at before mitigated_at", async () => {
    const diagnostics = await diagnosticsFor(lifecycle({ resolved_at: "2026-03-03T10:00:00Z" }));
    expect(summarize(diagnostics)).toEqual([`FL-403 ${INCIDENT}:13:14 resolved_at 2026-03-03T10:00:00Z is before mitigated_at 2026-03-03T10:02:00Z`]);
  });

  it("accepts equal consecutive timestamps", async () => {
    const diagnostics = await diagnosticsFor(
      lifecycle({ detected_at: "2026-03-03T09:12:00Z", acknowledged_at: "2026-03-03T09:12:00Z", mitigated_at: "2026-03-03T10:40:00Z" }),
    );
    expect(summarize(diagnostics)).toEqual([]);
  });

  it("skips a missing optional timestamp", async () => {
    expect(summarize(await diagnosticsFor(lifecycle({ detected_at: "", mitigated_at: "" })))).toEqual([]);
  });

  it("accepts an incident with only started_at", async () => {
    const diagnostics = await diagnosticsFor({
      [INCIDENT]: edit(INCIDENT, [
        ["detected_at: 2026-03-03T09:15:00Z\nacknowledged_at: 2026-03-03T09:17:00Z\nmitigated_at: 2026-03-03T10:02:00Z\nresolved_at: 2026-03-03T10:40:00Z\n", ""],
        ["status: resolved\npublic", "status: monitoring\npublic"],
        ["    status: resolved", "    status: monitoring"],
      ]),
    });
    expect(summarize(diagnostics)).toEqual([]);
  });

  it("compares across a missing timestamp with the one before it", async () => {
    const diagnostics = await diagnosticsFor(lifecycle({ detected_at: "", acknowledged_at: "2026-03-03T09:11:00Z" }));
    expect(summarize(diagnostics)).toEqual([`FL-403 ${INCIDENT}:10:18 acknowledged_at 2026-03-03T09:11:00Z is before started_at 2026-03-03T09:12:00Z`]);
  });

  it("compares instants, not the wall-clock times written in different offsets", async () => {
    // 10:10+01:00 is 09:10Z, two minutes before the start; 10:14+01:00 (09:14Z) is after it.
    expect(summarize(await diagnosticsFor(lifecycle({ detected_at: "2026-03-03T10:14:00+01:00" })))).toEqual([]);
    expect(summarize(await diagnosticsFor(lifecycle({ detected_at: "2026-03-03T10:10:00+01:00" })))).toEqual([
      `FL-403 ${INCIDENT}:10:14 detected_at 2026-03-03T10:10:00+01:00 is before started_at 2026-03-03T09:12:00Z`,
    ]);
  });

  it("reports the step after a timestamp that is too late, since that is where the order breaks", async () => {
    const diagnostics = await diagnosticsFor(lifecycle({ detected_at: "2026-03-03T09:50:00Z" }));
    expect(summarize(diagnostics)).toEqual([`FL-403 ${INCIDENT}:11:18 acknowledged_at 2026-03-03T09:17:00Z is before detected_at 2026-03-03T09:50:00Z`]);
  });

  it("reports each break in the order when there are several", async () => {
    const diagnostics = await diagnosticsFor(lifecycle({ detected_at: "2026-03-03T09:00:00Z", resolved_at: "2026-03-03T10:00:00Z" }));
    expect(summarize(diagnostics)).toEqual([
      `FL-403 ${INCIDENT}:10:14 detected_at 2026-03-03T09:00:00Z is before started_at 2026-03-03T09:12:00Z`,
      `FL-403 ${INCIDENT}:13:14 resolved_at 2026-03-03T10:00:00Z is before mitigated_at 2026-03-03T10:02:00Z`,
    ]);
  });
});
