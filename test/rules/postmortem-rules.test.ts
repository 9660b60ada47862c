import { Temporal } from "temporal-polyfill";
import { describe, expect, it } from "vitest";
import { validateWorkspace } from "../../src/commands/validate.js";
import { POSTMORTEM_BODY, edit, summarize, workspaceWith } from "../helpers/minimal-workspace.js";
import { runCli, writeWorkspace } from "../helpers/run-cli.js";

const POSTMORTEM = "incidents/2026-03-03-api-errors/postmortem.md";
const POLICY = "policies/postmortem.yaml";

function postmortem(front: string, body = POSTMORTEM_BODY): string {
  return `---\n${front}\n---\n${body}`;
}
const PUBLISHED = "status: published\nauthors: [alice]\nreviewers: [bob]\npublished_at: 2026-03-10T10:00:00Z";
const withItems = (items: string) => POSTMORTEM_BODY.replace(/## Action items\n\n[^\n]*\n/, `## Action items\n\n${items}\n`);

async function diagnostics(changes: Record<string, string | null>, now?: string) {
  const result = await validateWorkspace(workspaceWith(changes), now === undefined ? {} : { now: Temporal.Instant.from(now) });
  if (!result.ok) throw new Error("not a workspace");
  return result.diagnostics;
}

describe("postmortem rules", () => {
  it("accept the complete minimal postmortem", async () => {
    expect(summarize(await diagnostics({ [POSTMORTEM]: postmortem(PUBLISHED) }, "2026-03-20T12:00:00Z"))).toEqual([]);
  });

  it("published-without-reviewers (FL-713): a published postmortem names reviewers; in review it need not", async () => {
    const found = await diagnostics({ [POSTMORTEM]: postmortem("status: published\nauthors: [alice]\nreviewers: []") });
    expect(summarize(found)).toEqual([`FL-713 ${POSTMORTEM}:4:1 the postmortem is published but names no reviewers`]);
    expect(summarize(await diagnostics({ [POSTMORTEM]: postmortem("status: in-review\nauthors: [alice]") }))).toEqual([]);
  });

  it("action-item-overdue (FL-711): an open item past its due date is a notice; a done one or a future one is not", async () => {
    const items = withItems(
      ["- [ ] Add an alert (Owner: @alice, Due: 2026-03-13)", "- [x] Roll back faster (Owner: @bob, Due: 2026-03-06)", "- [ ] Load test (Owner: @bob, Due: 2026-04-30)"].join("\n"),
    );
    const found = await diagnostics({ [POSTMORTEM]: postmortem(PUBLISHED, items) }, "2026-03-20T12:00:00Z");
    expect(summarize(found)).toEqual([`FL-711 ${POSTMORTEM}:48:41 the action item 'Add an alert' (owner @alice) was due 2026-03-13 and is still open`]);
    expect(found[0]?.severity).toBe("notice");
    expect(summarize(await diagnostics({ [POSTMORTEM]: postmortem(PUBLISHED, items) }))).toEqual([]);
  });

  it("action-item-due-too-late (FL-712): a due date past the policy's longest_due, counted in business days from resolution", async () => {
    const items = withItems(["- [ ] Add an alert (Owner: @alice, Due: 2026-03-17)", "- [ ] Load test (Owner: @bob, Due: 2026-03-18)"].join("\n"));
    const found = await diagnostics({ [POLICY]: "action_items:\n  longest_due: 10 business days\n", [POSTMORTEM]: postmortem(PUBLISHED, items) });
    expect(summarize(found)).toEqual([`FL-712 ${POSTMORTEM}:49:36 Due: 2026-03-18 is later than the policy allows: 10 business days after resolution is 2026-03-17`]);
  });

  it("missing-section (FL-703): names each required section that is not there, as notices in a draft", async () => {
    const body = POSTMORTEM_BODY.replace(/## Where we got lucky\n\n[^\n]*\n/, "");
    expect(summarize(await diagnostics({ [POSTMORTEM]: postmortem(PUBLISHED, body) }))).toEqual([`FL-703 ${POSTMORTEM}:8:1 the postmortem has no Where we got lucky section`]);
    const draft = await diagnostics({ [POSTMORTEM]: postmortem("status: draft\nauthors: [alice]", body) });
    expect(draft.map((d) => d.severity)).toEqual(["notice"]);
  });

  it("unknown-section (FL-716): the policy requires a section it does not define", async () => {
    const found = await diagnostics({ [POLICY]: "required_sections: [summary, timline]\n" });
    expect(summarize(found)).toEqual([`FL-716 ${POLICY}:1:30 required_sections[1]: no section 'timline'; did you mean 'timeline'?`]);
  });

  it("unknown-holiday-region (FL-717): a region date-holidays does not have, when deadlines need the calendar", async () => {
    const config = edit("fireline.yaml", [["  time_zone: Europe/Berlin\n", "  time_zone: Europe/Berlin\nbusiness_calendar:\n  country: DE\n  region: XY\n"]]);
    const found = await diagnostics({ "fireline.yaml": config, [POLICY]: "action_items:\n  longest_due: 60 business days\n", [POSTMORTEM]: postmortem(PUBLISHED) });
    expect(summarize(found)).toEqual([`FL-717 fireline.yaml:6:11 business_calendar.region: Germany has no region 'XY'; only nationwide holidays are closed`]);
    expect(found[0]?.hint).toContain("BE");
  });

  it("blameless-language (FL-715) can be switched off in the policy", async () => {
    const body = POSTMORTEM_BODY.replace("The release was rolled back.", "Alice forgot to roll back, which was careless.");
    expect(summarize(await diagnostics({ [POSTMORTEM]: postmortem(PUBLISHED, body) })).map((line) => line.slice(0, 6))).toEqual(["FL-715", "FL-715"]);
    expect(summarize(await diagnostics({ [POLICY]: "blameless:\n  enabled: false\n", [POSTMORTEM]: postmortem(PUBLISHED, body) }))).toEqual([]);
  });

  it("a policy file with a typo is a schema error, and the built-in policy applies meanwhile", async () => {
    const found = await diagnostics({ [POLICY]: "required_section: [summary]\n", [POSTMORTEM]: postmortem(PUBLISHED) });
    expect(summarize(found)).toEqual([expect.stringMatching(/^FL-202 policies\/postmortem\.yaml:1:1 .*required_section.*required_sections/)]);
  });
});

describe("fireline validate on postmortems", () => {
  it("prints postmortem problems at their line in the markdown file", async () => {
    const items = withItems("- [ ] Add an alert (Owner: @alcie, Due: 2026-02-30)");
    const dir = writeWorkspace({ [POSTMORTEM]: postmortem(PUBLISHED, items) });
    const run = await runCli(["validate", "--now", "2026-03-20T12:00:00Z"], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      `${POSTMORTEM}\n  48:28   error   Owner: unknown person '@alcie'; did you mean '@alice'?  FL-710 unknown-owner\n` +
        "                  hint: Add 'alcie' to people.yaml, or use a handle that is there.\n" +
        "  48:41   error   Due: '2026-02-30' is not a date in the calendar  FL-707 action-item-malformed\n" +
        "                  hint: Write the due date as YYYY-MM-DD, e.g. 2026-03-20.\n",
    );
  });

  it("reports a missing postmortem after the deadline with --now, and exits 1", async () => {
    const dir = writeWorkspace({ "incidents/2026-03-03-api-errors/incident.yaml": edit("incidents/2026-03-03-api-errors/incident.yaml", [["severity: sev2", "severity: sev1"]]) });
    const late = await runCli(["validate", "--dir", dir, "--now", "2026-03-20T12:00:00Z"]);
    expect(late.code).toBe(1);
    expect(late.stdout).toContain("FL-701 postmortem-missing");
    const early = await runCli(["validate", "--dir", dir, "--now", "2026-03-04T12:00:00Z"]);
    expect(early.code).toBe(0);
    expect(early.stdout).toMatch(/notice {2}a sev1 incident needs a postmortem within 5 business days of resolution: due 2026-03-10/);
  });

  it("reads a --now without an offset in the organisation's time zone", async () => {
    const dir = writeWorkspace({ "incidents/2026-03-03-api-errors/incident.yaml": edit("incidents/2026-03-03-api-errors/incident.yaml", [["severity: sev2", "severity: sev1"]]) });
    // 23:30 on the due date in Berlin is still in time; 23:30 UTC is already the next day there.
    expect((await runCli(["validate", "--dir", dir, "--now", "2026-03-10T23:30"])).stdout).toContain("FL-702 postmortem-due");
    expect((await runCli(["validate", "--dir", dir, "--now", "2026-03-10T23:30:00Z"])).stdout).toContain("FL-701 postmortem-missing");
  });
});
