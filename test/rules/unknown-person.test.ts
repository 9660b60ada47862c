import { describe, expect, it } from "vitest";
import { MINIMAL_WORKSPACE, POSTMORTEM_BODY, diagnosticsFor, edit, summarize } from "../helpers/minimal-workspace.js";

const INCIDENT = "incidents/2026-03-03-api-errors/incident.yaml";
const POSTMORTEM = "incidents/2026-03-03-api-errors/postmortem.md";
const ROTATION = "rotations/core-primary.yaml";
const ESCALATION = "policies/escalation.yaml";

/** A published postmortem whose authors and reviewers are the given handles. */
function postmortem(authors: string, reviewers: string): string {
  return `---
status: published
authors: [${authors}]
reviewers: [${reviewers}]
published_at: 2026-03-10T10:00:00Z
---
${POSTMORTEM_BODY}`;
}

/** The minimal rotation with one override appended (lines 9 to 13: person on 10, covers on 11). */
function rotationWithOverride(override: string): string {
  return `${MINIMAL_WORKSPACE[ROTATION] ?? ""}overrides:
${override}`;
}

describe("unknown-person (FL-301)", () => {
  it("reports a commander who is not in people.yaml, with a suggestion", async () => {
    const diagnostics = await diagnosticsFor({ [INCIDENT]: edit(INCIDENT, [["commander: alice", "commander: alcie"]]) });
    expect(summarize(diagnostics)).toEqual([`FL-301 ${INCIDENT}:8:14 roles.commander: unknown person 'alcie'; did you mean 'alice'?`]);
    expect(diagnostics[0]?.severity).toBe("error");
    expect(diagnostics[0]?.rule).toBe("unknown-person");
    expect(diagnostics[0]?.hint).toBe("Add 'alcie' to people.yaml, or use one that is there.");
  });

  it("lists the known handles when nothing is close enough to suggest", async () => {
    const diagnostics = await diagnosticsFor({ [INCIDENT]: edit(INCIDENT, [["commander: alice", "commander: zed"]]) });
    expect(summarize(diagnostics)).toEqual([`FL-301 ${INCIDENT}:8:14 roles.commander: unknown person 'zed'; known: alice or bob`]);
  });

  it("does not list the known handles when there are more than eight of them", async () => {
    const extra = ["carol", "dave", "erin", "frank", "grace", "heidi", "ivan"]
      .map((handle) => `  ${handle}:\n    name: ${handle}\n    time_zone: UTC\n`)
      .join("");
    const diagnostics = await diagnosticsFor({
      "people.yaml": `${MINIMAL_WORKSPACE["people.yaml"] ?? ""}${extra}`,
      [INCIDENT]: edit(INCIDENT, [["commander: alice", "commander: zed"]]),
    });
    expect(summarize(diagnostics)).toEqual([`FL-301 ${INCIDENT}:8:14 roles.commander: unknown person 'zed'`]);
  });

  it("reports unknown handles in every incident role, not only the commander", async () => {
    const diagnostics = await diagnosticsFor({
      [INCIDENT]: edit(INCIDENT, [["  commander: alice\n", "  commander: alice\n  communications: carol\n  operations: bob\n  scribe: dave\n"]]),
    });
    expect(summarize(diagnostics)).toEqual([
      `FL-301 ${INCIDENT}:9:19 roles.communications: unknown person 'carol'; known: alice or bob`,
      `FL-301 ${INCIDENT}:11:11 roles.scribe: unknown person 'dave'; known: alice or bob`,
    ]);
  });

  it("reports an update author who is not in people.yaml", async () => {
    const diagnostics = await diagnosticsFor({
      [INCIDENT]: edit(INCIDENT, [["    message: The issue is resolved.\n", "    message: The issue is resolved.\n    author: bobb\n"]]),
    });
    expect(summarize(diagnostics)).toEqual([`FL-301 ${INCIDENT}:23:13 updates[1].author: unknown person 'bobb'; did you mean 'bob'?`]);
  });

  it("accepts updates without an author and authors who are in people.yaml", async () => {
    const diagnostics = await diagnosticsFor({
      [INCIDENT]: edit(INCIDENT, [["    message: The issue is resolved.\n", "    message: The issue is resolved.\n    author: bob\n"]]),
    });
    expect(summarize(diagnostics)).toEqual([]);
  });

  it("reports a rotation member who is not in people.yaml, pointing at the member", async () => {
    const diagnostics = await diagnosticsFor({ [ROTATION]: edit(ROTATION, [["members: [alice, bob]", "members: [alice, bbo]"]]) });
    expect(summarize(diagnostics)).toEqual([`FL-301 ${ROTATION}:5:22 layers[0].members[1]: unknown person 'bbo'; did you mean 'bob'?`]);
  });

  it("reports unknown members in a later layer at that layer's path", async () => {
    const diagnostics = await diagnosticsFor({
      [ROTATION]: `${MINIMAL_WORKSPACE[ROTATION] ?? ""}  - name: Weekend
    members:
      - bob
      - carol
    shift: 1d
    handoff: "09:00"
    effective_from: 2026-01-05T09:00:00+01:00
`,
    });
    expect(summarize(diagnostics)).toEqual([`FL-301 ${ROTATION}:12:9 layers[1].members[1]: unknown person 'carol'; known: alice or bob`]);
  });

  it("reports an override's person who is not in people.yaml", async () => {
    const diagnostics = await diagnosticsFor({
      [ROTATION]: rotationWithOverride(`  - person: carol
    covers: alice
    from: 2026-03-10T09:00:00+01:00
    to: 2026-03-12T09:00:00+01:00
`),
    });
    expect(summarize(diagnostics)).toEqual([`FL-301 ${ROTATION}:10:13 overrides[0].person: unknown person 'carol'; known: alice or bob`]);
  });

  it("reports an override that covers someone who is not in people.yaml", async () => {
    const diagnostics = await diagnosticsFor({
      [ROTATION]: rotationWithOverride(`  - person: bob
    covers: alicia
    from: 2026-03-10T09:00:00+01:00
    to: 2026-03-12T09:00:00+01:00
`),
    });
    expect(summarize(diagnostics)).toEqual([`FL-301 ${ROTATION}:11:13 overrides[0].covers: unknown person 'alicia'; did you mean 'alice'?`]);
  });

  it("accepts an override without covers", async () => {
    const diagnostics = await diagnosticsFor({
      [ROTATION]: rotationWithOverride(`  - person: bob
    from: 2026-03-10T09:00:00+01:00
    to: 2026-03-12T09:00:00+01:00
    reason: Alice at a conference
`),
    });
    expect(summarize(diagnostics)).toEqual([]);
  });

  it("reports an escalation level that notifies a person who is not in people.yaml", async () => {
    const diagnostics = await diagnosticsFor({ [ESCALATION]: edit(ESCALATION, [["{ person: bob }", "{ person: robert }"]]) });
    expect(summarize(diagnostics)).toEqual([
      `FL-301 ${ESCALATION}:8:28 escalation_policies.core-critical.levels[1].notify[0].person: unknown person 'robert'; known: alice or bob`,
    ]);
  });

  it("does not treat an escalation level's schedule as a person", async () => {
    const diagnostics = await diagnosticsFor({
      [ESCALATION]: edit(ESCALATION, [["notify: [{ schedule: core-primary }]", "notify: [{ schedule: core-primary }, { person: alice }]"]]),
    });
    expect(summarize(diagnostics)).toEqual([]);
  });

  it("accepts a postmortem whose authors and reviewers are all in people.yaml", async () => {
    expect(summarize(await diagnosticsFor({ [POSTMORTEM]: postmortem("alice", "bob") }))).toEqual([]);
  });

  it("reports a postmortem author who is not in people.yaml, on the line in the markdown file", async () => {
    const diagnostics = await diagnosticsFor({ [POSTMORTEM]: postmortem("alice, alcie", "bob") });
    expect(summarize(diagnostics)).toEqual([`FL-301 ${POSTMORTEM}:3:18 authors[1]: unknown person 'alcie'; did you mean 'alice'?`]);
  });

  it("reports a postmortem reviewer who is not in people.yaml", async () => {
    const diagnostics = await diagnosticsFor({ [POSTMORTEM]: postmortem("alice", "erin") });
    expect(summarize(diagnostics)).toEqual([`FL-301 ${POSTMORTEM}:4:13 reviewers[0]: unknown person 'erin'; known: alice or bob`]);
  });

  it("does not check handles in a postmortem whose front matter is invalid", async () => {
    const diagnostics = await diagnosticsFor({ [POSTMORTEM]: postmortem("alcie", "erin").replace("status: published", "status: done") });
    expect(summarize(diagnostics)).toEqual([`FL-204 ${POSTMORTEM}:2:9 status must be one of draft, in-review, published, got 'done'`]);
  });

  it("reports every unknown handle when there are several, each at its own place", async () => {
    const diagnostics = await diagnosticsFor({
      [INCIDENT]: edit(INCIDENT, [["commander: alice", "commander: zed"]]),
      [ROTATION]: edit(ROTATION, [["members: [alice, bob]", "members: [zed, bob]"]]),
    });
    expect(summarize(diagnostics)).toEqual([
      `FL-301 ${INCIDENT}:8:14 roles.commander: unknown person 'zed'; known: alice or bob`,
      `FL-301 ${ROTATION}:5:15 layers[0].members[0]: unknown person 'zed'; known: alice or bob`,
    ]);
  });

  it("checks no handles when people.yaml is missing, so only the missing file is reported", async () => {
    const diagnostics = await diagnosticsFor({ "people.yaml": null });
    expect(summarize(diagnostics)).toEqual(["FL-111 people.yaml:1:1 people.yaml is missing; every workspace needs one"]);
  });

  it("checks no handles when people.yaml does not match its schema, so its error is the only one", async () => {
    const diagnostics = await diagnosticsFor({
      "people.yaml": edit("people.yaml", [["time_zone: America/New_York", "timezone: America/New_York"]]),
      [INCIDENT]: edit(INCIDENT, [["commander: alice", "commander: zed"]]),
    });
    expect(summarize(diagnostics)).toEqual([
      "FL-202 people.yaml:13:5 unknown key 'timezone' in people.bob; did you mean 'time_zone'?",
    ]);
  });

  it("checks no handles when people.yaml is not valid YAML", async () => {
    const diagnostics = await diagnosticsFor({ "people.yaml": "people:\n  alice: [\n" });
    expect(summarize(diagnostics)).toEqual(["FL-103 people.yaml:2:10 the list opened here with [ has no matching ], or its next lines are not indented enough"]);
  });
});
