import { describe, expect, it } from "vitest";
import { MORE_PEOPLE, diagnosticsAt, only } from "../helpers/oncall-workspace.js";

const ROTATION = "rotations/core-primary.yaml";

/** A three-person rotation with overrides from line 10; the second override's `from` is on line 16 (or 15 without covers). */
function withOverrides(...overrides: [person: string, covers: string | undefined, from: string, to: string][]): Record<string, string> {
  const list = overrides
    .map(([person, covers, from, to]) => `  - person: ${person}\n${covers === undefined ? "" : `    covers: ${covers}\n`}    from: ${from}\n    to: ${to}\n`)
    .join("");
  return {
    "people.yaml": MORE_PEOPLE,
    [ROTATION]: `name: Core primary
time_zone: Europe/Berlin
layers:
  - name: Weekly
    members: [alice, bob, carol]
    shift: 1w
    handoff: Monday 09:00
    effective_from: 2026-01-05T09:00:00+01:00
overrides:
${list}`,
  };
}

describe("overlapping-overrides (FL-511)", () => {
  it("reports the later of two overrides that cover the same person at overlapping times, at its start", async () => {
    const diagnostics = await diagnosticsAt(
      withOverrides(["carol", "alice", "2026-01-06T09:00:00+01:00", "2026-01-08T09:00:00+01:00"], ["bob", "alice", "2026-01-07T09:00:00+01:00", "2026-01-09T09:00:00+01:00"]),
    );
    expect(only(["FL-511"], diagnostics)).toEqual([
      `FL-511 ${ROTATION}:16:11 overrides[1] (bob, 2026-01-07T09:00:00+01:00 to 2026-01-09T09:00:00+01:00) overlaps overrides[0] (carol, 2026-01-06T09:00:00+01:00 to 2026-01-08T09:00:00+01:00); both cover alice`,
    ]);
    expect(diagnostics.find((d) => d.code === "FL-511")?.severity).toBe("error");
  });

  it("reports an overlap when either override replaces whoever is on call", async () => {
    const diagnostics = await diagnosticsAt(
      withOverrides(["carol", undefined, "2026-01-06T09:00:00+01:00", "2026-01-08T09:00:00+01:00"], ["bob", "alice", "2026-01-07T09:00:00+01:00", "2026-01-09T09:00:00+01:00"]),
    );
    expect(only(["FL-511"], diagnostics)).toEqual([
      `FL-511 ${ROTATION}:15:11 overrides[1] (bob, 2026-01-07T09:00:00+01:00 to 2026-01-09T09:00:00+01:00) overlaps overrides[0] (carol, 2026-01-06T09:00:00+01:00 to 2026-01-08T09:00:00+01:00); both cover whoever is on call`,
    ]);
  });

  it("accepts overlapping overrides for different people, and overrides that follow each other", async () => {
    expect(
      only(["FL-511"], await diagnosticsAt(withOverrides(["carol", "alice", "2026-01-06T09:00:00+01:00", "2026-01-08T09:00:00+01:00"], ["alice", "bob", "2026-01-07T09:00:00+01:00", "2026-01-14T09:00:00+01:00"]))),
    ).toEqual([]);
    expect(
      only(["FL-511"], await diagnosticsAt(withOverrides(["carol", "alice", "2026-01-06T09:00:00+01:00", "2026-01-08T09:00:00+01:00"], ["bob", "alice", "2026-01-08T09:00:00+01:00", "2026-01-09T09:00:00+01:00"]))),
    ).toEqual([]);
  });

  it("leaves a reversed override to time-range-reversed", async () => {
    const diagnostics = await diagnosticsAt(
      withOverrides(["carol", "alice", "2026-01-06T09:00:00+01:00", "2026-01-08T09:00:00+01:00"], ["bob", "alice", "2026-01-09T09:00:00+01:00", "2026-01-07T09:00:00+01:00"]),
    );
    expect(only(["FL-511", "FL-502"], diagnostics).map((line) => line.slice(0, 6))).toEqual(["FL-502"]);
  });
});
