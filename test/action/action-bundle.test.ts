import { existsSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";
import { ACTION_BUNDLE_FILES, actionBundleOptions } from "../../scripts/action-bundle-options.js";
import { MINIMAL_WORKSPACE } from "../helpers/minimal-workspace.js";
import { ACTION_BUNDLE_PATH, runActionBundle } from "../helpers/run-action-bundle.js";
import { writeWorkspace } from "../helpers/run-cli.js";

const ROOT = new URL("../..", import.meta.url).pathname;

describe("dist/index.js", () => {
  it("is what the sources bundle to today (otherwise run npm run bundle)", async () => {
    const result = await build({ ...actionBundleOptions(ROOT), write: false });
    const fresh = Object.fromEntries(result.outputFiles.map((file) => [relative(ROOT, file.path), file.text]));
    expect(Object.keys(fresh).sort()).toEqual([...ACTION_BUNDLE_FILES].sort());
    for (const file of ACTION_BUNDLE_FILES) {
      const committed = existsSync(join(ROOT, file)) ? readFileSync(join(ROOT, file), "utf8") : "";
      expect(committed === fresh[file], `${file} is stale: run npm run bundle and commit dist/`).toBe(true);
    }
  });

  it("leaves out what the Action never runs: vega and undici", () => {
    const bundle = readFileSync(ACTION_BUNDLE_PATH, "utf8");
    expect(bundle).not.toContain("vega-lite");
    expect(bundle).not.toContain("undici/lib");
  });

  it("validates like the runner runs it: annotations on stdout, counts in GITHUB_OUTPUT, the table in GITHUB_STEP_SUMMARY", async () => {
    const root = writeWorkspace({
      "incidents/2026-03-03-api-errors/incident.yaml": (MINIMAL_WORKSPACE["incidents/2026-03-03-api-errors/incident.yaml"] ?? "").replace("commander: alice", "commander: alcie"),
    });
    const run = await runActionBundle({ command: "validate", "fail-on": "error" }, root, { FIRELINE_NOW: "2026-11-23T12:00:00Z" });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("::error title=FL-301 unknown-person,file=incidents/2026-03-03-api-errors/incident.yaml,line=8,col=14::");
    expect(run.stdout).toContain("::error::fireline validate: 1 error; the job summary lists every finding.");
    expect(run.outputs).toEqual({ errors: "1", warnings: "0", notices: "0" });
    expect(run.summary).toContain("<td>FL-301 unknown-person</td>");
    expect(run.stderr).toBe("");
  });

  it("builds the status page like the runner runs it", async () => {
    const root = writeWorkspace();
    const run = await runActionBundle({ command: "build", out: "site" }, root, { FIRELINE_NOW: "2026-11-23T12:00:00Z" });
    expect(run.stdout).not.toContain("::error");
    expect(run.code).toBe(0);
    expect(run.outputs["site-path"]).toBe("site");
    expect(existsSync(join(root, "site", "index.html"))).toBe(true);
    expect(run.summary).toContain("Built the status page in <code>site</code>");
  });

  it("fails a step with a bad input with the message, not a stack trace", async () => {
    const run = await runActionBundle({ command: "publish" }, writeWorkspace());
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("::error::fireline: input 'command' must be one of validate, build, sync, deadlines, metrics; got 'publish'");
    expect(run.stdout + run.stderr).not.toMatch(/\n\s+at /);
  });
});
