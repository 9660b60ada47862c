import { describe, expect, it } from "vitest";
import { MINIMAL_WORKSPACE, diagnosticsFor, edit, summarize } from "../helpers/minimal-workspace.js";

const ESCALATION = "policies/escalation.yaml";
const ROTATION = "rotations/core-primary.yaml";

describe("unknown-escalation-policy (FL-304)", () => {
  it("reports a service whose escalation policy is not in policies/escalation.yaml, with a suggestion", async () => {
    const diagnostics = await diagnosticsFor({
      "services.yaml": edit("services.yaml", [["    escalation_policy: core-critical\n    public: true\n  web", "    escalation_policy: core-critcal\n    public: true\n  web"]]),
    });
    expect(summarize(diagnostics)).toEqual(["FL-304 services.yaml:5:24 services.api.escalation_policy: unknown escalation policy 'core-critcal'; did you mean 'core-critical'?"]);
    expect(diagnostics[0]?.severity).toBe("error");
    expect(diagnostics[0]?.rule).toBe("unknown-escalation-policy");
    expect(diagnostics[0]?.hint).toBe("Add 'core-critcal' to policies/escalation.yaml, or use one that is there.");
  });

  it("lists the known escalation policies when nothing is close enough to suggest", async () => {
    const diagnostics = await diagnosticsFor({
      "services.yaml": edit("services.yaml", [["    escalation_policy: core-critical\n    public: true\n    depends_on", "    escalation_policy: web-low\n    public: true\n    depends_on"]]),
    });
    expect(summarize(diagnostics)).toEqual(["FL-304 services.yaml:10:24 services.web.escalation_policy: unknown escalation policy 'web-low'; known: core-critical"]);
  });

  it("accepts services that name different policies as long as each exists", async () => {
    const diagnostics = await diagnosticsFor({
      [ESCALATION]: `${MINIMAL_WORKSPACE[ESCALATION] ?? ""}  web-low:
    levels:
      - escalate_after: 30m
        notify: [{ person: alice }]
`,
      "services.yaml": edit("services.yaml", [["    escalation_policy: core-critical\n    public: true\n    depends_on", "    escalation_policy: web-low\n    public: true\n    depends_on"]]),
    });
    expect(summarize(diagnostics)).toEqual([]);
  });

  it("reports every service's policy when policies/escalation.yaml does not exist", async () => {
    const diagnostics = await diagnosticsFor({ [ESCALATION]: null });
    expect(summarize(diagnostics)).toEqual([
      "FL-304 services.yaml:5:24 services.api.escalation_policy: unknown escalation policy 'core-critical'",
      "FL-304 services.yaml:10:24 services.web.escalation_policy: unknown escalation policy 'core-critical'",
    ]);
  });

  it("checks no escalation policies when policies/escalation.yaml is not valid YAML", async () => {
    const diagnostics = await diagnosticsFor({ [ESCALATION]: "escalation_policies:\n  core-critical: [\n" });
    expect(summarize(diagnostics)).toEqual([`FL-103 ${ESCALATION}:2:18 the list opened here with [ has no matching ], or its next lines are not indented enough`]);
  });
});

describe("unknown-team (FL-306)", () => {
  it("reports a service owned by a team that is not in people.yaml, with a suggestion", async () => {
    const diagnostics = await diagnosticsFor({ "services.yaml": edit("services.yaml", [["    team: core", "    team: cor"]]) });
    expect(summarize(diagnostics)).toEqual(["FL-306 services.yaml:4:11 services.api.team: unknown team 'cor'; did you mean 'core'?"]);
    expect(diagnostics[0]?.rule).toBe("unknown-team");
    expect(diagnostics[0]?.hint).toBe("Add 'cor' to the teams in people.yaml, or use one that is there.");
  });

  it("reports a person whose team is not in people.yaml, listing the known teams", async () => {
    const diagnostics = await diagnosticsFor({ "people.yaml": edit("people.yaml", [["    team: core", "    team: payments"]]) });
    expect(summarize(diagnostics)).toEqual(["FL-306 people.yaml:9:11 people.alice.team: unknown team 'payments'; known: core"]);
  });

  it("accepts a person without a team", async () => {
    const diagnostics = await diagnosticsFor({ "people.yaml": edit("people.yaml", [["    team: core\n  bob", "  bob"]]) });
    expect(summarize(diagnostics)).toEqual([]);
  });

  it("reports every team reference when people.yaml defines no teams at all", async () => {
    const people = (MINIMAL_WORKSPACE["people.yaml"] ?? "").replace("teams:\n  core:\n    name: Core\n", "").replaceAll("    team: core\n", "");
    const diagnostics = await diagnosticsFor({ "people.yaml": people });
    expect(summarize(diagnostics)).toEqual([
      "FL-306 services.yaml:4:11 services.api.team: unknown team 'core'",
      "FL-306 services.yaml:9:11 services.web.team: unknown team 'core'",
    ]);
  });

  it("checks no teams when people.yaml is missing, so only the missing file is reported", async () => {
    const diagnostics = await diagnosticsFor({ "people.yaml": null, "services.yaml": edit("services.yaml", [["    team: core", "    team: cor"]]) });
    expect(summarize(diagnostics)).toEqual(["FL-111 people.yaml:1:1 people.yaml is missing; every workspace needs one"]);
  });
});

describe("unknown-schedule (FL-305)", () => {
  it("reports an escalation level that notifies a rotation with no file in rotations/, with a suggestion", async () => {
    const diagnostics = await diagnosticsFor({ [ESCALATION]: edit(ESCALATION, [["schedule: core-primary", "schedule: core-primry"]]) });
    expect(summarize(diagnostics)).toEqual([
      `FL-305 ${ESCALATION}:6:30 escalation_policies.core-critical.levels[0].notify[0].schedule: unknown rotation 'core-primry'; did you mean 'core-primary'?`,
    ]);
    expect(diagnostics[0]?.rule).toBe("unknown-schedule");
    expect(diagnostics[0]?.hint).toBe("Add 'core-primry' to rotations/ (as <name>.yaml), or use one that is there.");
  });

  it("lists the known rotations when nothing is close enough to suggest", async () => {
    const diagnostics = await diagnosticsFor({
      [ESCALATION]: edit(ESCALATION, [["notify: [{ person: bob }]", "notify: [{ person: bob }, { schedule: web-secondary }]"]]),
    });
    expect(summarize(diagnostics)).toEqual([
      `FL-305 ${ESCALATION}:8:47 escalation_policies.core-critical.levels[1].notify[1].schedule: unknown rotation 'web-secondary'; known: core-primary`,
    ]);
  });

  it("knows a rotation by its file name, not by its display name", async () => {
    const diagnostics = await diagnosticsFor({
      [ROTATION]: null,
      "rotations/core-secondary.yaml": MINIMAL_WORKSPACE[ROTATION] ?? "",
    });
    expect(summarize(diagnostics)).toEqual([
      `FL-305 ${ESCALATION}:6:30 escalation_policies.core-critical.levels[0].notify[0].schedule: unknown rotation 'core-primary'; known: core-secondary`,
    ]);
  });

  it("does not check a notify target that names a person", async () => {
    const diagnostics = await diagnosticsFor({ [ESCALATION]: edit(ESCALATION, [["{ schedule: core-primary }", "{ person: alice }"]]) });
    expect(summarize(diagnostics)).toEqual([]);
  });

  it("does not call a rotation unknown when its file exists but is invalid", async () => {
    const diagnostics = await diagnosticsFor({ [ROTATION]: edit(ROTATION, [["shift: 1w", "shift: weekly"]]) });
    expect(diagnostics.map((d) => `${d.code} ${d.file}`)).toEqual([`FL-205 ${ROTATION}`]);
  });
});
