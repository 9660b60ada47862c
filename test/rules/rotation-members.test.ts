import { describe, expect, it } from "vitest";
import { validateWorkspace } from "../../src/commands/validate.js";
import { MINIMAL_WORKSPACE, diagnosticsFor, edit, summarize, workspaceWith } from "../helpers/minimal-workspace.js";

const ROTATION = "rotations/core-primary.yaml";

/** The minimal rotation with a second layer appended (its name on line 9, members from line 10). */
function withSecondLayer(members: string): string {
  return `${MINIMAL_WORKSPACE[ROTATION] ?? ""}  - name: Weekend
    members: ${members}
    shift: 1d
    handoff: "09:00"
    effective_from: 2026-01-05T09:00:00+01:00
`;
}

describe("rotation-without-members (FL-501)", () => {
  it("reports a layer with an empty member list, at the list", async () => {
    const diagnostics = await diagnosticsFor({ [ROTATION]: edit(ROTATION, [["members: [alice, bob]", "members: []"]]) });
    expect(summarize(diagnostics)).toEqual([`FL-501 ${ROTATION}:5:14 layer 'Weekly' of rotation core-primary has no members, so nobody would be on call`]);
    expect(diagnostics[0]?.severity).toBe("error");
    expect(diagnostics[0]?.rule).toBe("rotation-without-members");
    expect(diagnostics[0]?.hint).toBe("List at least one handle from people.yaml under members.");
  });

  it("reports an empty later layer at that layer's members", async () => {
    const diagnostics = await diagnosticsFor({ [ROTATION]: withSecondLayer("[]") });
    expect(summarize(diagnostics)).toEqual([`FL-501 ${ROTATION}:10:14 layer 'Weekend' of rotation core-primary has no members, so nobody would be on call`]);
  });

  it("names the rotation by its file name", async () => {
    const diagnostics = await diagnosticsFor({
      "rotations/web-secondary.yaml": edit(ROTATION, [["members: [alice, bob]", "members: []"]]),
    });
    expect(summarize(diagnostics)).toEqual([
      "FL-501 rotations/web-secondary.yaml:5:14 layer 'Weekly' of rotation web-secondary has no members, so nobody would be on call",
    ]);
  });

  it("accepts a layer with a single member", async () => {
    expect(summarize(await diagnosticsFor({ [ROTATION]: edit(ROTATION, [["members: [alice, bob]", "members: [alice]"]]) }))).toEqual([]);
  });
});

describe("duplicate-member (FL-503)", () => {
  it("warns, not errors, about a member listed twice in one layer, at the second mention", async () => {
    const diagnostics = await diagnosticsFor({ [ROTATION]: edit(ROTATION, [["members: [alice, bob]", "members: [alice, bob, alice]"]]) });
    expect(summarize(diagnostics)).toEqual([`FL-503 ${ROTATION}:5:27 alice is listed more than once in layer 'Weekly' (first as members[0])`]);
    expect(diagnostics[0]?.severity).toBe("warning");
    expect(diagnostics[0]?.rule).toBe("duplicate-member");
    expect(diagnostics[0]?.hint).toBe("Each member takes one turn per cycle; list them once.");
  });

  it("warns about every repeat after the first mention, naming the first", async () => {
    const diagnostics = await diagnosticsFor({ [ROTATION]: withSecondLayer("\n      - bob\n      - bob\n      - alice\n      - bob") });
    expect(summarize(diagnostics)).toEqual([
      `FL-503 ${ROTATION}:12:9 bob is listed more than once in layer 'Weekend' (first as members[0])`,
      `FL-503 ${ROTATION}:14:9 bob is listed more than once in layer 'Weekend' (first as members[0])`,
    ]);
  });

  it("accepts the same person in two different layers", async () => {
    expect(summarize(await diagnosticsFor({ [ROTATION]: withSecondLayer("[bob, alice]") }))).toEqual([]);
  });

  it("does not fail validation on its own, except with --strict", async () => {
    const files = workspaceWith({ [ROTATION]: edit(ROTATION, [["members: [alice, bob]", "members: [bob, bob]"]]) });
    const result = await validateWorkspace(files);
    const strict = await validateWorkspace(files, { strict: true });
    expect(result.ok && { failed: result.failed, counts: result.counts }).toEqual({ failed: false, counts: { files: 8, errors: 0, warnings: 1, notices: 0 } });
    expect(strict.ok && strict.failed).toBe(true);
  });
});
