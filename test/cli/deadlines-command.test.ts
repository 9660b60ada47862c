import { describe, expect, it } from "vitest";
import { POSTMORTEM_BODY, edit } from "../helpers/minimal-workspace.js";
import { runCli, writeWorkspace } from "../helpers/run-cli.js";

const INCIDENT = "incidents/2026-03-03-api-errors/incident.yaml";
const POSTMORTEM = "incidents/2026-03-03-api-errors/postmortem.md";
const BERLIN = edit("fireline.yaml", [["  time_zone: Europe/Berlin\n", "  time_zone: Europe/Berlin\nbusiness_calendar:\n  country: DE\n  region: BE\n"]]);
/** The minimal incident as a sev1, which needs a postmortem within 5 business days (due Tuesday 2026-03-10). */
const SEV1 = edit(INCIDENT, [["severity: sev2", "severity: sev1"]]);

function postmortem(status: string, items: string): string {
  return `---\nstatus: ${status}\nauthors: [alice]\n---\n${POSTMORTEM_BODY.replace(/## Action items\n\n[^\n]*\n/, `## Action items\n\n${items}\n`)}`;
}

const ITEMS = [
  "- [ ] Add a pool saturation alert (Owner: @alice, Due: 2026-03-13, Kind: detect)",
  "- [ ] Load test at peak traffic (Owner: @bob, Due: 2026-04-10)",
  "- [x] Roll back automatically (Owner: @bob, Due: 2026-03-06)",
  "- [ ] Review the pool size (Owner: @alice)",
].join("\n");

describe("fireline deadlines", () => {
  it("lists a missing sev1 postmortem as overdue, with the business days late and the commander", async () => {
    const dir = writeWorkspace({ "fireline.yaml": BERLIN, [INCIDENT]: SEV1 });
    const run = await runCli(["deadlines", "--dir", dir, "--now", "2026-03-20T12:00:00Z"]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("");
    expect(run.stdout).toContain("Deadlines on 2026-03-20 (Europe/Berlin)");
    expect(run.stdout).toMatch(/overdue {2}2026-03-10 {2}8 business days late +2026-03-03-api-errors \(sev1, not started, commander @alice; 5 business days\)/);
    expect(run.stdout).toContain("1 postmortem overdue, 0 due; 0 action items overdue, 0 due");
  });

  it("shows the postmortem as due, with the business days left, before the deadline", async () => {
    const dir = writeWorkspace({ "fireline.yaml": BERLIN, [INCIDENT]: SEV1 });
    const run = await runCli(["deadlines", "--dir", dir, "--now", "2026-03-05T12:00:00Z"]);
    expect(run.stdout).toMatch(/due +2026-03-10 {2}3 business days left/);
  });

  it("reads a --now without an offset in the organisation's time zone", async () => {
    const dir = writeWorkspace({ "fireline.yaml": BERLIN, [INCIDENT]: SEV1 });
    // 23:30 in Berlin is still the due date; 23:30 UTC is already the next day in Berlin.
    expect((await runCli(["deadlines", "--dir", dir, "--now", "2026-03-10T23:30"])).stdout).toContain("due today");
    expect((await runCli(["deadlines", "--dir", dir, "--now", "2026-03-10T23:30:00Z"])).stdout).toMatch(/overdue {2}2026-03-10 {2}1 business day late/);
  });

  it("lists open action items with a due date by owner, and counts the ones without", async () => {
    const dir = writeWorkspace({ "fireline.yaml": BERLIN, [POSTMORTEM]: postmortem("in-review", ITEMS) });
    // Good Friday and Easter Monday fall before the second item's due date.
    const run = await runCli(["deadlines", "--dir", dir, "--now", "2026-03-17T09:00:00Z"]);
    const alice = run.stdout.indexOf("@alice (Alice Example)");
    const bob = run.stdout.indexOf("@bob (Bob Example)");
    expect(alice).toBeGreaterThan(0);
    expect(bob).toBeGreaterThan(alice);
    expect(run.stdout).toMatch(/overdue {2}2026-03-13 {2}2 business days late +Add a pool saturation alert {2}incidents\/2026-03-03-api-errors\/postmortem\.md:\d+/);
    expect(run.stdout).toMatch(/due +2026-04-10 {2}16 business days left +Load test at peak traffic/);
    expect(run.stdout).not.toContain("Roll back automatically");
    expect(run.stdout).toContain("(1 open action item without a due date)");
  });

  it("writes a versioned JSON report", async () => {
    const dir = writeWorkspace({ "fireline.yaml": BERLIN, [INCIDENT]: SEV1, [POSTMORTEM]: postmortem("draft", ITEMS) });
    const run = await runCli(["deadlines", "--dir", dir, "--now", "2026-03-17T09:00:00Z", "--format", "json"]);
    const report = JSON.parse(run.stdout) as Record<string, unknown>;
    expect(report).toMatchObject({
      version: 1,
      today: "2026-03-17",
      time_zone: "Europe/Berlin",
      summary: { postmortems_overdue: 1, postmortems_due: 0, action_items_overdue: 1, action_items_due: 1, action_items_without_due_date: 1 },
      postmortems: [
        { incident: "2026-03-03-api-errors", severity: "sev1", status: "draft", due: "2026-03-10", state: "overdue", business_days_late: 5, commander: "alice" },
      ],
    });
    expect((report.action_items as unknown[])[0]).toEqual({
      owner: "alice",
      text: "Add a pool saturation alert",
      incident: "2026-03-03-api-errors",
      file: POSTMORTEM,
      line: expect.any(Number) as number,
      due: "2026-03-13",
      state: "overdue",
      business_days_late: 2,
      kind: "detect",
    });
  });

  it("writes markdown tables for an issue or a job summary", async () => {
    const dir = writeWorkspace({ "fireline.yaml": BERLIN, [INCIDENT]: SEV1, [POSTMORTEM]: postmortem("draft", ITEMS) });
    const run = await runCli(["deadlines", "--dir", dir, "--now", "2026-03-17T09:00:00Z", "--format", "markdown"]);
    expect(run.stdout).toContain("## Deadlines on 2026-03-17");
    expect(run.stdout).toContain("| 2026-03-03-api-errors | sev1 | draft | 2026-03-10 | **overdue**, 5 business days late | @alice |");
    expect(run.stdout).toContain("#### @alice (Alice Example)");
    expect(run.stdout).toMatch(/\| 2026-03-13 \| \*\*overdue\*\*, 2 business days late \| Add a pool saturation alert \| \[2026-03-03-api-errors\]\(incidents\/2026-03-03-api-errors\/postmortem\.md#L\d+\) \|/);
  });

  it("counts Berlin's Good Friday and Easter Monday as closed", async () => {
    const resolvedBeforeEaster = SEV1.replace("resolved_at: 2026-03-03T10:40:00Z", "resolved_at: 2026-03-31T10:40:00Z").replace(
      "  - at: 2026-03-03T10:40:00Z",
      "  - at: 2026-03-31T10:40:00Z",
    );
    const dir = writeWorkspace({ "fireline.yaml": BERLIN, [INCIDENT]: resolvedBeforeEaster });
    const run = await runCli(["deadlines", "--dir", dir, "--now", "2026-04-01T09:00:00Z", "--format", "json"]);
    // Wed 1, Thu 2, (Good Friday), Tue 7, Wed 8, Thu 9: five business days after Tuesday 31 March.
    expect((JSON.parse(run.stdout) as { postmortems: { due: string }[] }).postmortems[0]?.due).toBe("2026-04-09");
  });

  it("exits 1 with --fail-on-overdue when something is overdue, and 0 otherwise", async () => {
    const dir = writeWorkspace({ "fireline.yaml": BERLIN, [INCIDENT]: SEV1 });
    expect((await runCli(["deadlines", "--dir", dir, "--now", "2026-03-20T12:00:00Z", "--fail-on-overdue"])).code).toBe(1);
    expect((await runCli(["deadlines", "--dir", dir, "--now", "2026-03-20T12:00:00Z"])).code).toBe(0);
    expect((await runCli(["deadlines", "--dir", dir, "--now", "2026-03-04T12:00:00Z", "--fail-on-overdue"])).code).toBe(0);
  });

  it("exits 2 with a clear message for a --now it cannot read", async () => {
    const run = await runCli(["deadlines", "--dir", writeWorkspace(), "--now", "next tuesday"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("fireline: --now must be a time such as 2026-03-03T09:12:00Z or 2026-03-03T10:12 (read in Europe/Berlin), got 'next tuesday'");
    expect(run.stderr).not.toContain("    at ");
  });

  it("warns about a business calendar country it has no holidays for, and still reports", async () => {
    const dir = writeWorkspace({ "fireline.yaml": BERLIN.replace("country: DE", "country: XX").replace("  region: BE\n", ""), [INCIDENT]: SEV1 });
    const run = await runCli(["deadlines", "--dir", dir, "--now", "2026-03-20T12:00:00Z"]);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain("fireline: warning: fireline.yaml business_calendar.country: no public-holiday table for 'XX'");
    expect(run.stdout).toContain("8 business days late");
  });
});
