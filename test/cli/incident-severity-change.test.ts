import { readFileSync } from "node:fs";
import { join } from "node:path";
import { diffLines } from "diff";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { copyExampleWorkspace, OPEN_INCIDENT } from "../helpers/example-workspace.js";
import { runCli } from "../helpers/run-cli.js";

const FILE = `incidents/${OPEN_INCIDENT}/incident.yaml`;
const RESOLVED = "2026-11-10-dashboard-session-store-failover";

interface Entry {
  at: string;
  author?: string;
  severity_change?: { from: string; to: string };
}

function update(dir: string, at: string, ...args: string[]) {
  return runCli(["incident", "update", OPEN_INCIDENT, "--dir", dir, ...args], { env: { FIRELINE_NOW: at } });
}

describe("fireline incident update --severity", () => {
  it("records who re-classified the incident and when, from and to, and keeps the comments of the file", async () => {
    const dir = copyExampleWorkspace();
    const raised = await update(dir, "2026-11-23T14:40:00Z", "--severity", "sev1", "--message", "Raised to sev1: all card payments fail.", "--author", "alice");
    expect(raised.code).toBe(0);
    expect(raised.stdout).toContain("severity → sev1");
    const text = readFileSync(join(dir, FILE), "utf8");
    expect(text).toContain("# yaml-language-server: $schema=");
    const incident = parse(text) as { severity: string; updates: Entry[] };
    expect(incident.severity).toBe("sev1");
    expect(incident.updates.at(-1)).toMatchObject({ at: "2026-11-23T14:40:00Z", author: "alice", severity_change: { from: "sev2", to: "sev1" } });
  });

  it("without --message, writes 'Severity changed from sev2 to sev1' and changes only the severity line and the new entry", async () => {
    const dir = copyExampleWorkspace();
    const before = readFileSync(join(dir, FILE), "utf8");
    const raised = await update(dir, "2026-11-23T14:40:00Z", "--severity", "sev1");
    expect(raised.code).toBe(0);
    const after = readFileSync(join(dir, FILE), "utf8");
    const incident = parse(after) as { updates: (Entry & { message: string })[] };
    expect(incident.updates.at(-1)).toMatchObject({ message: "Severity changed from sev2 to sev1", severity_change: { from: "sev2", to: "sev1" } });
    const changes = diffLines(before, after).filter((part) => part.added || part.removed);
    expect(changes.filter((part) => part.removed).map((part) => part.value)).toEqual(["severity: sev2\n"]);
    expect(changes.filter((part) => part.added).map((part) => part.value.split("\n")[0])).toEqual(["severity: sev1", "  - at: 2026-11-23T14:40:00Z"]);
  });

  it("without --message and without a severity change, exits 2 asking for --message and writes nothing", async () => {
    const dir = copyExampleWorkspace();
    const before = readFileSync(join(dir, FILE), "utf8");
    const run = await update(dir, "2026-11-23T14:40:00Z", "--status", "monitoring");
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("--message is required");
    const same = await update(dir, "2026-11-23T14:40:00Z", "--severity", "sev2");
    expect(same.code).toBe(2);
    expect(readFileSync(join(dir, FILE), "utf8")).toBe(before);
  });

  it("lowered again, the update cadence stays the highest severity's (every 30m for sev1)", async () => {
    const dir = copyExampleWorkspace();
    await update(dir, "2026-11-23T14:40:00Z", "--severity", "sev1", "--message", "Raised to sev1.");
    const lowered = await update(dir, "2026-11-23T14:50:00Z", "--severity", "sev2", "--message", "Back to sev2: one bank only.");
    expect(lowered.code).toBe(0);
    const incident = parse(readFileSync(join(dir, FILE), "utf8")) as { severity: string; updates: Entry[] };
    expect(incident.severity).toBe("sev2");
    expect(incident.updates.map((entry) => entry.severity_change).filter(Boolean)).toEqual([
      { from: "sev2", to: "sev1" },
      { from: "sev1", to: "sev2" },
    ]);
    const shown = await runCli(["incident", "show", OPEN_INCIDENT, "--dir", dir], { env: { FIRELINE_NOW: "2026-11-23T14:55:00Z" } });
    expect(shown.stdout).toContain("every 30m");
    const validated = await runCli(["validate", "--dir", dir, "--format", "json"], { env: { FIRELINE_NOW: "2026-11-23T14:55:00Z" } });
    const diagnostics = JSON.parse(validated.stdout) as { diagnostics: { code: string; file: string; message: string }[] };
    expect(diagnostics.diagnostics.filter((d) => d.file === FILE && d.code !== "FL-421").map((d) => d.code)).toEqual([]);
    expect(diagnostics.diagnostics.find((d) => d.file === FILE && d.code === "FL-421")?.message).toContain("(sev1: every 30m)");
  });

  it("rejects an unknown severity with exit 2 and the known ones, writing nothing", async () => {
    const dir = copyExampleWorkspace();
    const before = readFileSync(join(dir, FILE), "utf8");
    const run = await update(dir, "2026-11-23T14:40:00Z", "--severity", "sev9", "--message", "x");
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("--severity: unknown severity 'sev9'");
    expect(readFileSync(join(dir, FILE), "utf8")).toBe(before);
  });

  it("refuses to re-classify a resolved incident", async () => {
    const dir = copyExampleWorkspace();
    const run = await runCli(["incident", "update", RESOLVED, "--dir", dir, "--severity", "sev1", "--message", "Was worse than we thought."], { env: { FIRELINE_NOW: "2026-11-23T14:40:00Z" } });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`${RESOLVED} is resolved; its severity can change only while it is open`);
  });

  it("writes no change when --severity names the current severity", async () => {
    const dir = copyExampleWorkspace();
    await update(dir, "2026-11-23T14:40:00Z", "--severity", "sev2", "--message", "Still sev2.");
    const incident = parse(readFileSync(join(dir, FILE), "utf8")) as { updates: Entry[] };
    expect(incident.updates.at(-1)?.severity_change).toBeUndefined();
  });
});
