import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { NodeFileSource } from "../../src/adapters/node-file-source.js";
import { validateWorkspace } from "../../src/commands/validate.js";
import { YAML_OPTIONS } from "../../src/load/yaml-options.js";
import type { IncidentFile } from "../../src/schema/incident.js";
import { copyExampleWorkspace } from "../helpers/example-workspace.js";
import { runCli } from "../helpers/run-cli.js";

const FIXTURES = new URL("../fixtures/alertmanager/", import.meta.url).pathname;
const fixture = (name: string) => join(FIXTURES, name);
const GROUP = '{}:{alertname="PayoutLatencyHigh"}';

async function receive(dir: string, name: string, extra: string[] = []) {
  return runCli(["incident", "from-alertmanager", "--dir", dir, "--file", fixture(name), "--format", "json", ...extra]);
}

function incident(dir: string, id: string): IncidentFile {
  return parse(readFileSync(join(dir, "incidents", id, "incident.yaml"), "utf8"), YAML_OPTIONS) as IncidentFile;
}

describe("fireline incident from-alertmanager", () => {
  it("declares an incident for a new firing group, with severity and service mapped from the labels", async () => {
    const dir = copyExampleWorkspace();
    const run = await receive(dir, "firing.json");
    expect(run.stderr).toBe("");
    const { action, id } = JSON.parse(run.stdout) as { action: string; id: string };
    expect(action).toBe("declared");
    expect(id).toMatch(/^\d{4}-\d{2}-\d{2}-instant-payouts-are-slow$/);
    const declared = incident(dir, id);
    expect(declared).toMatchObject({
      title: "Instant payouts are slow",
      summary: "p99 payout latency has been above 60 s for 10 minutes.",
      severity: "sev2",
      status: "investigating",
      public: false,
      services: { "instant-payouts": "partial_outage" },
      alert_group: GROUP,
      started_at: "2026-11-23T09:58:12Z",
    });
    expect(declared.roles?.commander).toBeDefined();
    expect(declared.acknowledged_at).toBeUndefined();
    expect(declared.updates.map((update) => update.message)).toEqual(["Alertmanager: 1 alert firing: PayoutLatencyHigh (instant-payouts)."]);
  });

  it("updates the same incident when the group changes, ignores a repeat, and resolves it when the group resolves", async () => {
    const dir = copyExampleWorkspace();
    const { id } = JSON.parse((await receive(dir, "firing.json")).stdout) as { id: string };
    expect(JSON.parse((await receive(dir, "firing.json")).stdout)).toMatchObject({ action: "unchanged", id });
    expect(JSON.parse((await receive(dir, "firing-more.json")).stdout)).toMatchObject({ action: "updated", id });
    expect(JSON.parse((await receive(dir, "resolved.json")).stdout)).toMatchObject({ action: "resolved", id });
    const resolved = incident(dir, id);
    expect(resolved.status).toBe("resolved");
    expect(resolved.updates.slice(1).map((update) => [update.status, update.public ?? false, update.message])).toEqual([
      ["investigating", false, "Alertmanager: 2 alerts firing: PayoutLatencyHigh (instant-payouts), PayoutLatencyHigh (acquirer-gateway)."],
      ["resolved", false, "Alertmanager: all alerts resolved (PayoutLatencyHigh (instant-payouts))."],
    ]);
    const result = await validateWorkspace(new NodeFileSource(dir));
    expect(result.ok && result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(JSON.parse((await receive(dir, "resolved.json")).stdout)).toMatchObject({ action: "ignored", note: "no open incident was declared from this alert group" });
  });

  it("says which label value maps to nothing, and exits 2", async () => {
    const dir = copyExampleWorkspace();
    const payload = readFileSync(fixture("firing.json"), "utf8").replaceAll('"service": "instant-payouts"', '"service": "instant-payout"');
    writeFileSync(join(dir, "payload.json"), payload);
    const run = await runCli(["incident", "from-alertmanager", "--dir", dir, "--file", join(dir, "payload.json")]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      "fireline: label service=\"instant-payout\": unknown service 'instant-payout'; did you mean 'instant-payouts'?\nhint: Map it to a service under alertmanager.services in fireline.yaml.\n",
    );
  });

  it("refuses a payload that is not Alertmanager's version 4", async () => {
    const dir = copyExampleWorkspace();
    writeFileSync(join(dir, "payload.json"), JSON.stringify({ version: "3", alerts: [] }));
    const run = await runCli(["incident", "from-alertmanager", "--dir", dir, "--file", join(dir, "payload.json")]);
    expect([run.code, run.stderr]).toEqual([2, 'fireline: the payload\'s version is "3"; fireline reads Alertmanager\'s webhook version "4"\n']);
    writeFileSync(join(dir, "payload.json"), "{ not json");
    expect((await runCli(["incident", "from-alertmanager", "--dir", dir, "--file", join(dir, "payload.json")])).stderr).toMatch(/^fireline: the payload is not JSON: /);
  });

  it("shows the new file as a diff with --dry-run and writes nothing", async () => {
    const dir = copyExampleWorkspace();
    const run = await runCli(["incident", "from-alertmanager", "--dir", dir, "--file", fixture("firing.json"), "--dry-run"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("+alert_group: '{}:{alertname=\"PayoutLatencyHigh\"}'\n");
    expect(run.stdout).toContain("(dry run: nothing was written)");
    expect((await runCli(["incident", "list", "--open", "--dir", dir, "--format", "json"])).stdout).not.toContain("instant-payouts-are-slow");
  });

  it("reads the payload from standard input", () => {
    const dir = copyExampleWorkspace();
    const bin = new URL("../../bin/fireline.js", import.meta.url).pathname;
    const run = spawnSync(process.execPath, [bin, "incident", "from-alertmanager", "--dir", dir], { input: readFileSync(fixture("firing.json")), encoding: "utf8" });
    expect(run.stderr).toBe("");
    expect(run.stdout).toMatch(/^Declared \d{4}-\d{2}-\d{2}-instant-payouts-are-slow\n$/);
  });
});
