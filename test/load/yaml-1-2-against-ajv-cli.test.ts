import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { MINIMAL_WORKSPACE } from "../helpers/minimal-workspace.js";
import { runCli, writeWorkspace } from "../helpers/run-cli.js";

const run = promisify(execFile);
const ROOT = join(import.meta.dirname, "..", "..");
const AJV = join(ROOT, "node_modules", ".bin", "ajv");
const INCIDENT = "incidents/2026-03-03-api-errors/incident.yaml";

/** ajv-cli 5 (the pinned devDependency) on one incident file: schema only, its own YAML parser. */
async function ajvCli(file: string): Promise<{ code: number; output: string }> {
  const args = ["validate", "-s", join(ROOT, "schemas", "incident.schema.json"), "-d", file, "-c", "ajv-formats"];
  try {
    const { stdout, stderr } = await run(AJV, args);
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? -1, output: `${failed.stdout ?? ""}${failed.stderr ?? ""}` };
  }
}

function quoteTimestamps(text: string): string {
  return text.replace(/: (\d{4}-\d{2}-\d{2}T[\d:.]+(?:Z|[+-]\d{2}:\d{2}))$/gm, ': "$1"');
}

describe("fireline reads YAML 1.2 where ajv-cli reads YAML 1.1", () => {
  it("accepts unquoted RFC 3339 timestamps that ajv-cli rejects as 'must be string'", async () => {
    const dir = writeWorkspace();
    expect(readFileSync(join(dir, INCIDENT), "utf8")).toMatch(/^started_at: 2026-03-03T09:12:00Z$/m);

    const ajv = await ajvCli(join(dir, INCIDENT));
    expect(ajv.code).toBe(1);
    expect(ajv.output).toContain("instancePath: '/started_at'");
    expect(ajv.output).toContain("must be string");

    const fireline = await runCli(["validate", "--dir", dir, "--format", "json"]);
    expect(fireline.stdout).not.toContain("must be");
    expect(fireline.code).toBe(0);
  });

  it("agrees with ajv-cli once the timestamps are quoted", async () => {
    const quoted = quoteTimestamps(MINIMAL_WORKSPACE[INCIDENT] ?? "");
    expect(quoted).toContain('started_at: "2026-03-03T09:12:00Z"');
    const dir = writeWorkspace({ [INCIDENT]: quoted });

    const ajv = await ajvCli(join(dir, INCIDENT));
    expect(ajv.code).toBe(0);
    expect(ajv.output).toMatch(/ valid$/m);
    expect((await runCli(["validate", "--dir", dir])).code).toBe(0);
  });
});
