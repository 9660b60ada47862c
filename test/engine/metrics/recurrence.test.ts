import { describe, expect, it } from "vitest";
import type { IncidentFacts } from "../../../src/engine/metrics/incident-facts.js";
import { findRecurrences, jaccard, titleWords } from "../../../src/engine/metrics/recurrence.js";

const DAY = 86_400_000;
const SETTINGS = { windowMs: 30 * DAY, minSharedTags: 2, minTitleSimilarity: 0.5 };

function incident(id: string, day: number, services: string[], title: string, tags: string[] = []): IncidentFacts {
  return { id, title, severity: "sev2", status: "resolved", services, tags, at: { started: day * DAY }, reopened: 0 };
}

describe("recurring incidents", () => {
  it("reads title words lower-cased, without short and common words", () => {
    expect([...titleWords("Some merchants unable to sign in to the Dashboard")]).toEqual(["merchants", "unable", "sign", "dashboard"]);
    expect(jaccard(titleWords("Delayed webhook deliveries"), titleWords("Delayed webhook deliveries and slower API responses"))).toBe(0.5);
  });

  it("matches similar titles on a shared service even without shared tags", () => {
    const found = findRecurrences(
      [incident("a", 0, ["web"], "Merchants unable to sign in"), incident("b", 10, ["web", "api"], "Some merchants unable to sign in again")],
      () => true,
      SETTINGS,
    );
    expect(found).toEqual([{ incident: "b", repeats: "a", services: ["web"], sharedTags: [], titleSimilarity: 0.75, apartMs: 10 * DAY }]);
  });

  it("needs a shared service, and two shared tags when the titles differ", () => {
    const incidents = [
      incident("a", 0, ["web"], "Checkout errors", ["db", "deploy"]),
      incident("b", 1, ["api"], "Checkout errors", ["db", "deploy"]),
      incident("c", 2, ["web"], "Slow pages", ["db"]),
    ];
    expect(findRecurrences(incidents, () => true, SETTINGS)).toEqual([]);
  });

  it("names the most recent earlier incident, looking across every shared service", () => {
    const incidents = [
      incident("old", 0, ["api"], "Pool exhausted", ["db", "pool"]),
      incident("recent", 5, ["web"], "Pool exhausted on web", ["db", "pool"]),
      incident("now", 9, ["api", "web"], "Pool exhausted again", ["db", "pool"]),
    ];
    expect(findRecurrences(incidents, (item) => item.id === "now", SETTINGS).map((found) => found.repeats)).toEqual(["recent"]);
  });

  it("counts an incident exactly the window after the earlier one, and not a millisecond more", () => {
    const pair = (apart: number) => [incident("a", 0, ["api"], "Pool exhausted", ["db", "pool"]), { ...incident("b", 0, ["api"], "Pool exhausted", ["db", "pool"]), at: { started: apart } }];
    expect(findRecurrences(pair(30 * DAY), () => true, SETTINGS)).toHaveLength(1);
    expect(findRecurrences(pair(30 * DAY + 1), () => true, SETTINGS)).toHaveLength(0);
  });
});
