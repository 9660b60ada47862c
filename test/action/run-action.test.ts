import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runAction } from "../../src/action/run-action.js";
import { MINIMAL_WORKSPACE } from "../helpers/minimal-workspace.js";
import { recordingRuntime } from "../helpers/recording-runtime.js";
import { writeWorkspace } from "../helpers/run-cli.js";

const INCIDENT = MINIMAL_WORKSPACE["incidents/2026-03-03-api-errors/incident.yaml"] ?? "";

/** A workspace with `count` incidents whose commander is not in people.yaml. */
function workspaceWithUnknownCommanders(count: number): string {
  const broken: Record<string, string> = {};
  for (let i = 0; i < count; i++) broken[`incidents/2026-03-03-broken-${String(i).padStart(2, "0")}/incident.yaml`] = INCIDENT.replace("commander: alice", "commander: zed");
  return writeWorkspace(broken);
}

describe("the Action", () => {
  it("annotates the first ten errors, says how many more the summary lists, and fails the step", async () => {
    const root = workspaceWithUnknownCommanders(12);
    const runtime = recordingRuntime({ command: "validate" }, root);
    await runAction(runtime);
    expect(runtime.annotations).toHaveLength(10);
    expect(runtime.annotations[0]).toMatchObject({ kind: "error", place: { file: "incidents/2026-03-03-broken-00/incident.yaml", title: "FL-301 unknown-person" } });
    expect(runtime.logs).toContain("GitHub shows 10 annotations of each kind; 2 errors more are listed in the job summary.");
    expect(runtime.summary.split("<tr><td>error</td>")).toHaveLength(13);
    expect(runtime.summary).toContain("unknown person &#39;zed&#39;");
    expect(runtime.outputs).toEqual({ errors: "12", warnings: "0", notices: "0" });
    expect(runtime.failures).toEqual(["fireline validate: 12 errors; the job summary lists every finding."]);
  });

  it("passes a clean workspace and reports paths relative to the repository when dir is a subfolder", async () => {
    const root = writeWorkspace(Object.fromEntries(Object.entries(MINIMAL_WORKSPACE).map(([path, text]) => [`ops/${path}`, text])));
    const runtime = recordingRuntime({ command: "validate", dir: "ops" }, root);
    await runAction(runtime);
    expect(runtime.failures).toEqual([]);
    expect(runtime.outputs.errors).toBe("0");
    expect(runtime.summary).toContain("No problems found.");
  });

  it("fails on warnings only when fail-on is warning", async () => {
    const root = writeWorkspace({ "rotations/core-primary.yaml": (MINIMAL_WORKSPACE["rotations/core-primary.yaml"] ?? "").replace("members: [alice, bob]", "members: [alice, bob, alice]") });
    const lenient = recordingRuntime({ command: "validate" }, root);
    await runAction(lenient);
    expect(lenient.outputs.warnings).not.toBe("0");
    expect(lenient.failures).toEqual([]);
    const strict = recordingRuntime({ command: "validate", "fail-on": "warning" }, root);
    await runAction(strict);
    expect(strict.failures[0]).toMatch(/^fireline validate: 0 errors and \d+ warnings? \(fail-on: warning\)/);
  });

  it("builds the status page into out and names the folder in an output", async () => {
    const root = writeWorkspace();
    const runtime = recordingRuntime({ command: "build", out: "public" }, root);
    await runAction(runtime);
    expect(runtime.failures).toEqual([]);
    expect(runtime.outputs["site-path"]).toBe("public");
    expect(existsSync(join(root, "public", "index.html"))).toBe(true);
  });

  it("refuses to build from a workspace with errors and annotates them", async () => {
    const root = workspaceWithUnknownCommanders(1);
    const runtime = recordingRuntime({ command: "build" }, root);
    await runAction(runtime);
    expect(runtime.annotations.map((a) => a.place?.title)).toEqual(["FL-301 unknown-person"]);
    expect(runtime.failures[0]).toContain("the status page was not built");
    expect(existsSync(join(root, "_site"))).toBe(false);
  });

  it("writes the metrics report to the job summary and the JSON to out", async () => {
    const root = writeWorkspace();
    const runtime = recordingRuntime({ command: "metrics", out: "metrics.json", from: "2026-01", to: "2026-06" }, root);
    await runAction(runtime);
    expect(runtime.failures).toEqual([]);
    expect(runtime.outputs).toMatchObject({ incidents: "1", "metrics-path": "metrics.json" });
    expect(runtime.summary).toMatch(/MTTR/);
    expect(JSON.parse(readFileSync(join(root, "metrics.json"), "utf8"))).toHaveProperty("version");
  });

  it.each([
    [{ command: "deploy" }, "fireline: input 'command' must be one of validate, build, sync, deadlines, metrics; got 'deploy'"],
    [{}, "fireline: input 'command' must be one of validate, build, sync, deadlines, metrics; got nothing"],
    [{ command: "validate", "fail-on": "never" }, "fireline: input 'fail-on' must be one of error, warning; got 'never'"],
    [{ command: "validate", "dry-run": "yes" }, "fireline: input 'dry-run' must be true or false, got 'yes'"],
    [{ command: "validate", dir: "../elsewhere" }, "fireline: input 'dir' must be a folder inside the repository, got '../elsewhere'"],
    [{ command: "metrics", by: "week" }, "fireline: input 'by' must be one of severity, service, month, quarter; got 'week'"],
    [{ command: "build", "base-url": "status.example.com" }, "fireline: input 'base-url' must be an absolute http(s) URL"],
  ])("fails with a clear message for bad inputs %o", async (inputs, message) => {
    const runtime = recordingRuntime(inputs, writeWorkspace());
    await runAction(runtime);
    expect(runtime.failures).toHaveLength(1);
    expect(runtime.failures[0]).toContain(message);
    expect(runtime.failures[0]).not.toMatch(/\n\s+at /);
  });

  it("says a folder without fireline.yaml is not a workspace and how to fix it", async () => {
    const root = writeWorkspace({ "fireline.yaml": null });
    const runtime = recordingRuntime({ command: "validate" }, root);
    await runAction(runtime);
    expect(runtime.failures[0]).toContain("is not a fireline workspace: it has no fireline.yaml\nhint: Check out the repository first");
  });

  it("reports an unexpected failure as a bug, without a stack trace", async () => {
    const runtime = recordingRuntime({ command: "validate" }, writeWorkspace());
    await runAction(runtime, { validate: () => Promise.reject(new TypeError("boom")) });
    expect(runtime.failures).toHaveLength(1);
    expect(runtime.failures[0]).toMatch(/^fireline: internal error: boom\nThis is a bug in fireline/);
    expect(runtime.failures[0]).not.toContain("    at ");
  });

  it("masks the token before anything can print it", async () => {
    const runtime = recordingRuntime({ command: "validate", token: "ghs_secret" }, writeWorkspace());
    await runAction(runtime);
    expect(runtime.secrets).toEqual(["ghs_secret"]);
  });
});
