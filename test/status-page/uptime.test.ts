import { describe, expect, it } from "vitest";
import type { ImpactSegment } from "../../src/engine/status/impact-segments.js";
import { mergeIntervals, subtract, worstSpans } from "../../src/engine/status/timeline.js";
import { componentUptime } from "../../src/engine/status/uptime.js";
import { calendarDaysEnding, startOfDate } from "../../src/engine/status/uptime-days.js";
import { describeSegments, t } from "./builders.js";

const HOUR = 3_600_000;
const segment = (status: ImpactSegment["status"], from: string, to: string): ImpactSegment => ({ component: "api", status, from: t(from), to: t(to), ongoing: false });

function uptime(segments: ImpactSegment[], options: { now?: string; days?: number; maintenance?: [string, string][]; since?: string; weight?: number } = {}) {
  const now = t(options.now ?? "2026-03-10T00:00:00Z");
  return componentUptime({
    spans: worstSpans(segments),
    maintenance: mergeIntervals((options.maintenance ?? []).map(([from, to]) => ({ from: t(from), to: t(to) }))),
    days: calendarDaysEnding(now - 1, options.days ?? 3, "UTC"),
    now,
    liveFrom: options.since === undefined ? undefined : startOfDate(options.since, "UTC"),
    partialWeight: options.weight ?? 0.3,
  });
}

describe("uptime", () => {
  it("counts a major outage as fully down", () => {
    const result = uptime([segment("major_outage", "2026-03-09T00:00:00Z", "2026-03-09T06:00:00Z")]);
    expect(result.days.map((d) => [d.date, d.kind, d.ratio])).toEqual([
      ["2026-03-07", "operational", 1],
      ["2026-03-08", "operational", 1],
      ["2026-03-09", "major_outage", 0.75],
    ]);
    expect(result.ratio).toBeCloseTo(1 - 6 / 72, 10);
  });

  it("weights a partial outage (0.3 by default, configurable) and does not count degraded performance", () => {
    const segments = [segment("partial_outage", "2026-03-09T00:00:00Z", "2026-03-09T10:00:00Z"), segment("degraded_performance", "2026-03-08T00:00:00Z", "2026-03-08T12:00:00Z")];
    expect(uptime(segments).days.map((d) => d.ratio)).toEqual([1, 1, 1 - (0.3 * 10) / 24]);
    expect(uptime(segments, { weight: 1 }).days[2]?.ratio).toBeCloseTo(1 - 10 / 24, 10);
    expect(uptime(segments).days[1]?.kind).toBe("degraded_performance");
  });

  it("counts overlapping incidents on one component once, at the worse status", () => {
    const segments = [segment("partial_outage", "2026-03-09T00:00:00Z", "2026-03-09T12:00:00Z"), segment("major_outage", "2026-03-09T06:00:00Z", "2026-03-09T09:00:00Z")];
    expect(describeSegments(worstSpans(segments).map((span) => ({ ...span, component: "api" })))).toEqual([
      "api partial_outage 2026-03-09T00:00..2026-03-09T06:00",
      "api major_outage 2026-03-09T06:00..2026-03-09T09:00",
      "api partial_outage 2026-03-09T09:00..2026-03-09T12:00",
    ]);
    expect(uptime(segments).days[2]?.ratio).toBeCloseTo(1 - (3 + 0.3 * 9) / 24, 10);
  });

  it("leaves maintenance out of both the downtime and the observed time", () => {
    const result = uptime([segment("major_outage", "2026-03-09T00:00:00Z", "2026-03-09T06:00:00Z")], { maintenance: [["2026-03-09T00:00:00Z", "2026-03-09T04:00:00Z"]] });
    expect(result.days[2]?.ratio).toBeCloseTo(1 - 2 / 20, 10);
  });

  it("shows a day spent entirely in maintenance as maintenance, with no percentage", () => {
    const result = uptime([], { maintenance: [["2026-03-08T00:00:00Z", "2026-03-09T00:00:00Z"]] });
    expect(result.days[1]).toMatchObject({ kind: "under_maintenance", ratio: undefined });
    expect(result.ratio).toBe(1);
  });

  it("shows days before a component went live as no data, and leaves them out of the percentage", () => {
    const result = uptime([segment("major_outage", "2026-03-09T00:00:00Z", "2026-03-09T12:00:00Z")], { since: "2026-03-09" });
    expect(result.days.map((d) => d.kind)).toEqual(["no_data", "no_data", "major_outage"]);
    expect(result.ratio).toBeCloseTo(0.5, 10);
  });

  it("counts today only up to now", () => {
    const result = uptime([segment("major_outage", "2026-03-09T00:00:00Z", "2026-03-09T03:00:00Z")], { now: "2026-03-09T06:00:00Z", days: 1 });
    expect(result.days[0]?.ratio).toBeCloseTo(0.5, 10);
  });

  it("has no percentage at all when nothing was observed", () => {
    expect(uptime([], { since: "2027-01-01" }).ratio).toBeUndefined();
  });
});

describe("calendar days", () => {
  it("follow the time zone's clock, so the day clocks change is 23 hours long", () => {
    const days = calendarDaysEnding(t("2026-03-30T12:00:00Z"), 3, "Europe/Berlin");
    expect(days.map((d) => [d.date, (d.end - d.start) / HOUR])).toEqual([
      ["2026-03-28", 24],
      ["2026-03-29", 23],
      ["2026-03-30", 24],
    ]);
    expect(new Date(days[0]?.start ?? 0).toISOString()).toBe("2026-03-27T23:00:00.000Z");
  });

  it("end with the day now falls on in that zone, not in UTC", () => {
    expect(calendarDaysEnding(t("2026-11-23T23:30:00Z"), 1, "Europe/Berlin")[0]?.date).toBe("2026-11-24");
    expect(calendarDaysEnding(t("2026-11-23T23:30:00Z"), 1, "America/New_York")[0]?.date).toBe("2026-11-23");
  });
});

describe("interval helpers", () => {
  it("subtract holes from spans, splitting a span a hole falls inside", () => {
    const spans = [{ from: 0, to: 10, status: "major_outage" as const }];
    expect(subtract(spans, [{ from: 2, to: 4 }, { from: 8, to: 12 }])).toEqual([
      { from: 0, to: 2, status: "major_outage" },
      { from: 4, to: 8, status: "major_outage" },
    ]);
  });

  it("merge touching and overlapping intervals and drop empty ones", () => {
    expect(mergeIntervals([{ from: 5, to: 7 }, { from: 0, to: 5 }, { from: 9, to: 9 }, { from: 6, to: 8 }])).toEqual([{ from: 0, to: 8 }]);
  });
});
