import { describe, expect, it } from "vitest";
import { postmortemRequirement, requirementPolicy, requirementText } from "../../../src/engine/postmortem/requirement.js";
import type { IncidentFile } from "../../../src/schema/incident.js";
import type { SeverityPolicyFile } from "../../../src/schema/severity-policy.js";
import { POSTMORTEM_TRIGGERS } from "../../../src/schema/postmortem-triggers.js";

function level(resolution: string, required: boolean, due?: string) {
  return {
    name: "x",
    description: "x",
    response_target: "5m",
    resolution_target: resolution,
    update_cadence: "none",
    postmortem: due === undefined ? { required } : { required, due },
  };
}

/** The seed table: sev1 and sev2 require one (5 and 10 business days), sev3 and sev4 do not. */
const SEEDS: SeverityPolicyFile = {
  severities: { sev1: level("4h", true, "5 business days"), sev2: level("8h", true, "10 business days"), sev3: level("24h", false), sev4: level("72h", false) },
};

function incident(fields: Partial<IncidentFile>): IncidentFile {
  return {
    title: "t",
    severity: "sev3",
    status: "resolved",
    public: false,
    services: { api: "degraded_performance" },
    started_at: "2026-03-03T09:00:00Z",
    resolved_at: "2026-03-03T10:00:00Z",
    updates: [],
    ...fields,
  };
}

const WORDS = {
  user_visible_downtime: "user-visible downtime",
  slo_breached: "SLO breached",
  data_loss: "data loss",
  manual_intervention: "manual intervention (rollback, traffic reroute)",
  monitoring_failed: "monitoring failed",
} as const;

describe("postmortemRequirement", () => {
  it.each(POSTMORTEM_TRIGGERS.map((trigger) => [trigger, WORDS[trigger]] as const))(
    "a sev3 incident with %s owes a postmortem, due in the default 10 business days, and says why",
    (trigger, words) => {
      const owed = postmortemRequirement(incident({ postmortem_triggers: [trigger] }), requirementPolicy(SEEDS));
      expect(owed).toEqual({ required: true, severity: "sev3", due: "10 business days", reasons: [words] });
    },
  );

  it("says data loss is why a sev3 incident owes a postmortem", () => {
    const owed = postmortemRequirement(incident({ postmortem_triggers: ["data_loss"] }), requirementPolicy(SEEDS));
    expect(requirementText(owed)).toBe("postmortem required: data loss");
  });

  it("requires none of a sev3 or sev4 incident without a trigger, resolved within its target", () => {
    expect(postmortemRequirement(incident({}), requirementPolicy(SEEDS))).toEqual({ required: false, severity: "sev3", reasons: [] });
    expect(postmortemRequirement(incident({ severity: "sev4" }), requirementPolicy(SEEDS)).required).toBe(false);
  });

  it.each([
    ["sev1", "5 business days"],
    ["sev2", "10 business days"],
  ])("requires one of every %s incident, due as the severity says", (severity, due) => {
    expect(postmortemRequirement(incident({ severity }), requirementPolicy(SEEDS))).toEqual({ required: true, severity, due, reasons: [`${severity} requires one`] });
  });

  it("requires one when the resolution took longer than the severity's target, and says by how much", () => {
    const slow = incident({ resolved_at: "2026-03-04T10:30:00Z" });
    expect(postmortemRequirement(slow, requirementPolicy(SEEDS)).reasons).toEqual(["resolution took 25h 30m, over sev3's 24h target"]);
    expect(postmortemRequirement(incident({ resolved_at: "2026-03-04T09:00:00Z" }), requirementPolicy(SEEDS)).required).toBe(false);
  });

  it("does not judge the resolution target of an incident still open", () => {
    const open = incident({ status: "investigating" });
    delete open.resolved_at;
    expect(postmortemRequirement(open, requirementPolicy(SEEDS)).required).toBe(false);
  });

  it("follows the policy: only the facts it lists, no resolution trigger when switched off, its own deadline", () => {
    const policy = requirementPolicy({ ...SEEDS, postmortem_triggers: { facts: ["data_loss"], resolution_over_target: false, due: "3 business days" } });
    expect(postmortemRequirement(incident({ postmortem_triggers: ["monitoring_failed"] }), policy).required).toBe(false);
    expect(postmortemRequirement(incident({ resolved_at: "2026-03-05T09:00:00Z" }), policy).required).toBe(false);
    expect(postmortemRequirement(incident({ postmortem_triggers: ["data_loss"] }), policy)).toMatchObject({ required: true, due: "3 business days" });
  });

  it("judges a severity raised then lowered by the highest severity it reached", () => {
    const raisedThenLowered = incident({
      severity: "sev3",
      updates: [
        { at: "2026-03-03T09:10:00Z", status: "investigating", message: "Raised.", severity_change: { from: "sev3", to: "sev1" } },
        { at: "2026-03-03T09:40:00Z", status: "identified", message: "Lowered.", severity_change: { from: "sev1", to: "sev3" } },
      ],
    });
    expect(postmortemRequirement(raisedThenLowered, requirementPolicy(SEEDS))).toEqual({ required: true, severity: "sev1", due: "5 business days", reasons: ["sev1 requires one"] });
  });

  it("lists every reason that holds: the severity, the facts and the resolution target", () => {
    const all = incident({ severity: "sev2", postmortem_triggers: ["data_loss", "slo_breached"], resolved_at: "2026-03-03T18:00:00Z" });
    expect(postmortemRequirement(all, requirementPolicy(SEEDS)).reasons).toEqual(["sev2 requires one", "data loss", "SLO breached", "resolution took 9h, over sev2's 8h target"]);
  });
});
