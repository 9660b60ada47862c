import fc from "fast-check";
import { Temporal } from "temporal-polyfill";
import { describe, expect, it } from "vitest";
import { computeMetrics } from "../../../src/engine/metrics/compute.js";
import { groupIncidents, GROUP_BY, type GroupingContext } from "../../../src/engine/metrics/grouping.js";
import type { IncidentFacts } from "../../../src/engine/metrics/incident-facts.js";
import { monthBuckets, quarterBuckets } from "../../../src/engine/metrics/period.js";
import { nearestRank, summarize } from "../../../src/engine/metrics/statistics.js";
import { ZonedDays } from "../../../src/engine/metrics/zoned-days.js";

const RUNS = { numRuns: 200 };
const DAY = 86_400_000;
const BASE = Date.UTC(2025, 0, 1);
const ZONES = ["UTC", "Europe/Berlin", "America/New_York", "Australia/Lord_Howe", "Asia/Kathmandu", "Pacific/Chatham"];
const SEVERITIES = ["sev1", "sev2", "sev3", "sev4"];

const valuesArb = fc.array(fc.integer({ min: 0, max: 30 * DAY }), { minLength: 1, maxLength: 60 });

const incidentArb = fc
  .record({
    severity: fc.constantFrom(...SEVERITIES, "sev9"),
    services: fc.uniqueArray(fc.constantFrom("api", "web", "db", "auth"), { minLength: 1, maxLength: 3 }),
    started: fc.integer({ min: 0, max: 800 * DAY }),
    gaps: fc.array(fc.option(fc.integer({ min: -3_600_000, max: 3 * DAY }), { nil: undefined }), { minLength: 4, maxLength: 4 }),
    reopened: fc.nat(2),
  })
  .map(({ severity, services, started, gaps, reopened }): Omit<IncidentFacts, "id"> => {
    const at: IncidentFacts["at"] = { started: BASE + started };
    let previous = at.started;
    (["detected", "acknowledged", "mitigated", "resolved"] as const).forEach((stamp, i) => {
      const gap = gaps[i];
      if (gap === undefined) return;
      previous += gap;
      at[stamp] = previous;
    });
    return { title: "t", severity, status: at.resolved === undefined ? "investigating" : "resolved", services, tags: [], at, reopened };
  });

const incidentsArb = fc.array(incidentArb, { maxLength: 60 }).map((list) => list.map((incident, i): IncidentFacts => ({ ...incident, id: `i${String(i).padStart(3, "0")}` })));

const periodArb = fc
  .record({ from: fc.integer({ min: -30 * DAY, max: 700 * DAY }), length: fc.integer({ min: 1, max: 500 * DAY }), zone: fc.constantFrom(...ZONES) })
  .map(({ from, length, zone }) => ({ period: { from: BASE + from, to: BASE + from + length }, zone }));

function context(period: { from: number; to: number }, zone: string): GroupingContext {
  return { period, timeZone: zone, severityOrder: SEVERITIES, severityNames: new Map(), serviceNames: new Map() };
}

describe("summary statistics, for any list of durations", () => {
  it("puts the median between the minimum and the maximum, and the mean too", () => {
    fc.assert(
      fc.property(valuesArb, (values) => {
        const summary = summarize(values);
        expect(summary).toBeDefined();
        if (!summary) return;
        expect(summary.min).toBe(Math.min(...values));
        expect(summary.max).toBe(Math.max(...values));
        expect(summary.median).toBeGreaterThanOrEqual(summary.min);
        expect(summary.median).toBeLessThanOrEqual(summary.max);
        expect(summary.mean).toBeGreaterThanOrEqual(summary.min - 1e-6);
        expect(summary.mean).toBeLessThanOrEqual(summary.max + 1e-6);
      }),
      RUNS,
    );
  });

  it("never has a p90 below the median, and the p90 is one of the values", () => {
    fc.assert(
      fc.property(valuesArb, (values) => {
        const summary = summarize(values);
        if (!summary) return;
        expect(summary.p90).toBeGreaterThanOrEqual(summary.median);
        expect(values).toContain(summary.p90);
      }),
      RUNS,
    );
  });

  it("has at least 90% of the values at or below the p90, and fewer than 90% below it", () => {
    fc.assert(
      fc.property(valuesArb, (values) => {
        const p90 = summarize(values)?.p90 ?? NaN;
        expect(values.filter((v) => v <= p90).length / values.length).toBeGreaterThanOrEqual(0.9);
        expect(values.filter((v) => v < p90).length / values.length).toBeLessThan(0.9);
      }),
      RUNS,
    );
  });

  it("gives percentiles that never decrease as p grows", () => {
    fc.assert(
      fc.property(valuesArb, fc.integer({ min: 1, max: 100 }), fc.integer({ min: 1, max: 100 }), (values, a, b) => {
        const sorted = [...values].sort((x, y) => x - y);
        const [low, high] = a <= b ? [a, b] : [b, a];
        expect(nearestRank(sorted, low)).toBeLessThanOrEqual(nearestRank(sorted, high));
      }),
      RUNS,
    );
  });

  it("has no summary for no values", () => {
    expect(summarize([])).toBeUndefined();
  });
});

describe("months and quarters, for any period and time zone", () => {
  it("tile the period: touching, in order, each starting at midnight on the first of a month", () => {
    fc.assert(
      fc.property(periodArb, ({ period, zone }) => {
        for (const [buckets, months] of [[monthBuckets(period, zone), 1], [quarterBuckets(period, zone), 3]] as const) {
          expect(buckets[0]?.start).toBeLessThanOrEqual(period.from);
          expect(buckets.at(-1)?.end).toBeGreaterThanOrEqual(period.to);
          buckets.forEach((bucket, i) => {
            const start = Temporal.Instant.fromEpochMilliseconds(bucket.start).toZonedDateTimeISO(zone);
            expect(start.day).toBe(1);
            expect((start.month - 1) % months).toBe(0);
            expect(start.epochMilliseconds).toBe(start.startOfDay().epochMilliseconds);
            if (i > 0) expect(bucket.start).toBe(buckets[i - 1]?.end);
            expect(bucket.end).toBeGreaterThan(bucket.start);
          });
        }
      }),
      RUNS,
    );
  });
});

describe("the calendar day of an instant, for any instants and time zone", () => {
  it("is the day Temporal gives, whatever order the instants come in and however far apart", () => {
    const instants = fc.array(fc.oneof(fc.integer({ min: 0, max: 800 * DAY }), fc.integer({ min: -40_000 * DAY, max: 40_000 * DAY })), { minLength: 1, maxLength: 40 });
    fc.assert(
      fc.property(instants, fc.constantFrom(...ZONES), (offsets, zone) => {
        const days = new ZonedDays(zone);
        for (const offset of offsets) {
          const ms = BASE + offset;
          const expected = Temporal.Instant.fromEpochMilliseconds(ms).toZonedDateTimeISO(zone).toPlainDate();
          expect(days.dateOf(ms)).toBe(expected.toString());
          expect(days.dayNumberOf(ms)).toBe(Temporal.PlainDate.from("1970-01-01").until(expected, { largestUnit: "days" }).days);
        }
      }),
      RUNS,
    );
  });

  it("places the instants either side of midnight on a daylight-saving day correctly", () => {
    const days = new ZonedDays("America/New_York");
    // 2026-03-08 is 23 hours long in New York: it starts 05:00 UTC, the next day starts 04:00 UTC.
    expect(days.dateOf(Date.UTC(2026, 2, 9, 3, 59))).toBe("2026-03-08");
    expect(days.dateOf(Date.UTC(2026, 2, 9, 4, 0))).toBe("2026-03-09");
    expect(days.dateOf(Date.UTC(2026, 2, 8, 4, 59))).toBe("2026-03-07");
  });
});

describe("grouping, for any incidents", () => {
  it("makes counts by severity, month and quarter add up to the total", () => {
    fc.assert(
      fc.property(incidentsArb, periodArb, (incidents, { period, zone }) => {
        const inPeriod = incidents.filter((incident) => incident.at.started >= period.from && incident.at.started < period.to);
        for (const by of ["severity", "month", "quarter"] as const) {
          const groups = groupIncidents(inPeriod, by, context(period, zone));
          expect(groups.reduce((sum, group) => sum + group.incidents.length, 0)).toBe(inPeriod.length);
          expect(new Set(groups.flatMap((group) => group.incidents.map((incident) => incident.id))).size).toBe(inPeriod.length);
        }
      }),
      RUNS,
    );
  });

  it("counts an incident once per service it affected, so service groups add up to the incident-service pairs", () => {
    fc.assert(
      fc.property(incidentsArb, (incidents) => {
        const groups = groupIncidents(incidents, "service", context({ from: 0, to: 1 }, "UTC"));
        const pairs = incidents.reduce((sum, incident) => sum + incident.services.length, 0);
        expect(groups.reduce((sum, group) => sum + group.incidents.length, 0)).toBe(pairs);
        for (const group of groups) expect(group.incidents.length).toBeLessThanOrEqual(incidents.length);
      }),
      RUNS,
    );
  });

  it("keeps every metric's used and left-out incidents equal to the group's count, and the groups' severity counts to the total's", () => {
    fc.assert(
      fc.property(incidentsArb, periodArb, fc.constantFrom(...GROUP_BY), (incidents, { period, zone }, by) => {
        const result = computeMetrics({
          incidents,
          period,
          now: period.to,
          timeZone: zone,
          severities: SEVERITIES.map((id) => ({ id, name: id, response: "5m", resolution: "4h", responseMs: 300_000, resolutionMs: 14_400_000, postmortemRequired: false })),
          serviceNames: new Map(),
          by,
          recurrence: { windowMs: 30 * DAY, minSharedTags: 2, minTitleSimilarity: 0.5 },
        });
        for (const group of [result.total, ...(result.groups ?? [])]) {
          for (const stats of Object.values(group.durations)) expect(stats.n + stats.missing + stats.outOfOrder).toBe(group.incidents);
          expect(Object.values(group.bySeverity).reduce((sum, count) => sum + count, 0)).toBe(group.incidents);
        }
        if (by !== "service") {
          const groups = result.groups ?? [];
          for (const severity of Object.keys(result.total.bySeverity)) {
            expect(groups.reduce((sum, group) => sum + (group.bySeverity[severity] ?? 0), 0)).toBe(result.total.bySeverity[severity]);
          }
        }
        const { response, resolution } = result.targets;
        for (const summary of [response, resolution]) {
          expect(summary.measured + summary.notMeasured).toBe(result.total.incidents);
          expect(summary.met + summary.breached).toBe(summary.measured);
        }
      }),
      RUNS,
    );
  });
});
