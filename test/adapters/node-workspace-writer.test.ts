import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { hostname, tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { NodeWorkspaceWriter, versionOf } from "../../src/adapters/node-workspace-writer.js";

function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), "fireline-writer-"));
  writeFileSync(join(dir, "incident.yaml"), "status: identified\n");
  return dir;
}

const VERSION = versionOf(new TextEncoder().encode("status: identified\n"));

describe("writing a workspace file with compare-and-swap", () => {
  it("writes when the file still has the version the edit was planned from, and leaves no lock behind", async () => {
    const dir = folder();
    expect(await new NodeWorkspaceWriter(dir).write("incident.yaml", "status: monitoring\n", VERSION)).toEqual({ ok: true });
    expect(readFileSync(join(dir, "incident.yaml"), "utf8")).toBe("status: monitoring\n");
    expect(existsSync(join(dir, ".incident.yaml.lock"))).toBe(false);
  });

  it("does not overwrite a file that changed since it was read", async () => {
    const dir = folder();
    writeFileSync(join(dir, "incident.yaml"), "status: resolved\n");
    expect(await new NodeWorkspaceWriter(dir).write("incident.yaml", "status: monitoring\n", VERSION)).toEqual({ ok: false, reason: "changed" });
    expect(readFileSync(join(dir, "incident.yaml"), "utf8")).toBe("status: resolved\n");
  });

  it("creates a new file only if nobody else created it first", async () => {
    const dir = folder();
    const writer = new NodeWorkspaceWriter(dir);
    expect(await writer.write("new/incident.yaml", "a: 1\n", undefined)).toEqual({ ok: true });
    expect(await writer.write("new/incident.yaml", "a: 2\n", undefined)).toEqual({ ok: false, reason: "changed" });
    expect(readFileSync(join(dir, "new/incident.yaml"), "utf8")).toBe("a: 1\n");
  });

  it("takes over a lock left by a process that no longer exists", async () => {
    const dir = folder();
    writeFileSync(join(dir, ".incident.yaml.lock"), `2147483646 ${hostname()} 2026-11-23T10:00:00Z\n`);
    expect(await new NodeWorkspaceWriter(dir, { waitMs: 500 }).write("incident.yaml", "status: monitoring\n", VERSION)).toEqual({ ok: true });
  });

  it("gives up clearly while a live process holds the lock", async () => {
    const dir = folder();
    writeFileSync(join(dir, ".incident.yaml.lock"), `${process.pid} ${hostname()} 2026-11-23T10:00:00Z\n`);
    const outcome = await new NodeWorkspaceWriter(dir, { waitMs: 300 }).write("incident.yaml", "status: monitoring\n", VERSION);
    expect(outcome).toEqual({ ok: false, reason: "busy", holder: `fireline process ${process.pid} on ${hostname()}` });
    expect(readFileSync(join(dir, "incident.yaml"), "utf8")).toBe("status: identified\n");
  });
});
