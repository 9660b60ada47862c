import { describe, expect, it } from "vitest";
import { diagnosticsAt, only } from "../helpers/oncall-workspace.js";

const ROTATION = "rotations/core-primary.yaml";
const FEB = "2026-02-01T00:00:00Z";

/** A rotation whose only layer ends on 2 March; `coverage` on line 3. */
const ENDING = `name: Core primary
time_zone: Europe/Berlin
coverage: 24x7
layers:
  - name: Weekly
    members: [alice, bob]
    shift: 1w
    handoff: Monday 09:00
    effective_from: 2026-01-05T09:00:00+01:00
    effective_until: 2026-03-02T09:00:00+01:00
`;

const OFFICE_HOURS = `name: Core primary
time_zone: Europe/Berlin
coverage: 24x7
layers:
  - name: Office hours
    members: [alice, bob]
    shift: 1d
    handoff: "09:00"
    effective_from: 2026-01-05T09:00:00+01:00
    restrictions:
      - from: "09:00"
        to: "18:00"
`;

describe("coverage-gap (FL-510)", () => {
  it("reports the time after a 24x7 rotation's last layer ends, with local times and length, at the coverage key", async () => {
    const diagnostics = await diagnosticsAt({ [ROTATION]: ENDING }, FEB);
    expect(only(["FL-510"], diagnostics)).toEqual([
      `FL-510 ${ROTATION}:3:11 rotation core-primary must be covered 24x7, but nobody is on call once in the next 90 days: Mon 2026-03-02 09:00 +01:00 to Sat 2026-05-02 02:00 +02:00 (60d 16h)`,
    ]);
    const [diagnostic] = diagnostics.filter((d) => d.code === "FL-510");
    expect(diagnostic?.severity).toBe("error");
    expect(diagnostic?.rule).toBe("coverage-gap");
  });

  it("spells out the first three gaps and counts the rest", async () => {
    const found = only(["FL-510"], await diagnosticsAt({ [ROTATION]: OFFICE_HOURS }, "2026-02-02T08:00:00Z"));
    expect(found).toEqual([
      `FL-510 ${ROTATION}:3:11 rotation core-primary must be covered 24x7, but nobody is on call 90 times in the next 90 days: ` +
        "Mon 2026-02-02 18:00 +01:00 to Tue 2026-02-03 09:00 +01:00 (15h); Tue 2026-02-03 18:00 +01:00 to Wed 2026-02-04 09:00 +01:00 (15h); " +
        "Wed 2026-02-04 18:00 +01:00 to Thu 2026-02-05 09:00 +01:00 (15h), and 87 more",
    ]);
  });

  it("is silent without a clock, so pure checks stay deterministic", async () => {
    expect(only(["FL-510"], await diagnosticsAt({ [ROTATION]: ENDING }))).toEqual([]);
  });

  it("leaves rotations that are not marked 24x7 alone", async () => {
    expect(only(["FL-510"], await diagnosticsAt({ [ROTATION]: ENDING.replace("coverage: 24x7\n", "") }, FEB))).toEqual([]);
    expect(only(["FL-510"], await diagnosticsAt({ [ROTATION]: ENDING.replace("coverage: 24x7", "coverage: scheduled") }, FEB))).toEqual([]);
  });

  it("does not count the time before the rotation's first hand-off as a gap", async () => {
    expect(only(["FL-510"], await diagnosticsAt({ [ROTATION]: ENDING.replace("    effective_until: 2026-03-02T09:00:00+01:00\n", "") }, "2025-11-01T00:00:00Z"))).toEqual([]);
  });

  it("accepts layers that together cover the whole day, across a DST change", async () => {
    const dayAndNight = `${OFFICE_HOURS.replace('to: "18:00"', 'to: "20:00"').replace('from: "09:00"', 'from: "08:00"')}  - name: Nights
    members: [bob, alice]
    shift: 1d
    handoff: "20:00"
    effective_from: 2026-01-04T20:00:00+01:00
    restrictions:
      - from: "20:00"
        to: "08:00"
`;
    expect(only(["FL-510"], await diagnosticsAt({ [ROTATION]: dayAndNight }, "2026-03-01T00:00:00Z"))).toEqual([]);
  });
});
