import { describe, expect, it } from "vitest";
import { MINIMAL_WORKSPACE, diagnosticsFor, edit, summarize } from "../helpers/minimal-workspace.js";

const ROTATION = "rotations/core-primary.yaml";
const MAINTENANCE = "maintenance/2026-04-01-db-upgrade.yaml";

/** The minimal rotation with overrides appended (lines 9 on: the first override's `to` is on line 12). */
function withOverrides(overrides: string): string {
  return `${MINIMAL_WORKSPACE[ROTATION] ?? ""}overrides:
${overrides}`;
}

function override(from: string, to: string, covers = ""): string {
  return `  - person: bob
${covers === "" ? "" : `    covers: ${covers}\n`}    from: ${from}
    to: ${to}
`;
}

describe("time-range-reversed (FL-502)", () => {
  it("reports a maintenance window that ends before it starts, at ends_at", async () => {
    const diagnostics = await diagnosticsFor({ [MAINTENANCE]: edit(MAINTENANCE, [["ends_at: 2026-04-01T07:00:00Z", "ends_at: 2026-04-01T05:00:00Z"]]) });
    expect(summarize(diagnostics)).toEqual([`FL-502 ${MAINTENANCE}:7:10 the maintenance window ends at 2026-04-01T05:00:00Z, not after it starts at 2026-04-01T06:00:00Z`]);
    expect(diagnostics[0]?.severity).toBe("error");
    expect(diagnostics[0]?.rule).toBe("time-range-reversed");
    expect(diagnostics[0]?.hint).toBe("Swap the two times, or fix the one that is wrong.");
  });

  it("reports a maintenance window that ends the moment it starts", async () => {
    const diagnostics = await diagnosticsFor({ [MAINTENANCE]: edit(MAINTENANCE, [["ends_at: 2026-04-01T07:00:00Z", "ends_at: 2026-04-01T06:00:00Z"]]) });
    expect(summarize(diagnostics)).toEqual([`FL-502 ${MAINTENANCE}:7:10 the maintenance window ends at 2026-04-01T06:00:00Z, not after it starts at 2026-04-01T06:00:00Z`]);
  });

  it("compares instants, not the wall-clock times written in different offsets", async () => {
    // 07:30+02:00 is 05:30Z, before the 06:00Z start; 06:30-01:00 is 07:30Z, after it.
    expect(summarize(await diagnosticsFor({ [MAINTENANCE]: edit(MAINTENANCE, [["ends_at: 2026-04-01T07:00:00Z", "ends_at: 2026-04-01T07:30:00+02:00"]]) }))).toEqual([
      `FL-502 ${MAINTENANCE}:7:10 the maintenance window ends at 2026-04-01T07:30:00+02:00, not after it starts at 2026-04-01T06:00:00Z`,
    ]);
    expect(summarize(await diagnosticsFor({ [MAINTENANCE]: edit(MAINTENANCE, [["ends_at: 2026-04-01T07:00:00Z", "ends_at: 2026-04-01T06:30:00-01:00"]]) }))).toEqual([]);
  });

  it("reports an override that ends before it starts, at its `to`", async () => {
    const diagnostics = await diagnosticsFor({ [ROTATION]: withOverrides(override("2026-03-12T09:00:00+01:00", "2026-03-10T09:00:00+01:00", "alice")) });
    expect(summarize(diagnostics)).toEqual([
      `FL-502 ${ROTATION}:13:9 overrides[0] ends at 2026-03-10T09:00:00+01:00, not after it starts at 2026-03-12T09:00:00+01:00`,
    ]);
  });

  it("reports an override without covers that ends before it starts", async () => {
    const diagnostics = await diagnosticsFor({ [ROTATION]: withOverrides(override("2026-03-12T09:00:00+01:00", "2026-03-12T08:00:00Z")) });
    expect(summarize(diagnostics)).toEqual([`FL-502 ${ROTATION}:12:9 overrides[0] ends at 2026-03-12T08:00:00Z, not after it starts at 2026-03-12T09:00:00+01:00`]);
  });

  it("accepts overrides that end after they start, with or without covers", async () => {
    const diagnostics = await diagnosticsFor({
      [ROTATION]: withOverrides(override("2026-03-10T09:00:00+01:00", "2026-03-12T09:00:00+01:00", "alice") + override("2026-03-20T09:00:00+01:00", "2026-03-20T18:00:00+01:00")),
    });
    expect(summarize(diagnostics)).toEqual([]);
  });

  it("reports a later override at its own index and place", async () => {
    const diagnostics = await diagnosticsFor({
      [ROTATION]: withOverrides(override("2026-03-10T09:00:00+01:00", "2026-03-12T09:00:00+01:00", "alice") + override("2026-03-20T18:00:00+01:00", "2026-03-20T09:00:00+01:00")),
    });
    expect(summarize(diagnostics)).toEqual([
      `FL-502 ${ROTATION}:16:9 overrides[1] ends at 2026-03-20T09:00:00+01:00, not after it starts at 2026-03-20T18:00:00+01:00`,
    ]);
  });

  it("reports a layer whose effective_until is before its effective_from", async () => {
    const diagnostics = await diagnosticsFor({ [ROTATION]: `${MINIMAL_WORKSPACE[ROTATION] ?? ""}    effective_until: 2026-01-01T00:00:00Z\n` });
    expect(summarize(diagnostics)).toEqual([`FL-502 ${ROTATION}:9:22 layer 'Weekly' ends at 2026-01-01T00:00:00Z, not after it starts at 2026-01-05T09:00:00+01:00`]);
  });

  it("accepts a layer that stops after it starts", async () => {
    const diagnostics = await diagnosticsFor({ [ROTATION]: `${MINIMAL_WORKSPACE[ROTATION] ?? ""}    effective_until: 2026-06-01T00:00:00Z\n` });
    expect(summarize(diagnostics)).toEqual([]);
  });

  it("accepts a layer without effective_until, which never stops", async () => {
    expect(summarize(await diagnosticsFor())).toEqual([]);
  });
});
