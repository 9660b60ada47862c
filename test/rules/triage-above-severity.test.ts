import { describe, expect, it } from "vitest";
import { diagnosticsFor, edit, summarize } from "../helpers/minimal-workspace.js";

const INCIDENT = "incidents/2026-03-03-api-errors/incident.yaml";
const FIRST_UPDATE = "    message: We are investigating elevated API errors.\n";

/** The minimal resolved sev2 incident with triage answers recorded, and optionally a severity change on its first update. */
function answered(triage: string, change?: { from: string; to: string }): string {
  return edit(INCIDENT, [
    ["roles:\n", `triage:\n${triage}roles:\n`],
    ...(change === undefined ? [] : [[FIRST_UPDATE, `${FIRST_UPDATE}    severity_change: { from: ${change.from}, to: ${change.to} }\n`] as [string, string]]),
  ]);
}

async function fl438(text: string) {
  return (await diagnosticsFor({ [INCIDENT]: text })).filter((d) => d.code === "FL-438");
}

describe("triage answers that suggest a more severe level than the incident reached (FL-438)", () => {
  it("warns at severity:, naming every answer that implies the suggestion", async () => {
    const found = await fl438(answered("  impact: total_outage\n  security_breach: \"yes\"\n  revenue_impact: \"yes\"\n"));
    expect(summarize(found)).toEqual([
      `FL-438 ${INCIDENT}:2:11 the recorded triage answers (impact is total_outage, security_breach is yes) suggest sev1, more severe than sev2, the severity it has had throughout`,
    ]);
    expect(found[0]?.severity).toBe("warning");
    expect(found[0]?.hint).toContain("Correct the answers under triage:");
  });

  it("tells how to raise an open incident", async () => {
    const open = edit(INCIDENT, [["status: resolved\n", "status: identified\n"], ["resolved_at: 2026-03-03T10:40:00Z\n", ""], ["  - at: 2026-03-03T10:40:00Z\n    status: resolved\n", "  - at: 2026-03-03T10:40:00Z\n    status: identified\n"]]);
    const found = await diagnosticsFor({ [INCIDENT]: open.replace("roles:\n", "triage:\n  impact: total_outage\nroles:\n") });
    expect(found.find((d) => d.code === "FL-438")?.hint).toBe(
      "Raise it with `fireline incident update 2026-03-03-api-errors --severity sev1`, or correct the answers under triage: if they are wrong.",
    );
  });

  it.each([
    ["the answers suggest the severity it has", "  impact: significant_degradation\n", undefined],
    ["the answers suggest a lower one: the commander may have known more", "  impact: minor_degradation\n", undefined],
    ["no answer implies a severity", "  customers_affected: \"yes\"\n", undefined],
    ["it was declared at the suggested severity and lowered later", "  impact: total_outage\n", { from: "sev1", to: "sev2" }],
  ])("stays quiet when %s", async (_case, triage, change) => {
    expect(await fl438(answered(triage, change))).toEqual([]);
  });

  it("names the highest severity reached when the incident was raised, but not as far as the answers", async () => {
    const text = answered("  impact: total_outage\n", { from: "sev3", to: "sev2" });
    expect(summarize(await fl438(text))).toEqual([
      `FL-438 ${INCIDENT}:2:11 the recorded triage answers (impact is total_outage) suggest sev1, more severe than sev2, the highest severity it reached`,
    ]);
  });
});
