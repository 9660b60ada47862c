import { describe, expect, it } from "vitest";
import { MORE_PEOPLE, diagnosticsAt, only } from "../helpers/oncall-workspace.js";

const weekly = (name: string, members: string) => `name: ${name}
time_zone: Europe/Berlin
layers:
  - name: Weekly
    members: [${members}]
    shift: 1w
    handoff: Monday 09:00
    effective_from: 2026-01-05T09:00:00+01:00
`;

const NOW = "2026-02-02T08:00:00Z";

describe("on-call-in-two-rotations (FL-513)", () => {
  it("warns in the second rotation's file about the first overlap in the next 90 days, and counts them", async () => {
    const diagnostics = await diagnosticsAt(
      { "people.yaml": MORE_PEOPLE, "rotations/core-primary.yaml": weekly("Primary", "alice, bob"), "rotations/core-secondary.yaml": weekly("Secondary", "alice, carol") },
      NOW,
    );
    expect(only(["FL-513"], diagnostics)).toEqual([
      "FL-513 rotations/core-secondary.yaml:5:15 alice is on call in core-primary and core-secondary at the same time, Mon 2026-02-02 09:00 +01:00 to Mon 2026-02-09 09:00 +01:00 (the first of 7 times in the next 90 days)",
    ]);
    expect(diagnostics.find((d) => d.code === "FL-513")?.severity).toBe("warning");
  });

  it("accepts rotations offset so nobody holds both pagers", async () => {
    const diagnostics = await diagnosticsAt({ "rotations/core-primary.yaml": weekly("Primary", "alice, bob"), "rotations/core-secondary.yaml": weekly("Secondary", "bob, alice") }, NOW);
    expect(only(["FL-513"], diagnostics)).toEqual([]);
  });

  it("needs the clock", async () => {
    const diagnostics = await diagnosticsAt({ "people.yaml": MORE_PEOPLE, "rotations/core-primary.yaml": weekly("Primary", "alice, bob"), "rotations/core-secondary.yaml": weekly("Secondary", "alice, carol") });
    expect(only(["FL-513"], diagnostics)).toEqual([]);
  });
});
