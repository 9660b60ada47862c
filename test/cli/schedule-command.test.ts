import { describe, expect, it } from "vitest";
import { MINIMAL_WORKSPACE } from "../helpers/minimal-workspace.js";
import { runCli, writeWorkspace } from "../helpers/run-cli.js";

const ROTATION = "rotations/core-primary.yaml";

describe("fireline schedule", () => {
  it("lists every shift overlapping the window with its true start and end, in the rotation's zone", async () => {
    const run = await runCli(["schedule", "--dir", writeWorkspace(), "--from", "2026-03-01", "--to", "2026-03-10"]);
    expect(run).toEqual({
      code: 0,
      stderr: "",
      stdout: `Schedule from Sun 2026-03-01 00:00 +01:00 to Tue 2026-03-10 00:00 +01:00 (Europe/Berlin)

core-primary (Core primary), times in Europe/Berlin
  Mon 2026-02-23 09:00 +01:00  Mon 2026-03-02 09:00 +01:00  7d  bob    Weekly
  Mon 2026-03-02 09:00 +01:00  Mon 2026-03-09 09:00 +01:00  7d  alice  Weekly
  Mon 2026-03-09 09:00 +01:00  Mon 2026-03-16 09:00 +01:00  7d  bob    Weekly
`,
    });
  });

  it("keeps the weekly hand-off at 09:00 local across the spring change: that week lasts 6 days 23 hours", async () => {
    const run = await runCli(["schedule", "--dir", writeWorkspace(), "--from", "2026-03-24", "--to", "2026-03-31"]);
    expect(run.stdout).toContain("  Mon 2026-03-23 09:00 +01:00  Mon 2026-03-30 09:00 +02:00  6d 23h  bob    Weekly\n");
  });

  it("shows the times nobody is on call", async () => {
    const ending = MINIMAL_WORKSPACE[ROTATION]?.replace("effective_from: 2026-01-05T09:00:00+01:00", "effective_from: 2026-01-05T09:00:00+01:00\n    effective_until: 2026-03-04T09:00:00+01:00") ?? "";
    const run = await runCli(["schedule", "--dir", writeWorkspace({ [ROTATION]: ending }), "--from", "2026-03-03", "--to", "2026-03-05"]);
    expect(run.stdout).toContain("  Mon 2026-03-02 09:00 +01:00  Wed 2026-03-04 09:00 +01:00  2d   alice  Weekly\n");
    expect(run.stdout).toContain("  Wed 2026-03-04 09:00 +01:00  Thu 2026-03-05 00:00 +01:00  15h  -      nobody on call\n");
    const json = JSON.parse((await runCli(["schedule", "--dir", writeWorkspace({ [ROTATION]: ending }), "--from", "2026-03-03", "--to", "2026-03-05", "--format", "json"])).stdout) as {
      rotations: { gaps: unknown[] }[];
    };
    expect(json.rotations[0]?.gaps).toEqual([{ start: "2026-03-04T08:00:00Z", end: "2026-03-04T23:00:00Z", start_local: "2026-03-04T09:00:00+01:00", end_local: "2026-03-05T00:00:00+01:00" }]);
  });

  it("writes JSON shifts with UTC and local instants and hours", async () => {
    const run = await runCli(["schedule", "--dir", writeWorkspace(), "--from", "2026-03-03T00:00:00Z", "--to", "2026-03-04T00:00:00Z", "--format", "json"]);
    expect(JSON.parse(run.stdout)).toEqual({
      version: 1,
      from: "2026-03-03T00:00:00Z",
      to: "2026-03-04T00:00:00Z",
      rotations: [
        {
          id: "core-primary",
          name: "Core primary",
          time_zone: "Europe/Berlin",
          shifts: [
            {
              person: "alice",
              name: "Alice Example",
              start: "2026-03-02T08:00:00Z",
              end: "2026-03-09T08:00:00Z",
              start_local: "2026-03-02T09:00:00+01:00",
              end_local: "2026-03-09T09:00:00+01:00",
              hours: 168,
              layer: "Weekly",
              override: null,
            },
          ],
          gaps: [],
        },
      ],
    });
  });

  it("defaults to two weeks from --from", async () => {
    const run = await runCli(["schedule", "--dir", writeWorkspace(), "--from", "2026-03-02T09:00", "--format", "json"]);
    expect((JSON.parse(run.stdout) as { to: string }).to).toBe("2026-03-16T08:00:00Z");
  });

  it("exits 2 when --to is not after --from, and for --out without --format ical", async () => {
    const dir = writeWorkspace();
    const reversed = await runCli(["schedule", "--dir", dir, "--from", "2026-03-10", "--to", "2026-03-01"]);
    expect(reversed.code).toBe(2);
    expect(reversed.stderr).toContain("--to must be after --from");
    const out = await runCli(["schedule", "--dir", dir, "--out", "cal"]);
    expect(out).toEqual({ code: 2, stdout: "", stderr: "fireline: --out writes iCalendar files; add --format ical\n" });
  });
});

describe("fireline escalation", () => {
  it("lists who is paged at which minute across every repeat, resolving the rotation at each page", async () => {
    // The alert fires two minutes before Monday's 09:00 hand-off: Alice first, then Bob.
    const run = await runCli(["escalation", "--dir", writeWorkspace(), "--policy", "core-critical", "--at", "2026-03-09T08:58"]);
    expect(run).toEqual({
      code: 0,
      stderr: "",
      stdout: `core-critical
An alert at Mon 2026-03-09 08:58 +01:00 that nobody acknowledges pages:
  minute  run  level  paged
  0       1    1      core-primary: alice (Alice Example)
  5       1    2      bob (Bob Example)
  15      2    1      core-primary: bob (Bob Example)
  20      2    2      bob (Bob Example)
  30      3    1      core-primary: bob (Bob Example)
  35      3    2      bob (Bob Example)
  45      4    1      core-primary: bob (Bob Example)
  50      4    2      bob (Bob Example)
  Then the chain stops: 60 minutes, 4 runs through the levels.
`,
    });
  });

  it("writes the timeline as JSON with the instant of each page", async () => {
    const run = await runCli(["escalation", "--dir", writeWorkspace(), "--policy", "core-critical", "--at", "2026-03-09T07:58:00Z", "--format", "json"]);
    const value = JSON.parse(run.stdout) as { policies: { id: string; runs: number; end_minute: number; pages: { minute: number; at: string; targets: unknown[] }[] }[] };
    expect(value.policies[0]?.runs).toBe(4);
    expect(value.policies[0]?.end_minute).toBe(60);
    expect(value.policies[0]?.pages.slice(0, 3)).toEqual([
      { minute: 0, run: 1, level: 1, at: "2026-03-09T07:58:00Z", targets: [{ schedule: "core-primary", person: "alice", name: "Alice Example" }] },
      { minute: 5, run: 1, level: 2, at: "2026-03-09T08:03:00Z", targets: [{ person: "bob", name: "Bob Example" }] },
      { minute: 15, run: 2, level: 1, at: "2026-03-09T08:13:00Z", targets: [{ schedule: "core-primary", person: "bob", name: "Bob Example" }] },
    ]);
  });

  it("exits 2 for a policy that does not exist", async () => {
    expect(await runCli(["escalation", "--dir", writeWorkspace(), "--policy", "core"])).toEqual({ code: 2, stdout: "", stderr: "fireline: --policy: no escalation policy 'core'\nhint: Known: core-critical.\n" });
  });
});

describe("fireline handover", () => {
  it("writes markdown with the outgoing and incoming on-call and the incidents of the shift", async () => {
    const run = await runCli(["handover", "--dir", writeWorkspace(), "--at", "2026-03-04T12:00"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(`## On-call handover: Core primary

- **Outgoing:** Alice Example (\`alice\`), on call since Mon 2026-03-02 09:00 +01:00 until Mon 2026-03-09 09:00 +01:00
- **Incoming:** Bob Example (\`bob\`), from Mon 2026-03-09 09:00 +01:00 until Mon 2026-03-16 09:00 +01:00

### Still open (0)

Nothing is open.

### Resolved during this shift (1)

- **API errors after deploy** (sev2, resolved): opened Tue 2026-03-03 10:12 +01:00 (this shift), resolved Tue 2026-03-03 11:40 +01:00. \`incidents/2026-03-03-api-errors/incident.yaml\`

### Before you take over

- [ ] Pager, phone and laptop work; VPN and monitoring access tested
- [ ] Read the open incidents above and their channels
- [ ] Ask the outgoing on-call about anything not written down (trends, planned deploys, noisy alerts)
`);
  });

  it("lists an incident that is still open, with its links, and leaves out incidents resolved before the shift", async () => {
    const incident = "incidents/2026-03-10-web-slow/incident.yaml";
    const open = `title: Web pages slow [EU]
severity: sev3
status: investigating
public: false
services:
  web: degraded_performance
started_at: 2026-03-10T10:00:00Z
updates:
  - at: 2026-03-10T10:05:00Z
    status: investigating
    message: Looking into it.
links:
  - title: Slack channel
    url: https://example.slack.com/archives/C01
`;
    const run = await runCli(["handover", "--dir", writeWorkspace({ [incident]: open }), "--at", "2026-03-11T12:00", "--format", "markdown"]);
    expect(run.stdout).toContain(
      "### Still open (1)\n\n- **Web pages slow \\[EU\\]** (sev3, investigating): opened Tue 2026-03-10 11:00 +01:00 (this shift). [Slack channel](https://example.slack.com/archives/C01) · `incidents/2026-03-10-web-slow/incident.yaml`\n",
    );
    expect(run.stdout).toContain("### Resolved during this shift (0)");
    const json = JSON.parse((await runCli(["handover", "--dir", writeWorkspace({ [incident]: open }), "--at", "2026-03-11T12:00", "--format", "json"])).stdout) as {
      handovers: { outgoing: { person: string }; still_open: { id: string; opened_during_shift: boolean }[] }[];
    };
    expect(json.handovers[0]?.outgoing.person).toBe("bob");
    expect(json.handovers[0]?.still_open.map((i) => [i.id, i.opened_during_shift])).toEqual([["2026-03-10-web-slow", true]]);
  });
});
