import { Temporal } from "temporal-polyfill";
import { describe, expect, it } from "vitest";
import { collectMetrics, type MetricsCommandResult } from "../../../src/commands/metrics.js";
import type { GroupBy } from "../../../src/engine/metrics/grouping.js";
import { METRICS_NOW, metricsWorkspace, postmortemMd } from "../../helpers/metrics-workspace.js";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const ms = (text: string) => Temporal.Instant.from(text).epochMilliseconds;

/** The first quarter of 2026 in Berlin, judged at METRICS_NOW. */
async function metricsOf(by?: GroupBy, changes: Record<string, string | null> = {}, from = "2025-12-31T23:00:00Z", to = "2026-03-31T22:00:00Z") {
  const result: MetricsCommandResult = await collectMetrics(metricsWorkspace(changes), {
    at: () => ({ period: { from: ms(from), to: ms(to) }, now: ms(METRICS_NOW) }),
    by,
    recurrenceWindow: { text: "180d", ms: 180 * 24 * HOUR },
  });
  if (!result.ok) throw new Error("not a workspace");
  return result;
}

describe("metrics of the hand-computed fixture workspace", () => {
  it("counts the seven incidents that started in the period, the open one and the reopened one", async () => {
    const { metrics } = await metricsOf();
    expect(metrics.total).toMatchObject({ incidents: 7, open: 1, reopened: 1, bySeverity: { sev1: 2, sev2: 3, sev3: 1, sev4: 1 } });
  });

  it("computes time to detect over the five incidents with both timestamps in order, counting the two left out", async () => {
    // A 10m, B 20m, D 5m, E 30m, F 60m; C has no detected_at; H was detected before it started.
    const { mttd } = (await metricsOf()).metrics.total.durations;
    expect(mttd).toEqual({ n: 5, missing: 1, outOfOrder: 1, summary: { n: 5, min: 5 * MINUTE, max: 60 * MINUTE, median: 20 * MINUTE, p90: 60 * MINUTE, mean: 25 * MINUTE } });
  });

  it("takes the mean of the two middle values as the median of an even count, and the largest value as p90 below ten", async () => {
    // A 5m, B 15m, D 5m, E 10m, F 180m, H 15m (from the early detection): sorted 5, 5, 10, 15, 15, 180.
    const { mtta } = (await metricsOf()).metrics.total.durations;
    expect(mtta).toMatchObject({ n: 6, missing: 1, outOfOrder: 0, summary: { median: 12.5 * MINUTE, p90: 180 * MINUTE, mean: (230 / 6) * MINUTE } });
  });

  it("leaves the open incident out of time to mitigate and time to resolve", async () => {
    const { mttm, mttr } = (await metricsOf()).metrics.total.durations;
    // 100m, 120m, 60m, 60m, 1440m, 30m.
    expect(mttm).toMatchObject({ n: 6, missing: 1, summary: { median: 80 * MINUTE, p90: 1440 * MINUTE, mean: (1810 / 6) * MINUTE } });
    // 4h, 6h, 3h, 10h (the reopened incident, to its final resolution), 25h, 1h.
    expect(mttr).toMatchObject({ n: 6, missing: 1, summary: { min: HOUR, median: 5 * HOUR, p90: 25 * HOUR, mean: 490 * MINUTE } });
  });

  it("puts an incident in the month its start falls in, in the organisation's time zone", async () => {
    const { metrics: result } = await metricsOf("month");
    // B started 2026-01-31 23:30 UTC, which is 1 February in Berlin.
    expect(result.groups?.map((group) => [group.key, group.label, group.incidents])).toEqual([
      ["2026-01", "Jan 2026", 1],
      ["2026-02", "Feb 2026", 3],
      ["2026-03", "Mar 2026", 3],
    ]);
    // A started 2026-01-31 23:30 Berlin and was resolved on 1 February: it stays in January.
    expect(result.groups?.[0]?.durations.mttr.summary?.median).toBe(4 * HOUR);
  });

  it("moves the boundary incident to January when the organisation's zone is UTC", async () => {
    const { metrics: result } = await metricsOf("month", {
      "fireline.yaml": "organization:\n  name: Test Org\n  time_zone: UTC\n",
    }, "2026-01-01T00:00:00Z", "2026-04-01T00:00:00Z");
    expect(result.groups?.map((group) => group.incidents)).toEqual([2, 2, 3]);
  });

  it("groups by quarter and by severity with the policy's order and names", async () => {
    expect((await metricsOf("quarter")).metrics.groups?.map((group) => [group.key, group.incidents])).toEqual([["2026-Q1", 7]]);
    const bySeverity = (await metricsOf("severity")).metrics.groups;
    expect(bySeverity?.map((group) => [group.key, group.label, group.incidents])).toEqual([
      ["sev1", "Critical", 2],
      ["sev2", "Major", 3],
      ["sev3", "Moderate", 1],
      ["sev4", "Low", 1],
    ]);
    expect(bySeverity?.[0]?.durations.mttr.summary).toMatchObject({ median: 5 * HOUR, p90: 6 * HOUR });
  });

  it("counts an incident under every service it affected when grouping by service", async () => {
    const groups = (await metricsOf("service")).metrics.groups;
    // api: A, B, C, E, H; web: B, D, F.
    expect(groups?.map((group) => [group.key, group.label, group.incidents])).toEqual([
      ["api", "API", 5],
      ["web", "Web", 3],
    ]);
  });

  it("lists target breaches with by how much, an open incident measured to now", async () => {
    const { targets } = (await metricsOf()).metrics;
    // Response: A 5m of 5m met (a target is met at exactly its value), B 15m of 5m, D 5m, E 10m, H 15m of 15m met; C has no detection; F is business_hours.
    expect(targets.response).toEqual({ measured: 5, met: 4, breached: 1, notMeasured: 2 });
    // Resolution: A 4h of 4h met, B 6h of 4h, C 3h, D 10h of 8h, E open for 16d 2h of 24h, F 25h of 72h, H 1h.
    expect(targets.resolution).toEqual({ measured: 7, met: 4, breached: 3, notMeasured: 0 });
    expect(targets.breaches.map((b) => [b.incident, b.kind, b.target, b.actualMs / MINUTE, b.overMs / MINUTE, b.open])).toEqual([
      ["2026-02-01-checkout-unavailable", "response", "5m", 15, 10, false],
      ["2026-02-01-checkout-unavailable", "resolution", "4h", 360, 120, false],
      ["2026-02-20-checkout-errors-after-deploy", "resolution", "8h", 600, 120, false],
      ["2026-03-05-slow-background-jobs", "resolution", "24h", 386 * 60, 362 * 60, true],
    ]);
  });

  it("judges postmortems against business-day deadlines from the day of resolution", async () => {
    const summary = (await metricsOf()).metrics.postmortems;
    // A: resolved Sun 1 Feb, due Fri 6 Feb, published 5 Feb (on time). B: same due date, published 9 Feb (late).
    // C: resolved Tue 10 Feb, due 24 Feb, none (overdue). D: resolved Fri 20 Feb, due 6 Mar, a draft (overdue).
    // H: resolved Fri 20 Mar, due 3 Apr, none yet (pending). F (sev4) has one nobody required.
    expect(summary).toMatchObject({ required: 5, written: 3, published: 2, onTime: 1, late: 1, overdue: 2, pending: 1, onTimePercent: 25, voluntary: 1 });
    expect(summary?.rows.map((row) => [row.incident.slice(0, 10), row.resolved, row.due, row.published, row.state])).toEqual([
      ["2026-01-31", "2026-02-01", "2026-02-06", "2026-02-05", "on-time"],
      ["2026-02-01", "2026-02-01", "2026-02-06", "2026-02-09", "late"],
      ["2026-02-10", "2026-02-10", "2026-02-24", undefined, "overdue"],
      ["2026-02-20", "2026-02-20", "2026-03-06", undefined, "overdue"],
      ["2026-03-20", "2026-03-20", "2026-04-03", undefined, "pending"],
    ]);
    // Days from resolution to publication: A 4, B 8, F 1.
    expect(summary?.daysToPublish).toEqual({ n: 3, min: 1, max: 8, median: 4, p90: 8, mean: 13 / 3 });
  });

  it("counts action items done, open and overdue, by owner and by due month", async () => {
    const items = (await metricsOf()).metrics.actionItems;
    expect(items).toMatchObject({ total: 6, done: 3, open: 3, overdue: 1, openWithoutDue: 1, completionPercent: 50 });
    expect(items?.byOwner).toEqual([
      { owner: "bob", total: 3, done: 2, open: 1, overdue: 1 },
      { owner: "alice", total: 3, done: 1, open: 2, overdue: 0 },
    ]);
    expect(items?.overdueItems).toEqual([{ incident: "2026-01-31-payment-timeouts", text: "Raise the pool size", owner: "bob", due: "2026-03-01", daysLate: 20 }]);
    expect(items?.byDueMonth).toEqual([
      { month: "2026-02", done: 2, open: 0, overdue: 0 },
      { month: "2026-03", done: 1, open: 0, overdue: 1 },
      { month: "2026-04", done: 0, open: 1, overdue: 0 },
    ]);
  });

  it("reads the action items the quick scan leaves to the markdown parser, such as one with inline code", async () => {
    const id = "2026-01-31-payment-timeouts";
    const changed = postmortemMd("published", "2026-02-05T10:00:00Z", ["[x] Add a `timeout` alert (Owner: @alice, Due: 2026-02-10)", "[ ] Raise the pool size (Owner: @bob, Due: 2026-03-01)"]);
    const items = (await metricsOf(undefined, { [`incidents/${id}/postmortem.md`]: changed })).metrics.actionItems;
    expect(items).toMatchObject({ total: 6, done: 3, overdue: 1 });
  });

  it("finds the incident that repeats one from before the period on the same service with two shared tags", async () => {
    expect((await metricsOf()).metrics.recurrences).toEqual([
      {
        incident: "2026-02-10-api-pool-exhausted",
        repeats: "2025-12-15-db-pool-saturation",
        services: ["api"],
        sharedTags: ["database", "connection-pool"],
        titleSimilarity: 0.17,
        apartMs: (57 * 24 - 1) * HOUR,
      },
    ]);
  });

  it("finds no recurrence when the window is shorter than the time between them", async () => {
    const result = await collectMetrics(metricsWorkspace(), {
      at: () => ({ period: { from: ms("2025-12-31T23:00:00Z"), to: ms("2026-03-31T22:00:00Z") }, now: ms(METRICS_NOW) }),
      recurrenceWindow: { text: "30d", ms: 30 * 24 * HOUR },
    });
    expect(result.ok && result.metrics.recurrences).toEqual([]);
  });

  it("counts on-call shifts and pages, and pages outside the paged person's working hours in their own zone", async () => {
    // core-primary hands over every Monday 09:00 Berlin from 5 January: alice, bob, alice, ... Up to now (21 March; shifts
    // to come are not load yet) alice has had 6 turns and bob 5. core-critical pages the rotation, then bob after 5 minutes,
    // and repeats until acknowledged.
    // bob (New York) is paged by A and B (a Saturday), C (04:00 in New York), E at its second level, F and H: 6, all after hours.
    // alice (Berlin) is paged by D, E and H, each on a weekday morning in Berlin.
    expect((await metricsOf()).metrics.onCall).toEqual({
      shifts: 11,
      pages: 9,
      afterHoursPages: 6,
      pagesPerShift: 9 / 11,
      people: [
        { person: "bob", shifts: 5, pages: 6, afterHoursPages: 6 },
        { person: "alice", shifts: 6, pages: 3, afterHoursPages: 0 },
      ],
    });
  });

  it("reports an incident folder whose incident.yaml does not load instead of counting it", async () => {
    const result = await metricsOf(undefined, { "incidents/2026-03-10-dashboard-colour/incident.yaml": "title: [broken\n" });
    expect(result.unreadable).toEqual(["2026-03-10-dashboard-colour"]);
    expect(result.loadErrors).toBeGreaterThan(0);
    expect(result.metrics.total.incidents).toBe(6);
  });
});
