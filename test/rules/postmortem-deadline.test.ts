import { Temporal } from "temporal-polyfill";
import { describe, expect, it } from "vitest";
import { validateWorkspace } from "../../src/commands/validate.js";
import { POSTMORTEM_BODY, edit, summarize, workspaceWith } from "../helpers/minimal-workspace.js";

const INCIDENT = "incidents/2026-03-03-api-errors/incident.yaml";
const POSTMORTEM = "incidents/2026-03-03-api-errors/postmortem.md";
const BERLIN = edit("fireline.yaml", [["  time_zone: Europe/Berlin\n", "  time_zone: Europe/Berlin\nbusiness_calendar:\n  country: DE\n  region: BE\n"]]);
/** Resolved Tuesday 2026-03-03 as a sev1: due 5 business days later, Tuesday 2026-03-10. */
const SEV1 = edit(INCIDENT, [["severity: sev2", "severity: sev1"]]);

async function at(now: string | undefined, changes: Record<string, string | null>) {
  const result = await validateWorkspace(workspaceWith(changes), now === undefined ? {} : { now: Temporal.Instant.from(now) });
  if (!result.ok) throw new Error("not a workspace");
  return result.diagnostics;
}

describe("postmortem-missing (FL-701) and postmortem-due (FL-702)", () => {
  it("reports a missing postmortem as an error once the deadline has passed, at resolved_at, with how late it is", async () => {
    const diagnostics = await at("2026-03-11T09:00:00Z", { [INCIDENT]: SEV1 });
    expect(summarize(diagnostics)).toEqual([
      `FL-701 ${INCIDENT}:13:1 a sev1 incident needs a postmortem within 5 business days of resolution; it was due 2026-03-10, 1 business day ago, and incidents/2026-03-03-api-errors/postmortem.md does not exist`,
    ]);
    expect(diagnostics[0]).toMatchObject({ severity: "error", hint: "Write it with `fireline postmortem new 2026-03-03-api-errors`." });
  });

  it("gives a notice with the due date and the business days left before the deadline", async () => {
    const diagnostics = await at("2026-03-05T09:00:00Z", { [INCIDENT]: SEV1 });
    expect(summarize(diagnostics)).toEqual([`FL-702 ${INCIDENT}:13:1 a sev1 incident needs a postmortem within 5 business days of resolution: due 2026-03-10 (3 business days left)`]);
    expect(diagnostics[0]?.severity).toBe("notice");
  });

  it("still only gives a notice on the due date itself, in the organisation's time zone", async () => {
    // 23:30 UTC on the 10th is already the 11th in Berlin.
    expect(summarize(await at("2026-03-10T22:30:00Z", { [INCIDENT]: SEV1 }))[0]).toContain("FL-702");
    expect(summarize(await at("2026-03-10T23:30:00Z", { [INCIDENT]: SEV1 }))[0]).toContain("FL-701");
  });

  it("counts the organisation's public holidays: Good Friday and Easter Monday push the deadline", async () => {
    const beforeEaster = SEV1.replace("resolved_at: 2026-03-03T10:40:00Z", "resolved_at: 2026-04-01T10:40:00Z").replace("  - at: 2026-03-03T10:40:00Z", "  - at: 2026-04-01T10:40:00Z");
    expect(summarize(await at("2026-04-09T12:00:00Z", { "fireline.yaml": BERLIN, [INCIDENT]: beforeEaster }))[0]).toContain("due 2026-04-10 (1 business day left)");
    expect(summarize(await at("2026-04-09T12:00:00Z", { [INCIDENT]: beforeEaster }))[0]).toContain("it was due 2026-04-08, 1 business day ago");
  });

  it("reports nothing when the postmortem exists, even as a draft", async () => {
    const draft = `---\nstatus: draft\nauthors: [alice]\n---\n${POSTMORTEM_BODY}`;
    expect(summarize(await at("2026-04-30T09:00:00Z", { [INCIDENT]: SEV1, [POSTMORTEM]: draft }))).toEqual([]);
  });

  it("reports nothing for a severity that needs no postmortem, or an incident not resolved yet", async () => {
    expect(summarize(await at("2026-04-30T09:00:00Z", {}))).toEqual([]);
    const open = edit(INCIDENT, [["severity: sev2", "severity: sev1"], ["status: resolved", "status: monitoring"], ["resolved_at: 2026-03-03T10:40:00Z\n", ""], ["    status: resolved\n", "    status: monitoring\n"]]);
    expect(summarize(await at("2026-04-30T09:00:00Z", { [INCIDENT]: open }))).toEqual([]);
  });

  it("needs the clock: without now nothing is reported", async () => {
    expect(summarize(await at(undefined, { [INCIDENT]: SEV1 }))).toEqual([]);
  });
});

describe("postmortem triggers (seed 001)", () => {
  const SEV3 = "severity: sev3";
  it("makes a sev3 incident with data loss owe a postmortem, and the message says why", async () => {
    const dataLoss = edit(INCIDENT, [["severity: sev2", SEV3], ["started_at:", "postmortem_triggers: [data_loss]\nstarted_at:"]]);
    expect(summarize(await at("2026-03-25T09:00:00Z", { [INCIDENT]: dataLoss }))).toEqual([
      `FL-701 ${INCIDENT}:14:1 postmortem required: data loss; it is due within 10 business days of resolution; it was due 2026-03-17, 6 business days ago, and incidents/2026-03-03-api-errors/postmortem.md does not exist`,
    ]);
  });

  it("makes an incident resolved later than its severity's target owe one, saying by how much", async () => {
    const slow = edit(INCIDENT, [["severity: sev2", "severity: sev4"], ["resolved_at: 2026-03-03T10:40:00Z", "resolved_at: 2026-03-07T10:40:00Z"], ["  - at: 2026-03-03T10:40:00Z", "  - at: 2026-03-07T10:40:00Z"]]);
    expect(summarize(await at("2026-03-09T09:00:00Z", { [INCIDENT]: slow }))).toEqual([
      `FL-702 ${INCIDENT}:13:1 postmortem required: resolution took 97h 28m, over sev4's 72h target; it is due within 10 business days of resolution: due 2026-03-20 (9 business days left)`,
    ]);
  });
});
