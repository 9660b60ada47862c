import { describe, expect, it } from "vitest";
import { handover, type HandoverIncident } from "../../../src/engine/oncall/handover.js";
import { ms, rotationFromYaml } from "../../helpers/oncall.js";

/** Daily 09:00 Berlin with a single member: Alice is on call for days on end. */
const SOLO_THEN_BOB = rotationFromYaml(`name: Solo
time_zone: Europe/Berlin
layers:
  - name: Daily
    members: [alice]
    shift: 1d
    handoff: "09:00"
    effective_from: 2026-03-02T09:00:00+01:00
    effective_until: 2026-03-05T09:00:00+01:00
  - name: Bob from Thursday
    members: [bob]
    shift: 1w
    handoff: Thursday 09:00
    effective_from: 2026-03-05T09:00:00+01:00
`);

const incident = (id: string, startedAt: string, resolvedAt?: string): HandoverIncident => ({
  id,
  title: id,
  severity: "sev3",
  status: resolvedAt === undefined ? "investigating" : "resolved",
  startedAt: ms(startedAt),
  ...(resolvedAt === undefined ? {} : { resolvedAt: ms(resolvedAt) }),
  links: [],
});

describe("the shift handover", () => {
  it("treats back-to-back shifts of one person as one outgoing shift, and names who comes next", () => {
    const notes = handover(SOLO_THEN_BOB, ms("2026-03-04T12:00:00+01:00"), []);
    expect(notes.outgoing).toEqual({ person: "alice", since: ms("2026-03-02T09:00:00+01:00"), until: ms("2026-03-05T09:00:00+01:00") });
    expect(notes.incoming).toEqual({ person: "bob", from: ms("2026-03-05T09:00:00+01:00"), until: ms("2026-03-12T09:00:00+01:00") });
  });

  it("lists incidents still open, and those resolved during the shift, oldest first; not those resolved before it or opened later", () => {
    const notes = handover(SOLO_THEN_BOB, ms("2026-03-04T12:00:00+01:00"), [
      incident("resolved-before", "2026-02-27T10:00:00Z", "2026-03-01T10:00:00Z"),
      incident("resolved-during", "2026-03-01T10:00:00Z", "2026-03-03T10:00:00Z"),
      incident("open-now", "2026-03-04T10:00:00Z"),
      incident("open-old", "2026-02-20T10:00:00Z"),
      incident("resolved-later", "2026-03-04T09:00:00Z", "2026-03-04T13:00:00Z"),
      incident("future", "2026-03-04T12:00:00Z"),
    ]);
    expect(notes.stillOpen.map((e) => [e.incident.id, e.openedDuringShift])).toEqual([
      ["open-old", false],
      ["resolved-later", true],
      ["open-now", true],
    ]);
    expect(notes.resolved.map((e) => [e.incident.id, e.openedDuringShift])).toEqual([["resolved-during", false]]);
  });

  it("has no outgoing person when nobody is on call", () => {
    const notes = handover(SOLO_THEN_BOB, ms("2026-03-01T12:00:00+01:00"), [incident("open", "2026-02-28T10:00:00Z")]);
    expect(notes.outgoing).toBeUndefined();
    expect(notes.incoming?.person).toBe("alice");
    expect(notes.stillOpen.map((e) => [e.incident.id, e.openedDuringShift])).toEqual([["open", false]]);
    expect(notes.resolved).toEqual([]);
  });
});
