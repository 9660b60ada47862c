import { describe, expect, it } from "vitest";
import { edit } from "../helpers/minimal-workspace.js";
import { runCli, writeWorkspace } from "../helpers/run-cli.js";

const INCIDENT = "incidents/2026-03-03-api-errors/incident.yaml";
const broken = () => writeWorkspace({ [INCIDENT]: edit(INCIDENT, [["commander: alice", "commander: alcie"]]) });
const warned = () => writeWorkspace({ [INCIDENT]: edit(INCIDENT, [["status: resolved\npublic", "status: monitoring\npublic"], ["resolved_at: 2026-03-03T10:40:00Z\n", ""]]) });

describe("fireline validate", () => {
  it("exits 0 and prints a one-line summary for a clean workspace", async () => {
    const run = await runCli(["validate", "--dir", writeWorkspace()]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^✔ 8 files checked in \d+\.\d\d s: 0 errors, 0 warnings\n$/);
    expect(run.stderr).toBe("");
  });

  it("exits 1 and groups findings by file with line:column, the code and a hint", async () => {
    const dir = broken();
    const run = await runCli(["validate"], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`${INCIDENT}\n  8:14    error   roles.commander: unknown person 'alcie'; did you mean 'alice'?  FL-301 unknown-person\n`);
    expect(run.stdout).toContain("hint: Add 'alcie' to people.yaml, or use one that is there.");
    expect(run.stdout).toMatch(/✖ 8 files checked in .* s: 1 error, 0 warnings\n$/);
  });

  it("uses colour only on a terminal, and never with NO_COLOR", async () => {
    const dir = broken();
    expect((await runCli(["validate", "--dir", dir])).stdout).not.toContain("\u001b[");
    expect((await runCli(["validate", "--dir", dir], { tty: true })).stdout).toContain("\u001b[");
    expect((await runCli(["validate", "--dir", dir], { tty: true, env: { NO_COLOR: "1" } })).stdout).not.toContain("\u001b[");
  });

  it("writes stable JSON with a summary and every diagnostic", async () => {
    const run = await runCli(["validate", "--dir", broken(), "--format", "json"]);
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout)).toEqual({
      version: 1,
      summary: { files: 8, errors: 1, warnings: 0, notices: 0 },
      diagnostics: [
        {
          file: INCIDENT,
          line: 8,
          column: 14,
          severity: "error",
          code: "FL-301",
          rule: "unknown-person",
          message: "roles.commander: unknown person 'alcie'; did you mean 'alice'?",
          hint: "Add 'alcie' to people.yaml, or use one that is there.",
        },
      ],
    });
  });

  it("prints GitHub workflow commands with the file, line and column", async () => {
    const dir = broken();
    const run = await runCli(["validate", "--dir", dir, "--format", "github"], { cwd: `${dir}/..` });
    const folder = dir.split("/").pop() ?? "";
    expect(run.stdout).toBe(
      `::error file=${folder}/${INCIDENT},line=8,col=14,title=FL-301 unknown-person::roles.commander: unknown person 'alcie'; did you mean 'alice'?%0AAdd 'alcie' to people.yaml, or use one that is there.\n`,
    );
  });

  it("passes warnings unless --strict is given", async () => {
    const dir = warned();
    const relaxed = await runCli(["validate", "--dir", dir]);
    expect(relaxed.stdout).toContain("FL-411 status-mismatch");
    expect(relaxed.code).toBe(0);
    expect((await runCli(["validate", "--dir", dir, "--strict"])).code).toBe(1);
  });

  it("exits 2 with a hint when the folder is not a workspace", async () => {
    const run = await runCli(["validate", "--dir", writeWorkspace({ "fireline.yaml": null })]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^fireline: .* is not a fireline workspace: it has no fireline\.yaml\nhint: Run fireline in the workspace's root folder, or pass --dir <path>\.\n$/);
  });

  it("exits 2 for an unknown format or option, naming what is allowed", async () => {
    const format = await runCli(["validate", "--format", "xml"]);
    expect(format.code).toBe(2);
    expect(format.stderr).toContain("Allowed choices are human, json, github");
    const option = await runCli(["validate", "--strcit"]);
    expect(option.code).toBe(2);
    expect(option.stderr).toContain("(Did you mean --strict?)");
  });

  it("exits 2 for a size limit that is not a number of bytes", async () => {
    const run = await runCli(["validate", "--dir", writeWorkspace(), "--max-file-bytes", "lots"]);
    expect(run).toEqual({ code: 2, stdout: "", stderr: "fireline: --max-file-bytes must be a number of bytes such as 1048576 or 2MiB, got 'lots'\n" });
  });
});

describe("fireline", () => {
  it("prints its version", async () => {
    expect(await runCli(["--version"])).toEqual({ code: 0, stdout: "0.1.0\n", stderr: "" });
  });

  it("lists its commands in --help", async () => {
    const run = await runCli(["--help"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("validate [options]");
  });

  it("exits 2 for an unknown command and suggests the closest one", async () => {
    const run = await runCli(["validat"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("unknown command 'validat'");
    expect(run.stderr).toContain("(Did you mean validate?)");
  });
});
