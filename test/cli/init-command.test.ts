import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Temporal } from "temporal-polyfill";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { NodeFileSource } from "../../src/adapters/node-file-source.js";
import { validateWorkspace } from "../../src/commands/validate.js";
import { YAML_OPTIONS } from "../../src/load/yaml-options.js";
import { runCli } from "../helpers/run-cli.js";

const emptyDir = () => mkdtempSync(join(tmpdir(), "fireline-init-"));

describe("fireline init", () => {
  it("creates a workspace that validates with no errors and no warnings", async () => {
    const dir = join(emptyDir(), "ops");
    const run = await runCli(["init", dir, "--name", "Acme Corp", "--time-zone", "America/New_York"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`Created a fireline workspace in ${dir}:\n  fireline.yaml\n`);
    const result = await validateWorkspace(new NodeFileSource(dir), { now: Temporal.Now.instant() });
    expect(result.ok && result.counts).toEqual({ files: 6, errors: 0, warnings: 0, notices: 0 });
    expect(readdirSync(join(dir, ".github", "workflows"))).toEqual(["fireline.yml"]);
  });

  it("writes the seeds' severity defaults and schema comments for editors", async () => {
    const dir = emptyDir();
    await runCli(["init", dir, "--time-zone", "UTC"]);
    const severity = readFileSync(join(dir, "policies", "severity.yaml"), "utf8");
    expect(severity.split("\n")[0]).toBe("# yaml-language-server: $schema=https://fireline.dev/schemas/severity.schema.json");
    const { severities } = parse(severity, YAML_OPTIONS) as { severities: Record<string, { response_target: string; resolution_target: string; update_cadence: string; postmortem: { due?: string } }> };
    expect(Object.entries(severities).map(([id, s]) => [id, s.response_target, s.resolution_target, s.update_cadence, s.postmortem.due ?? "none"])).toEqual([
      ["sev1", "5m", "4h", "30m", "5 business days"],
      ["sev2", "15m", "8h", "1h", "10 business days"],
      ["sev3", "30m", "24h", "as_needed", "none"],
      ["sev4", "business_hours", "72h", "none", "none"],
    ]);
  });

  it("quotes an organisation name YAML would otherwise misread", async () => {
    const dir = emptyDir();
    await runCli(["init", dir, "--name", "Ops: #1", "--time-zone", "UTC"]);
    expect((parse(readFileSync(join(dir, "fireline.yaml"), "utf8"), YAML_OPTIONS) as { organization: { name: string } }).organization.name).toBe("Ops: #1");
  });

  it("refuses to overwrite any file and writes nothing at all", async () => {
    const dir = emptyDir();
    mkdirSync(join(dir, "policies"));
    writeFileSync(join(dir, "policies", "severity.yaml"), "# ours\n");
    const run = await runCli(["init", dir, "--time-zone", "UTC"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe("fireline: policies/severity.yaml already exists; fireline init never overwrites a file\nhint: Run it in an empty folder, or pass one: fireline init ops/incidents.\n");
    expect(readFileSync(join(dir, "policies", "severity.yaml"), "utf8")).toBe("# ours\n");
    expect(existsSync(join(dir, "fireline.yaml"))).toBe(false);
  });

  it("refuses an unknown time zone with the likely one, before writing anything", async () => {
    const dir = emptyDir();
    const run = await runCli(["init", dir, "--time-zone", "Europe/Berln"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("fireline.yaml:8:14: error organization.time_zone 'Europe/Berln' is not an IANA time zone; did you mean 'Europe/Berlin'?");
    expect(readdirSync(dir)).toEqual([]);
  });

  it("says what could not be written, without a stack trace", async () => {
    const dir = emptyDir();
    writeFileSync(join(dir, "a-file"), "");
    const run = await runCli(["init", join(dir, "a-file", "ops"), "--time-zone", "UTC"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^fireline: could not write fireline\.yaml: ENOTDIR: not a directory, mkdir '.*a-file\/ops'\n$/);
  });

  it("lists the files with --dry-run and writes none", async () => {
    const dir = emptyDir();
    const run = await runCli(["init", dir, "--dry-run", "--format", "json", "--time-zone", "UTC"]);
    expect(JSON.parse(run.stdout)).toMatchObject({ ok: true, written: false, files: expect.arrayContaining(["fireline.yaml", "rotations/primary.yaml"]) as unknown });
    expect(readdirSync(dir)).toEqual([]);
  });

  it("explains itself with --help and an example", async () => {
    const run = await runCli(["init", "--help"]);
    expect(run.stdout).toContain('Examples:\n  fireline init ops --name "Acme Corp" --time-zone Europe/Berlin');
  });
});
