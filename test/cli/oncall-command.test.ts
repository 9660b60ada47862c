import { describe, expect, it } from "vitest";
import { MINIMAL_WORKSPACE, edit } from "../helpers/minimal-workspace.js";
import { runCli, writeWorkspace } from "../helpers/run-cli.js";

const ROTATION = "rotations/core-primary.yaml";

describe("fireline oncall", () => {
  it("prints who is on call per rotation, until when, who is next, and whom each escalation level pages", async () => {
    const run = await runCli(["oncall", "--dir", writeWorkspace(), "--at", "2026-03-04T12:00:00+01:00"]);
    expect(run).toEqual({
      code: 0,
      stderr: "",
      stdout: `On call at Wed 2026-03-04 12:00 +01:00 (Europe/Berlin)

core-primary (Core primary)
  now   alice  Alice Example  Weekly  until Mon 2026-03-09 09:00 +01:00
  next  bob    Bob Example    Weekly  from  Mon 2026-03-09 09:00 +01:00

Escalation, for an alert now
core-critical
  level 1  0m  core-primary: alice (Alice Example)
  level 2  5m  bob (Bob Example)
`,
    });
  });

  it("reads a local --at in the rotation's time zone, and one with an offset as given", async () => {
    const dir = writeWorkspace();
    const local = await runCli(["oncall", "--dir", dir, "--rotation", "core-primary", "--at", "2026-03-09T08:59"]);
    expect(local.stdout).toContain("now   alice");
    const utc = await runCli(["oncall", "--dir", dir, "--rotation", "core-primary", "--at", "2026-03-09T08:59:00Z"]);
    expect(utc.stdout).toContain("now   bob");
  });

  it("writes JSON with UTC and local times of the current and next shift", async () => {
    const run = await runCli(["oncall", "--dir", writeWorkspace(), "--at", "2026-03-04T11:00:00Z", "--format", "json"]);
    const value = JSON.parse(run.stdout) as { version: number; at: string; rotations: Record<string, unknown>[]; policies: unknown[] };
    expect(value.version).toBe(1);
    expect(value.at).toBe("2026-03-04T11:00:00Z");
    expect(value.rotations[0]).toMatchObject({
      id: "core-primary",
      time_zone: "Europe/Berlin",
      on_call: { person: "alice", start: "2026-03-02T08:00:00Z", end_local: "2026-03-09T09:00:00+01:00", hours: 168, until: "2026-03-09T08:00:00Z", override: null },
      next: { person: "bob", start: "2026-03-09T08:00:00Z" },
    });
    expect(value.policies).toEqual([
      {
        id: "core-critical",
        levels: [
          { level: 1, minute: 0, targets: [{ schedule: "core-primary", person: "alice", name: "Alice Example" }] },
          { level: 2, minute: 5, targets: [{ person: "bob", name: "Bob Example" }] },
        ],
      },
    ]);
  });

  it("shows an override with whom it covers and why", async () => {
    const dir = writeWorkspace({
      [ROTATION]: `${MINIMAL_WORKSPACE[ROTATION] ?? ""}overrides:\n  - person: bob\n    covers: alice\n    from: 2026-03-04T09:00:00+01:00\n    to: 2026-03-05T09:00:00+01:00\n    reason: Alice at the dentist\n`,
    });
    const run = await runCli(["oncall", "--dir", dir, "--at", "2026-03-04T12:00:00+01:00"]);
    expect(run.stdout).toContain("  now   bob    Bob Example    override for alice: Alice at the dentist  until Thu 2026-03-05 09:00 +01:00\n");
    expect(run.stdout).toContain("  next  alice  Alice Example  Weekly                                    from  Thu 2026-03-05 09:00 +01:00\n");
  });

  it("exits 2 for a rotation that does not exist, naming the ones that do", async () => {
    const run = await runCli(["oncall", "--dir", writeWorkspace(), "--rotation", "core-primry"]);
    expect(run).toEqual({ code: 2, stdout: "", stderr: "fireline: --rotation: no rotation 'core-primry'\nhint: Known: core-primary.\n" });
  });

  it("exits 2 for a time it cannot read, and for report options without `report`", async () => {
    const dir = writeWorkspace();
    expect((await runCli(["oncall", "--dir", dir, "--at", "tomorrow"])).code).toBe(2);
    const misplaced = await runCli(["oncall", "--dir", dir, "--from", "2026-03-01"]);
    expect(misplaced.code).toBe(2);
    expect(misplaced.stderr).toContain("--from, --to and --threshold belong to the load report");
    expect((await runCli(["oncall", "reprot", "--dir", dir])).code).toBe(2);
  });

  it("refuses to answer from a rotation with errors: exit 1, the errors on stderr", async () => {
    const run = await runCli(["oncall", "--dir", writeWorkspace({ [ROTATION]: edit(ROTATION, [["shift: 1w", "shift: weekly"]]) })]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain(`${ROTATION}\n  6:12`);
    expect(run.stderr).toContain("fix the errors above first");
  });
});

describe("fireline oncall report", () => {
  it("lists hours, shifts, off-day and after-hours load in each person's own zone, and pages", async () => {
    const run = await runCli(["oncall", "report", "--dir", writeWorkspace(), "--from", "2026-03-02T09:00+01:00", "--to", "2026-03-16T09:00+01:00"]);
    // Alice (Berlin) and Bob (New York) each hold one week: 48 weekend hours; on working days
    // 75 hours fall outside 09:00-18:00 in their own zones. The sev2 of 3 March paged Alice.
    expect(run).toEqual({
      code: 0,
      stderr: "",
      stdout: `On-call load from Mon 2026-03-02 09:00 +01:00 to Mon 2026-03-16 09:00 +01:00
Hours in each person's own time zone; off days are weekends and public holidays of the business calendar.

  person  name           hours  shifts  off days  after hours  pages
  alice   Alice Example  168.0  1       48.0      75.0         1
  bob     Bob Example    168.0  1       48.0      75.0         0

Balanced: nobody is more than 25% above or below their fair share of a rotation's hours.
`,
    });
  });

  it("flags a person whose hours differ from their fair share by more than the threshold", async () => {
    const dir = writeWorkspace({
      [ROTATION]: `${MINIMAL_WORKSPACE[ROTATION] ?? ""}overrides:\n  - person: bob\n    covers: alice\n    from: 2026-03-02T09:00:00+01:00\n    to: 2026-03-05T09:00:00+01:00\n`,
    });
    const run = await runCli(["oncall", "report", "--dir", dir, "--from", "2026-03-02T09:00+01:00", "--to", "2026-03-16T09:00+01:00", "--format", "json"]);
    const value = JSON.parse(run.stdout) as { threshold: number; people: { person: string; hours: number; shifts: number }[]; imbalances: unknown[] };
    expect(value.threshold).toBe(0.25);
    expect(value.people.map((p) => [p.person, p.hours, p.shifts])).toEqual([
      ["bob", 240, 2],
      ["alice", 96, 1],
    ]);
    expect(value.imbalances).toEqual([
      { rotation: "core-primary", person: "alice", hours: 96, expected: 168, deviation: -0.429 },
      { rotation: "core-primary", person: "bob", hours: 240, expected: 168, deviation: 0.429 },
    ]);
    const relaxed = await runCli(["oncall", "report", "--dir", dir, "--from", "2026-03-02T09:00+01:00", "--to", "2026-03-16T09:00+01:00", "--threshold", "50%"]);
    expect(relaxed.stdout).toContain("Balanced: nobody is more than 50% above or below");
  });

  it("exits 2 when --to is not after --from, or the threshold is not a percentage", async () => {
    const dir = writeWorkspace();
    expect((await runCli(["oncall", "report", "--dir", dir, "--from", "2026-03-16", "--to", "2026-03-02"])).code).toBe(2);
    expect((await runCli(["oncall", "report", "--dir", dir, "--threshold", "lots"])).stderr).toBe("fireline: --threshold must be a percentage such as 25%, got 'lots'\n");
  });
});
