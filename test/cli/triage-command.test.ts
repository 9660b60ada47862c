import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { MINIMAL_WORKSPACE } from "../helpers/minimal-workspace.js";
import { runCli, writeWorkspace } from "../helpers/run-cli.js";

const NOW = { FIRELINE_NOW: "2026-04-02T10:00:00Z" };
const incidentsIn = (dir: string) => readdirSync(join(dir, "incidents")).sort();

/** A scripted terminal: the lines a person would type, and isTTY so the questions are asked. */
function typed(...lines: string[]): NodeJS.ReadableStream & { isTTY: boolean } {
  return Object.assign(Readable.from(lines.map((line) => `${line}\n`)), { isTTY: true });
}

function declaredIncident(dir: string, before: readonly string[]): Record<string, unknown> {
  const id = incidentsIn(dir).find((name) => !before.includes(name));
  if (id === undefined) throw new Error("no incident was declared");
  return parse(readFileSync(join(dir, "incidents", id, "incident.yaml"), "utf8")) as Record<string, unknown>;
}

describe("fireline triage", () => {
  it("lists the default questions with the flag that answers each and the severity each answer implies", async () => {
    const run = await runCli(["triage", "--dir", writeWorkspace()]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Triage questions (built-in defaults after seeds 002 and 004)");
    expect(run.stdout).toContain("impact: What is the impact on users?    --impact <total_outage|significant_degradation|minor_degradation|none>");
    expect(run.stdout).toContain("  total_outage             Total outage: the service is down for most users  (-> sev1 (Critical), declare)");
    expect(run.stdout).toContain("security_breach: Is there a security breach (user data exposed)?    --security-breach");
  });

  it("suggests the highest severity any answer implies and says which answers did it, writing nothing", async () => {
    const dir = writeWorkspace();
    const before = incidentsIn(dir);
    const run = await runCli(["triage", "--dir", dir, "--impact", "minor_degradation", "--revenue-impact", "--no-security-breach"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      "Suggested severity: sev2 (Major)\n" +
        "  because revenue_impact is yes\n" +
        "Declare an incident: yes, because impact is minor_degradation; revenue_impact is yes\n" +
        "Not answered: customers_affected, customer_sla_affected\n",
    );
    expect(incidentsIn(dir)).toEqual(before);
  });

  it("prints the suggestion as JSON", async () => {
    const run = await runCli(["triage", "--dir", writeWorkspace(), "--impact=total_outage", "--format", "json"]);
    const json = JSON.parse(run.stdout) as { answers: unknown; suggestion: { severity: string; reasons: { question: string }[] } };
    expect(json.answers).toEqual({ impact: "total_outage" });
    expect(json.suggestion.severity).toBe("sev1");
    expect(json.suggestion.reasons.map((reason) => reason.question)).toEqual(["impact"]);
  });

  it("uses the workspace's own questions from policies/severity.yaml", async () => {
    const policy = `${MINIMAL_WORKSPACE["policies/severity.yaml"] ?? ""}triage:\n  questions:\n    - id: payments_down\n      question: Are payments failing?\n      options:\n        - { id: "yes", label: "Yes", severity: sev1 }\n        - { id: "no", label: "No" }\n`;
    const run = await runCli(["triage", "--dir", writeWorkspace({ "policies/severity.yaml": policy }), "--payments-down"]);
    expect(run.stdout).toContain("Suggested severity: sev1 (Critical)\n  because payments_down is yes\n");
  });

  it.each([
    [["--impcat", "total_outage"], "fireline: unknown option '--impcat': not an option of this command nor a triage question; did you mean '--impact'?"],
    [["--security-breech"], "fireline: unknown option '--security-breech': not an option of this command nor a triage question; did you mean '--security-breach'?"],
    [["--impact", "total"], "fireline: --impact: 'total' is not an answer to impact (answers: total_outage, significant_degradation, minor_degradation, none)"],
    [["--impact"], "fireline: --impact needs an answer: one of total_outage, significant_degradation, minor_degradation, none"],
    [["sev1"], "fireline: unexpected argument 'sev1'"],
  ])("rejects %j with exit 2 and a clear message", async (args, message) => {
    const run = await runCli(["triage", "--dir", writeWorkspace(), ...args]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
  });

  it("explains itself with --help", async () => {
    const run = await runCli(["triage", "--help"]);
    expect(run.stdout).toContain("--security-breach");
    expect(run.stdout).toContain("fireline triage --impact significant_degradation --revenue-impact");
  });
});

describe("fireline incident declare with triage", () => {
  it("takes the severity from answer flags, shows why, and records the answers in incident.yaml", async () => {
    const dir = writeWorkspace();
    const before = incidentsIn(dir);
    const run = await runCli(["incident", "declare", "--dir", dir, "--title", "API down", "--service", "api", "--commander", "alice", "--impact", "total_outage", "--no-security-breach"], { env: NOW });
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Suggested severity: sev1 (Critical)\n  because impact is total_outage (Total outage: the service is down for most users)\n");
    const incident = declaredIncident(dir, before);
    expect(incident.severity).toBe("sev1");
    expect(incident.triage).toEqual({ impact: "total_outage", security_breach: "no" });
  });

  it("asks the questions on a terminal, takes numbers or ids, skips empty answers, and declares the suggestion", async () => {
    const dir = writeWorkspace();
    const before = incidentsIn(dir);
    // impact: 2 (significant_degradation); security_breach: no; the rest skipped or not typed.
    const run = await runCli(["incident", "declare", "--dir", dir, "--title", "API slow", "--service", "api", "--commander", "alice"], { env: NOW, stdin: typed("2", "no", "") });
    expect(run.code).toBe(0);
    expect(run.stderr).toContain("What is the impact on users?\n  1) Total outage: the service is down for most users\n");
    expect(run.stdout).toContain("Suggested severity: sev2 (Major)\n  because impact is significant_degradation");
    const incident = declaredIncident(dir, before);
    expect(incident.severity).toBe("sev2");
    expect(incident.triage).toEqual({ impact: "significant_degradation", security_breach: "no" });
  });

  it("asks again after an answer the question does not offer", async () => {
    const dir = writeWorkspace();
    const before = incidentsIn(dir);
    const run = await runCli(["incident", "declare", "--dir", dir, "--title", "API slow", "--service", "api"], { env: NOW, stdin: typed("9", "minor_degradation") });
    expect(run.stderr).toContain("'9' is not one of the answers.");
    expect(declaredIncident(dir, before)).toMatchObject({ severity: "sev3", triage: { impact: "minor_degradation" } });
  });

  it("keeps an explicit --severity and records the answers given with it", async () => {
    const dir = writeWorkspace();
    const before = incidentsIn(dir);
    const run = await runCli(["incident", "declare", "--dir", dir, "--title", "API slow", "--service", "api", "--severity", "sev2", "--commander", "alice", "--impact", "minor_degradation"], { env: NOW });
    expect(run.stdout).toContain("Declared as sev2 (--severity), not the suggested sev3");
    expect(declaredIncident(dir, before)).toMatchObject({ severity: "sev2", triage: { impact: "minor_degradation" } });
  });

  it("without a terminal, --severity or answers, is a usage error naming the flags, and writes nothing", async () => {
    const dir = writeWorkspace();
    const before = incidentsIn(dir);
    const run = await runCli(["incident", "declare", "--dir", dir, "--title", "API slow", "--service", "api"], { env: NOW });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("fireline: say how severe the incident is: --severity <id>, or the triage answers as flags\n");
    expect(run.stderr).toContain("--impact <total_outage|significant_degradation|minor_degradation|none> --security-breach");
    expect(incidentsIn(dir)).toEqual(before);
  });

  it("declares as before with --severity alone, without triage: in the file", async () => {
    const dir = writeWorkspace();
    const before = incidentsIn(dir);
    const run = await runCli(["incident", "declare", "--dir", dir, "--title", "API slow", "--service", "api", "--severity", "sev3"], { env: NOW });
    expect(run.code).toBe(0);
    expect(run.stdout).not.toContain("Suggested severity");
    expect(declaredIncident(dir, before).triage).toBeUndefined();
  });
});
