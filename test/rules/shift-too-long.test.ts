import { describe, expect, it } from "vitest";
import { diagnosticsAt, only } from "../helpers/oncall-workspace.js";

const ROTATION = "rotations/core-primary.yaml";

/** `max_shift` on line 3, the layer's shift on line 7, overrides from line 10. */
const rotation = (maxShift: string, shift: string, overrides = "") => `name: Core primary
time_zone: Europe/Berlin
max_shift: ${maxShift}
layers:
  - name: Weekly
    members: [alice, bob]
    shift: ${shift}
    handoff: Monday 09:00
    effective_from: 2026-01-05T09:00:00+01:00
${overrides === "" ? "" : `overrides:\n${overrides}`}`;

describe("shift-too-long (FL-514)", () => {
  it("reports a layer whose shifts are longer than max_shift, at the shift", async () => {
    const diagnostics = await diagnosticsAt({ [ROTATION]: rotation("1w", "2w") });
    expect(only(["FL-514"], diagnostics)).toEqual([`FL-514 ${ROTATION}:7:12 layer 'Weekly': shifts of 2w are longer than max_shift 1w`]);
    expect(diagnostics.find((d) => d.code === "FL-514")?.severity).toBe("error");
  });

  it("compares days and weeks as calendar units: a 1w shift fits a 7d maximum", async () => {
    expect(only(["FL-514"], await diagnosticsAt({ [ROTATION]: rotation("7d", "1w") }))).toEqual([]);
    expect(only(["FL-514"], await diagnosticsAt({ [ROTATION]: rotation("24h", "1d") }))).toEqual([]);
  });

  it("reports an override of whoever is on call that lasts longer than max_shift, at its end", async () => {
    const override = "  - person: bob\n    from: 2026-01-05T09:00:00+01:00\n    to: 2026-01-13T09:00:00+01:00\n";
    expect(only(["FL-514"], await diagnosticsAt({ [ROTATION]: rotation("1w", "1w", override) }))).toEqual([
      `FL-514 ${ROTATION}:13:9 overrides[0]: bob would be on call for 8d, longer than max_shift 1w`,
    ]);
  });

  it("with the clock, reports back-to-back shifts that add up to more than max_shift, at the override that joins them", async () => {
    // Alice's own week, then two days of Bob's: nine days in a row.
    const override = "  - person: alice\n    covers: bob\n    from: 2026-01-12T09:00:00+01:00\n    to: 2026-01-14T09:00:00+01:00\n";
    const files = { [ROTATION]: rotation("1w", "1w", override) };
    expect(only(["FL-514"], await diagnosticsAt(files, "2026-01-05T00:00:00Z"))).toEqual([
      `FL-514 ${ROTATION}:11:13 alice would be on call in core-primary for 9d without a break, Mon 2026-01-05 09:00 +01:00 to Wed 2026-01-14 09:00 +01:00, longer than max_shift 1w`,
    ]);
    expect(only(["FL-514"], await diagnosticsAt(files))).toEqual([]);
  });

  it("judges restricted layers by the hours they are really on call", async () => {
    const restricted = `${rotation("12h", "1d").replace("Monday 09:00", '"09:00"')}    restrictions:\n      - from: "09:00"\n        to: "18:00"\n`;
    expect(only(["FL-514"], await diagnosticsAt({ [ROTATION]: restricted }, "2026-01-05T00:00:00Z"))).toEqual([]);
  });

  it("checks nothing without max_shift", async () => {
    expect(only(["FL-514"], await diagnosticsAt({ [ROTATION]: rotation("1w", "4w").replace("max_shift: 1w\n", "") }, "2026-01-05T00:00:00Z"))).toEqual([]);
  });
});
