import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { NodeFileSource } from "../../src/adapters/node-file-source.js";
import { validateWorkspace } from "../../src/commands/validate.js";
import { YAML_OPTIONS } from "../../src/load/yaml-options.js";
import { copyExampleWorkspace, OPEN_INCIDENT } from "../helpers/example-workspace.js";
import { runCli } from "../helpers/run-cli.js";

const FILE = `incidents/${OPEN_INCIDENT}/incident.yaml`;
const read = (dir: string, path = FILE) => readFileSync(join(dir, path), "utf8");
const changedLines = (diff: string) => diff.split("\n").filter((line) => /^[+-]/.test(line) && !/^(\+\+\+|---) /.test(line));

describe("fireline incident", () => {
  it("runs an incident from declare to resolve, and the workspace still validates without errors", async () => {
    const dir = copyExampleWorkspace();
    const declared = await runCli(["incident", "declare", "--dir", dir, "--title", "Payouts delayed", "--severity", "sev2", "--service", "instant-payouts", "--public", "--format", "json"]);
    expect(declared.stderr).toBe("");
    expect(declared.code).toBe(0);
    const { id } = JSON.parse(declared.stdout) as { id: string };
    expect(id).toMatch(/^\d{4}-\d{2}-\d{2}-payouts-delayed$/);

    const steps = [
      ["update", id, "--status", "identified", "--message", "A partner bank is rejecting transfers.", "--public", "--component", "instant-payouts=partial_outage"],
      ["assign", id, "--role", "communications", "--person", "rosa"],
      ["assign", id, "--role", "commander", "--person", "bob", "--note", "Shift change."],
      ["update", id, "--status", "monitoring", "--message", "Transfers are flowing again.", "--public"],
      ["resolve", id, "--message", "Payouts have been on time for an hour."],
    ];
    for (const step of steps) {
      const run = await runCli(["incident", ...step, "--dir", dir]);
      expect(run.stderr, step.join(" ")).toBe("");
      expect(run.code).toBe(0);
    }
    const incident = parse(read(dir, `incidents/${id}/incident.yaml`), YAML_OPTIONS) as Record<string, unknown>;
    expect(incident).toMatchObject({ status: "resolved", roles: { commander: "bob", communications: "rosa" }, services: { "instant-payouts": "partial_outage" } });
    expect(Object.keys(incident)).toEqual(["title", "severity", "status", "public", "services", "roles", "started_at", "detected_at", "acknowledged_at", "mitigated_at", "resolved_at", "updates"]);
    const result = await validateWorkspace(new NodeFileSource(dir));
    expect(result.ok && result.counts.errors).toBe(0);
  });

  it("prints the announcement and the new id when declaring", async () => {
    const dir = copyExampleWorkspace();
    const run = await runCli(["incident", "declare", "--dir", dir, "--title", "Receipts delayed", "--severity", "sev3", "--service", "notifications", "--commander", "ivan"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^🚨 INCIDENT (\d{4}-\d{2}-\d{2})-receipts-delayed - sev3 \(Moderate\)\nTitle: Receipts delayed\n/);
    expect(run.stdout).toContain("Commander: Ivan Petrov (@ivan)\n");
    expect(run.stdout).toMatch(/\nDeclared \d{4}-\d{2}-\d{2}-receipts-delayed\n {2}incidents\/\d{4}-\d{2}-\d{2}-receipts-delayed\/incident\.yaml\n {2}commander: ivan\n$/);
  });

  it("reports refused input as JSON on stdout too, with --format json", async () => {
    const run = await runCli(["incident", "assign", OPEN_INCIDENT, "--dir", copyExampleWorkspace(), "--role", "scribe", "--person", "davd", "--format", "json"]);
    expect(run.code).toBe(2);
    expect(JSON.parse(run.stdout)).toEqual({
      ok: false,
      error: { kind: "usage", message: "--person: unknown person 'davd'; did you mean 'david'?", hint: expect.stringContaining("people.yaml") as unknown },
    });
  });

  it("prints a diff with --dry-run and writes nothing", async () => {
    const dir = copyExampleWorkspace();
    const before = read(dir);
    const run = await runCli(["incident", "update", OPEN_INCIDENT, "--dir", dir, "--message", "Still rolling out.", "--at", "2026-11-23T10:05:00Z", "--dry-run"]);
    expect(run.code).toBe(0);
    expect(changedLines(run.stdout)).toEqual(["+  - at: 2026-11-23T10:05:00Z", "+    status: identified", "+    author: alice", "+    message: Still rolling out."]);
    expect(run.stdout).toContain(`--- a/${FILE}\n+++ b/${FILE}\n`);
    expect(read(dir)).toBe(before);
  });

  it("changes only the lines a status change needs, keeping every comment", async () => {
    const dir = copyExampleWorkspace();
    const before = read(dir);
    const run = await runCli(["incident", "update", OPEN_INCIDENT, "--dir", dir, "--status", "monitoring", "--message", "Fix deployed.", "--public", "--at", "2026-11-23T10:10:00Z"]);
    expect(run.code).toBe(0);
    const after = read(dir);
    const removed = before.split("\n").filter((line) => !after.split("\n").includes(line));
    expect(removed).toEqual(["status: identified"]);
    expect(after).toContain("detected_at: 2026-11-23T07:49:00Z # decline-rate alert\n");
    expect(after).toContain("acknowledged_at: 2026-11-23T07:52:00Z\nmitigated_at: 2026-11-23T10:10:00Z\nupdates:\n");
    // An overdue-update warning may follow, depending on the clock.
    expect(run.stdout).toMatch(new RegExp(`^Updated ${FILE}\n  status → monitoring\n  mitigated_at → 2026-11-23T10:10:00Z\n  added an update to the timeline at 2026-11-23T10:10:00Z\n`));
  });

  it("writes nothing and says so when the person already holds the role", async () => {
    const dir = copyExampleWorkspace();
    const before = read(dir);
    const run = await runCli(["incident", "assign", OPEN_INCIDENT, "--dir", dir, "--role", "commander", "--person", "alice"]);
    expect([run.code, run.stdout]).toEqual([0, `Nothing to change in ${FILE}.\n`]);
    expect(read(dir)).toBe(before);
  });

  it("suggests the nearest incident id for an unknown one and exits 2", async () => {
    const run = await runCli(["incident", "show", "2026-11-23-payments-api-elevated-decline", "--dir", copyExampleWorkspace()]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`fireline: no incident '2026-11-23-payments-api-elevated-decline'; did you mean '${OPEN_INCIDENT}'?\nhint: \`fireline incident list\` shows every incident id.\n`);
  });

  it("suggests the nearest person, and exits 2 without writing", async () => {
    const dir = copyExampleWorkspace();
    const run = await runCli(["incident", "assign", OPEN_INCIDENT, "--dir", dir, "--role", "scribe", "--person", "davd"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("fireline: --person: unknown person 'davd'; did you mean 'david'?");
  });

  it("names the allowed statuses and the likely one for a typo", async () => {
    const run = await runCli(["incident", "update", OPEN_INCIDENT, "--dir", copyExampleWorkspace(), "--status", "monitorin", "--message", "x"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe("fireline: --status must be one of investigating, identified, monitoring, resolved, got 'monitorin'; did you mean 'monitoring'?\n");
  });

  it("needs --reopen to move a resolved incident back to investigating", async () => {
    const dir = copyExampleWorkspace();
    const id = "2026-03-03-checkout-db-pool-exhaustion";
    const refused = await runCli(["incident", "update", id, "--dir", dir, "--status", "investigating", "--message", "Errors are back."]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("hint: Pass --reopen to reopen the incident");
    const reopened = await runCli(["incident", "update", id, "--dir", dir, "--status", "investigating", "--message", "Errors are back.", "--reopen", "--at", "2026-03-03T11:00:00Z"]);
    expect(reopened.code).toBe(0);
    expect(read(dir, `incidents/${id}/incident.yaml`)).not.toContain("resolved_at:");
  });

  it("refuses a time in the future beyond the tolerance", async () => {
    const run = await runCli(["incident", "update", OPEN_INCIDENT, "--dir", copyExampleWorkspace(), "--message", "x", "--at", "2999-01-01T00:00:00Z"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^fireline: --at 2999-01-01T00:00:00Z is in the future \(it is now .*\)\nhint: Times may be at most 5 minutes ahead of the clock/);
  });

  it("refuses to edit a file with a syntax error and points at the line", async () => {
    const dir = copyExampleWorkspace();
    writeFileSync(join(dir, FILE), read(dir).replace("status: identified\n", "status: [identified\n"));
    const run = await runCli(["incident", "update", OPEN_INCIDENT, "--dir", dir, "--message", "x"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(new RegExp(`^fireline: ${FILE} has errors; fix them before editing it with fireline\\n  ${FILE}:12:9: error `));
  });

  it("refuses an edit that would make the file invalid, with the validation error", async () => {
    const dir = copyExampleWorkspace();
    const id = "2026-11-22-webhook-delivery-delays";
    // Resolving before the recorded mitigation would put resolved_at before mitigated_at.
    const run = await runCli(["incident", "resolve", id, "--dir", dir, "--message", "Done.", "--at", "2026-11-23T08:20:00Z"]);
    expect(run.code).toBe(0);
    const dir2 = copyExampleWorkspace();
    const file = `incidents/${id}/incident.yaml`;
    writeFileSync(join(dir2, file), read(dir2, file).replace("mitigated_at: 2026-11-22T16:40:00Z", "mitigated_at: 2026-11-23T09:00:00Z"));
    const refused = await runCli(["incident", "resolve", id, "--dir", dir2, "--message", "Done.", "--at", "2026-11-23T08:20:00Z"]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(`fireline: the change would make ${file} invalid, so it was not made\n  ${file}:`);
    expect(refused.stderr).toContain("[FL-403 lifecycle-order]");
  });

  it("lists open incidents as a table and as JSON", async () => {
    const dir = copyExampleWorkspace();
    const human = await runCli(["incident", "list", "--open", "--dir", dir]);
    expect(human.stdout.split("\n").slice(0, 3)).toEqual([
      "ID                                         SEV   STATUS      COMMANDER  TITLE",
      `${OPEN_INCIDENT}  sev2  identified  alice      Elevated card payment declines`,
      "2026-11-22-webhook-delivery-delays         sev3  monitoring  judy       Delayed webhook deliveries",
    ]);
    const json = JSON.parse((await runCli(["incident", "list", "--dir", dir, "--format", "json"])).stdout) as { incidents: { id: string; next_update_due?: string }[] };
    expect(json.incidents).toHaveLength(18);
    expect(json.incidents[0]).toMatchObject({ id: OPEN_INCIDENT, next_update_due: "2026-11-23T10:35:00Z" });
  });

  it("shows an incident's roles, next update and timeline", async () => {
    const run = await runCli(["incident", "show", OPEN_INCIDENT, "--dir", copyExampleWorkspace()]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Commander:          Alice Moreau (alice)\n");
    expect(run.stdout).toContain("Next public update: 2026-11-23 10:35 UTC (every 1h;");
    expect(run.stdout).toContain("  2026-11-23 09:35 UTC  identified · public · Rosa Lindqvist (rosa)\n      We are rolling out the fix now. Next update by 10:35 UTC.\n");
  });

  it("reports an edit as JSON with the diff", async () => {
    const run = await runCli(["incident", "update", OPEN_INCIDENT, "--dir", copyExampleWorkspace(), "--message", "x", "--at", "2026-11-23T10:00:00Z", "--format", "json"]);
    expect(JSON.parse(run.stdout)).toMatchObject({ ok: true, id: OPEN_INCIDENT, path: FILE, changed: true, written: true, attempts: 1, changes: ["added an update to the timeline at 2026-11-23T10:00:00Z"] });
  });

  it.each(["declare", "update", "assign", "resolve", "list", "show", "from-alertmanager"])("explains `incident %s` with --help and an example", async (name) => {
    const run = await runCli(["incident", name, "--help"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`fireline incident ${name}`);
    expect(run.stdout).toMatch(/Examples?:\n {2}fireline incident /);
    expect(run.stdout).toContain("--format <format>");
  });
});
