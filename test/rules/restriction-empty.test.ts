import { describe, expect, it } from "vitest";
import { diagnosticsAt, only } from "../helpers/oncall-workspace.js";

const ROTATION = "rotations/core-primary.yaml";

/** A restricted layer; the restriction's `to` is on line 11. */
const restricted = (from: string, to: string) => `name: Core primary
time_zone: Europe/Berlin
layers:
  - name: Nights
    members: [alice, bob]
    shift: 1d
    handoff: "18:00"
    effective_from: 2026-01-05T18:00:00+01:00
    restrictions:
      - from: "${from}"
        to: "${to}"
`;

describe("restriction-empty (FL-515)", () => {
  it("reports a restriction that ends when it starts, at its end", async () => {
    const diagnostics = await diagnosticsAt({ [ROTATION]: restricted("18:00", "18:00") });
    expect(only(["FL-515"], diagnostics)).toEqual([
      `FL-515 ${ROTATION}:11:13 layer 'Nights': the restriction from 18:00 to 18:00 ends when it starts, so the layer is never on call in it`,
    ]);
    expect(diagnostics.find((d) => d.code === "FL-515")?.severity).toBe("error");
  });

  it("accepts a window that runs past midnight", async () => {
    expect(only(["FL-515"], await diagnosticsAt({ [ROTATION]: restricted("18:00", "09:00") }))).toEqual([]);
  });
});
