import { describe, expect, it } from "vitest";
import { currentStatuses, overallStatus } from "../../src/engine/status/current-status.js";
import { impactSegments } from "../../src/engine/status/impact-segments.js";
import { maintenancePhase } from "../../src/engine/status/maintenance-phase.js";
import { incident, maintenance, t, update } from "./builders.js";

const NOW = t("2026-04-01T06:30:00Z");
const window = maintenance({ impacts: { db: "degraded_performance", web: "operational" }, starts: "2026-04-01T06:00:00Z", ends: "2026-04-01T07:00:00Z" });

describe("maintenance phases", () => {
  it("come from the clock alone: scheduled, in progress, completed", () => {
    expect(maintenancePhase(window, t("2026-04-01T05:59:59Z"))).toBe("scheduled");
    expect(maintenancePhase(window, t("2026-04-01T06:00:00Z"))).toBe("in_progress");
    expect(maintenancePhase(window, t("2026-04-01T07:00:00Z"))).toBe("completed");
  });
});

describe("current component statuses", () => {
  it("take the worst status of the incidents still affecting each component", () => {
    const open = [
      incident({ id: "a", impacts: { api: "degraded_performance" }, started: "2026-04-01T05:00:00Z", updates: [update("2026-04-01T05:10:00Z", "investigating")] }),
      incident({ id: "b", impacts: { api: "major_outage" }, started: "2026-04-01T06:00:00Z", updates: [update("2026-04-01T06:05:00Z", "identified")] }),
      incident({ id: "c", impacts: { web: "major_outage" }, started: "2026-04-01T01:00:00Z", resolved: "2026-04-01T02:00:00Z" }),
    ];
    const statuses = currentStatuses(["api", "web"], open.flatMap((i) => impactSegments(i, NOW)), [], NOW);
    expect(Object.fromEntries(statuses)).toEqual({ api: "major_outage", web: "operational" });
  });

  it("are under maintenance during a window that expects impact, and operational when it expects none", () => {
    const statuses = currentStatuses(["db", "web"], [], [window], NOW);
    expect(Object.fromEntries(statuses)).toEqual({ db: "under_maintenance", web: "operational" });
  });

  it("show an incident's impact over maintenance on the same component", () => {
    const outage = incident({ impacts: { db: "partial_outage" }, started: "2026-04-01T06:10:00Z", updates: [update("2026-04-01T06:15:00Z", "investigating")] });
    expect(currentStatuses(["db"], impactSegments(outage, NOW), [window], NOW).get("db")).toBe("partial_outage");
  });
});

describe("the overall status", () => {
  it("is the worst component status, with maintenance below any impact", () => {
    expect(overallStatus(["operational", "operational"])).toBe("operational");
    expect(overallStatus(["under_maintenance", "operational"])).toBe("under_maintenance");
    expect(overallStatus(["under_maintenance", "degraded_performance"])).toBe("degraded_performance");
    expect(overallStatus(["degraded_performance", "major_outage", "partial_outage"])).toBe("major_outage");
  });
});
