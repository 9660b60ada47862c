import { describe, expect, it } from "vitest";
import { MORE_PEOPLE, diagnosticsAt, only } from "../helpers/oncall-workspace.js";
import { MINIMAL_WORKSPACE } from "../helpers/minimal-workspace.js";

const ROTATION = "rotations/core-primary.yaml";

/** The minimal rotation (alice and bob) with one override on lines 10 to 13. */
const withOverride = (person: string, covers: string) => ({
  "people.yaml": MORE_PEOPLE,
  [ROTATION]: `${MINIMAL_WORKSPACE[ROTATION] ?? ""}overrides:
  - person: ${person}
    covers: ${covers}
    from: 2026-01-06T09:00:00+01:00
    to: 2026-01-08T09:00:00+01:00
`,
});

describe("override-outside-rotation (FL-512)", () => {
  it("warns when the person covering is in none of the rotation's layers", async () => {
    const diagnostics = await diagnosticsAt(withOverride("carol", "alice"));
    expect(only(["FL-512"], diagnostics)).toEqual([`FL-512 ${ROTATION}:10:13 overrides[0]: carol covers for rotation core-primary but is in none of its layers`]);
    expect(diagnostics.find((d) => d.code === "FL-512")?.severity).toBe("warning");
  });

  it("warns when the override covers someone who is not in the rotation, so it changes nothing", async () => {
    expect(only(["FL-512"], await diagnosticsAt(withOverride("bob", "dan")))).toEqual([
      `FL-512 ${ROTATION}:11:13 overrides[0] covers dan, who is in none of the layers of rotation core-primary, so it changes nothing`,
    ]);
  });

  it("says nothing about members, nor about handles unknown-person already reports", async () => {
    expect(only(["FL-512"], await diagnosticsAt(withOverride("bob", "alice")))).toEqual([]);
    const diagnostics = await diagnosticsAt(withOverride("zed", "alice"));
    expect(only(["FL-512", "FL-301"], diagnostics).map((line) => line.slice(0, 6))).toEqual(["FL-301"]);
  });
});
