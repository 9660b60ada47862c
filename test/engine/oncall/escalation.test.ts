import { Temporal } from "temporal-polyfill";
import { describe, expect, it } from "vitest";
import { escalationTimeline } from "../../../src/engine/oncall/escalation.js";
import { incidentPages } from "../../../src/engine/oncall/incident-pages.js";
import { ms } from "../../helpers/oncall.js";

const START = Temporal.Instant.from("2026-03-09T07:58:00Z");
const POLICY = {
  levels: [
    { escalate_after: "5m", notify: [{ schedule: "primary" }] },
    { escalate_after: "1h", notify: [{ schedule: "secondary" }, { person: "laura" }] },
  ],
  repeat: 1,
};

/** Primary hands over from alice to bob at 08:00Z; secondary is empty; anything else is unknown. */
const onCall = (schedule: string, at: number) => (schedule === "primary" ? (at < ms("2026-03-09T08:00:00Z") ? "alice" : "bob") : schedule === "secondary" ? undefined : null);

describe("the escalation timeline", () => {
  it("pages each level after the previous one's escalate_after, and runs the chain again `repeat` times", () => {
    const timeline = escalationTimeline(POLICY, START, onCall);
    expect(timeline.pages.map((p) => [p.minute, p.cycle, p.level])).toEqual([
      [0, 1, 1],
      [5, 1, 2],
      [65, 2, 1],
      [70, 2, 2],
    ]);
    expect(timeline.endMinute).toBe(130);
    expect(timeline.cycles).toBe(2);
  });

  it("resolves a schedule at the instant of each page, says when nobody is on call, and marks unknown rotations", () => {
    const timeline = escalationTimeline({ ...POLICY, levels: [...POLICY.levels, { escalate_after: "1m", notify: [{ schedule: "ghost" }] }] }, START, onCall);
    expect(timeline.pages[0]?.targets).toEqual([{ kind: "schedule", schedule: "primary", known: true, person: "alice" }]);
    expect(timeline.pages[1]?.targets).toEqual([{ kind: "schedule", schedule: "secondary", known: true }, { kind: "person", person: "laura" }]);
    expect(timeline.pages[2]?.targets).toEqual([{ kind: "schedule", schedule: "ghost", known: false }]);
    expect(timeline.pages[3]?.targets).toEqual([{ kind: "schedule", schedule: "primary", known: true, person: "bob" }]);
    expect(timeline.pages[3]?.at).toBe(ms("2026-03-09T09:04:00Z"));
  });

  it("runs once without repeat, and counts days as 24 hours", () => {
    const timeline = escalationTimeline({ levels: [{ escalate_after: "1d", notify: [{ person: "mike" }] }] }, START, onCall);
    expect(timeline.pages).toHaveLength(1);
    expect(timeline.endMinute).toBe(1440);
  });
});

describe("pages from incidents", () => {
  it("counts every level reached before the acknowledgement, each person once per incident", () => {
    const pages = incidentPages(
      [
        { id: "late-ack", alertedAt: START.epochMilliseconds, acknowledgedAt: START.add({ minutes: 7 }).epochMilliseconds, policies: [POLICY, POLICY] },
        { id: "quick-ack", alertedAt: START.epochMilliseconds, acknowledgedAt: START.add({ minutes: 1 }).epochMilliseconds, policies: [POLICY] },
        { id: "no-ack", alertedAt: START.epochMilliseconds, policies: [POLICY] },
      ],
      onCall,
    );
    expect(pages.map((p) => [p.incident, p.person])).toEqual([
      ["late-ack", "alice"],
      ["late-ack", "laura"],
      ["quick-ack", "alice"],
      ["no-ack", "alice"],
    ]);
  });
});
