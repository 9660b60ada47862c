import { describe, expect, it } from "vitest";
import { highestSeverity, severitiesReached } from "../../../src/engine/incident/severity-history.js";
import type { IncidentUpdate } from "../../../src/schema/incident.js";

const ORDER = ["sev1", "sev2", "sev3", "sev4"];
const change = (at: string, from: string, to: string): IncidentUpdate => ({ at, status: "investigating", message: `${from} to ${to}`, severity_change: { from, to } });

describe("severity history", () => {
  it("is the current severity alone when the incident was never re-classified", () => {
    const incident = { severity: "sev3", updates: [{ at: "2026-03-03T09:00:00Z", status: "investigating" as const, message: "m" }] };
    expect(severitiesReached(incident)).toEqual(["sev3"]);
    expect(highestSeverity(incident, ORDER)).toBe("sev3");
  });

  it("keeps the highest severity of an incident raised then lowered", () => {
    const incident = { severity: "sev3", updates: [change("2026-03-03T09:00:00Z", "sev3", "sev1"), change("2026-03-03T10:00:00Z", "sev1", "sev3")] };
    expect(severitiesReached(incident)).toEqual(["sev3", "sev1", "sev3", "sev3"]);
    expect(highestSeverity(incident, ORDER)).toBe("sev1");
  });

  it("counts the severity an incident was declared with before it was lowered", () => {
    expect(highestSeverity({ severity: "sev4", updates: [change("2026-03-03T09:00:00Z", "sev2", "sev4")] }, ORDER)).toBe("sev2");
  });

  it("ignores severities the table does not know", () => {
    expect(highestSeverity({ severity: "sev3", updates: [change("2026-03-03T09:00:00Z", "sev0", "sev3")] }, ORDER)).toBe("sev3");
  });
});
