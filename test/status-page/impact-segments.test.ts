import { describe, expect, it } from "vitest";
import { impactSegments } from "../../src/engine/status/impact-segments.js";
import { describeSegments, incident, t, update } from "./builders.js";

const NOW = t("2026-03-04T00:00:00Z");

describe("impact segments of one incident", () => {
  it("hold the stated impact from started_at to mitigated_at when no update names a component", () => {
    const segments = impactSegments(incident({ impacts: { api: "partial_outage" }, started: "2026-03-03T09:00:00Z", mitigated: "2026-03-03T10:00:00Z", resolved: "2026-03-03T11:00:00Z" }), NOW);
    expect(describeSegments(segments)).toEqual(["api partial_outage 2026-03-03T09:00..2026-03-03T10:00"]);
  });

  it("backdate the first status an update gives a component to started_at, then follow later updates", () => {
    const segments = impactSegments(
      incident({
        impacts: { api: "partial_outage" },
        started: "2026-03-03T09:00:00Z",
        resolved: "2026-03-03T11:00:00Z",
        updates: [
          update("2026-03-03T09:20:00Z", "investigating", { api: "degraded_performance" }),
          update("2026-03-03T09:45:00Z", "identified", { api: "partial_outage" }),
          update("2026-03-03T10:02:00Z", "monitoring", { api: "operational" }),
          update("2026-03-03T11:00:00Z", "resolved"),
        ],
      }),
      NOW,
    );
    expect(describeSegments(segments)).toEqual([
      "api degraded_performance 2026-03-03T09:00..2026-03-03T09:45",
      "api partial_outage 2026-03-03T09:45..2026-03-03T10:02",
    ]);
  });

  it("keep a component impaired past mitigated_at when an update after it still says so", () => {
    const segments = impactSegments(
      incident({
        impacts: { api: "major_outage", payouts: "partial_outage" },
        started: "2026-08-05T12:14:00Z",
        mitigated: "2026-08-05T12:58:00Z",
        resolved: "2026-08-05T15:20:00Z",
        updates: [
          update("2026-08-05T12:24:00Z", "investigating", { api: "major_outage" }),
          update("2026-08-05T12:58:00Z", "monitoring", { api: "operational", payouts: "degraded_performance" }),
          update("2026-08-05T13:28:00Z", "monitoring", { payouts: "operational" }),
        ],
      }),
      t("2026-09-01T00:00:00Z"),
    );
    expect(describeSegments(segments)).toEqual([
      "api major_outage 2026-08-05T12:14..2026-08-05T12:58",
      "payouts degraded_performance 2026-08-05T12:14..2026-08-05T13:28",
    ]);
  });

  it("run an open incident to now and mark it ongoing", () => {
    const segments = impactSegments(
      incident({ impacts: { api: "degraded_performance" }, started: "2026-03-03T22:00:00Z", updates: [update("2026-03-03T22:10:00Z", "identified")] }),
      NOW,
    );
    expect(describeSegments(segments)).toEqual(["api degraded_performance 2026-03-03T22:00..2026-03-04T00:00 ongoing"]);
  });

  it("end at mitigated_at for an incident still in monitoring, so the component is operational again", () => {
    const segments = impactSegments(
      incident({
        impacts: { hooks: "degraded_performance" },
        started: "2026-03-03T14:05:00Z",
        mitigated: "2026-03-03T16:40:00Z",
        updates: [update("2026-03-03T14:30:00Z", "investigating", { hooks: "degraded_performance" }), update("2026-03-03T16:40:00Z", "monitoring")],
      }),
      NOW,
    );
    expect(segments.map((s) => s.ongoing)).toEqual([false]);
    expect(describeSegments(segments)).toEqual(["hooks degraded_performance 2026-03-03T14:05..2026-03-03T16:40"]);
  });

  it("count nothing for a component whose only stated impact is operational", () => {
    expect(impactSegments(incident({ impacts: { web: "operational" }, started: "2026-03-03T09:00:00Z", resolved: "2026-03-03T10:00:00Z" }), NOW)).toEqual([]);
  });
});
