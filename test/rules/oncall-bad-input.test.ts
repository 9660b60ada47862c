import { describe, expect, it } from "vitest";
import { edit } from "../helpers/minimal-workspace.js";
import { diagnosticsAt, only } from "../helpers/oncall-workspace.js";

const ROTATION = "rotations/core-primary.yaml";

describe("bad rotation input gets an error at the place to fix", () => {
  it("reports an unknown time zone at the zone", async () => {
    const found = only(["FL-205"], await diagnosticsAt({ [ROTATION]: edit(ROTATION, [["time_zone: Europe/Berlin", "time_zone: Europe/Berln"]]) }));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(new RegExp(`^FL-205 ${ROTATION}:2:12 `));
  });

  it("reports a zero-length shift at the shift", async () => {
    const found = only(["FL-205"], await diagnosticsAt({ [ROTATION]: edit(ROTATION, [["shift: 1w", "shift: 0h"]]) }));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(new RegExp(`^FL-205 ${ROTATION}:6:12 `));
  });

  it("reports an override that ends before it starts at its end", async () => {
    const override = "overrides:\n  - person: bob\n    from: 2026-01-08T09:00:00+01:00\n    to: 2026-01-06T09:00:00+01:00\n";
    expect(only(["FL-502"], await diagnosticsAt({ [ROTATION]: `${edit(ROTATION, [])}${override}` }))).toEqual([
      `FL-502 ${ROTATION}:12:9 overrides[0] ends at 2026-01-06T09:00:00+01:00, not after it starts at 2026-01-08T09:00:00+01:00`,
    ]);
  });

  it("reports an empty member list at the list", async () => {
    const found = only(["FL-501"], await diagnosticsAt({ [ROTATION]: edit(ROTATION, [["members: [alice, bob]", "members: []"]]) }));
    expect(found).toEqual([`FL-501 ${ROTATION}:5:14 layer 'Weekly' of rotation core-primary has no members, so nobody would be on call`]);
  });

  it("reports a restriction that ends when it starts at its end (FL-515), and accepts one that ends before it starts (overnight)", async () => {
    const restricted = (to: string) => edit(ROTATION, [["effective_from: 2026-01-05T09:00:00+01:00", `effective_from: 2026-01-05T09:00:00+01:00\n    restrictions:\n      - from: "18:00"\n        to: "${to}"`]]);
    expect(only(["FL-515"], await diagnosticsAt({ [ROTATION]: restricted("18:00") }))).toHaveLength(1);
    expect(only(["FL-515"], await diagnosticsAt({ [ROTATION]: restricted("09:00") }))).toEqual([]);
  });
});
