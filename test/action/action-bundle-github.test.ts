import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startFakeGitHub, type FakeGitHub } from "../fake-github/fake-github-server.js";
import { MINIMAL_WORKSPACE, POSTMORTEM_BODY } from "../helpers/minimal-workspace.js";
import { runActionBundle } from "../helpers/run-action-bundle.js";
import { writeWorkspace } from "../helpers/run-cli.js";

const INCIDENT = "incidents/2026-03-03-api-errors/incident.yaml";
const POSTMORTEM = "incidents/2026-03-03-api-errors/postmortem.md";
const ITEMS = [
  "- [ ] Alert on connection-pool saturation (Owner: @alice, Due: 2026-03-20, Kind: detect)",
  "- [ ] Load-test releases against the pool limit (Owner: @bob, Due: 2026-03-27, Kind: prevent)",
];

/**
 * A sev1 incident (postmortem due five business days after it was resolved) whose draft postmortem
 * has two open action items: a few writes each for sync and deadlines, since GitHub writes are paced.
 */
function overdueWorkspace(): string {
  return writeWorkspace({
    [INCIDENT]: (MINIMAL_WORKSPACE[INCIDENT] ?? "").replace("severity: sev2", "severity: sev1"),
    [POSTMORTEM]: `---\nstatus: draft\nauthors: [alice]\n---\n${POSTMORTEM_BODY.replace(/## Action items\n\n[^\n]*\n/, `## Action items\n\n${ITEMS.join("\n")}\n`)}`,
  });
}

let github: FakeGitHub;
let workspace: string;

beforeEach(async () => {
  github = await startFakeGitHub({ token: "ghs_fake" });
  workspace = overdueWorkspace();
});

afterEach(async () => {
  await github.close();
});

/** The bundle as the runner starts it for one step of the daily workflow. */
function step(command: string, inputs: Record<string, string> = {}) {
  return runActionBundle({ command, token: "ghs_fake", ...inputs }, workspace, {
    GITHUB_API_URL: github.url,
    GITHUB_REPOSITORY: `${github.owner}/${github.repo}`,
    GITHUB_SERVER_URL: "https://github.com",
    FIRELINE_NOW: "2026-11-23T12:00:00Z",
  });
}

function numbers(output: string | undefined): number[] {
  return JSON.parse(output ?? "null") as number[];
}

describe("the bundled Action against a GitHub API", { timeout: 90_000 }, () => {
  it("syncs action items into issues, and a second run writes nothing", async () => {
    const first = await step("sync");
    expect(first.stdout).not.toContain("::error");
    expect(first.code).toBe(0);
    const created = numbers(first.outputs.created);
    expect(created).toHaveLength(2);
    expect(github.issues().filter((issue) => !issue.pullRequest).map((issue) => issue.number)).toEqual(created);
    expect(first.summary).toContain("## fireline sync");

    const before = github.counts().writes;
    const second = await step("sync");
    expect(second.code).toBe(0);
    expect(github.counts().writes).toBe(before);
    expect(second.outputs).toMatchObject({ created: "[]", updated: "[]", closed: "[]" });
    expect(second.summary).toContain("Nothing to change");
    expect(github.violations()).toEqual([]);
  });

  // Every fault and random ones are in the sync's convergence tests; this one shows the Action's side: a failed step, then a clean re-run.
  it("fails the step when the connection drops after GitHub created an issue, and the next run ends with one issue per item", async () => {
    github.injectFault({ kind: "drop-after-write", method: "POST", route: "issues" });
    const failed = await step("sync");
    expect(failed.code).toBe(1);
    expect(failed.stdout).toMatch(/::error::fireline sync: GitHub request failed/);
    expect(failed.stdout + failed.stderr).not.toMatch(/\n\s+at /);
    const rerun = await step("sync");
    expect(rerun.code).toBe(0);
    const titles = github.issues().map((issue) => issue.title).sort();
    expect(titles).toEqual(["Alert on connection-pool saturation", "Load-test releases against the pool limit"]);
    expect(github.violations()).toEqual([]);
  });

  it("plans without writing on a dry run", async () => {
    const run = await step("sync", { "dry-run": "true" });
    expect(run.code).toBe(0);
    expect(github.counts().writes).toBe(0);
    expect(run.stdout).toMatch(/dry run: \d+ writes planned/);
  });

  it("ticks the box of an item whose issue was closed on GitHub when write-back is on", async () => {
    await step("sync");
    const issue = github.issues().find((candidate) => candidate.state === "open");
    if (!issue) throw new Error("the first sync opened no issue");
    issue.state = "closed";
    issue.stateReason = "completed";
    const run = await step("sync", { "write-back": "true" });
    expect(run.code).toBe(0);
    const files = JSON.parse(run.outputs["written-back"] ?? "[]") as string[];
    expect(files).toHaveLength(1);
    expect(readFileSync(join(workspace, files[0] ?? ""), "utf8")).toContain(`- [x] ${issue.title}`);
  });

  it("enforces deadlines with tracking issues, and a second run writes nothing", async () => {
    const first = await step("deadlines");
    expect(first.stdout).not.toContain("::error");
    expect(first.code).toBe(0);
    expect(numbers(first.outputs.created).length).toBeGreaterThan(0);
    expect(first.summary).toContain("## fireline deadlines");
    const before = github.counts().writes;
    const second = await step("deadlines");
    expect(second.outputs.created).toBe("[]");
    expect(github.counts().writes).toBe(before);
  });

  it("fails clearly when the token may not write issues", async () => {
    github.setPermission("read");
    const run = await step("sync");
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/::error::fireline sync: GitHub request failed.*issues/i);
    expect(run.stdout + run.stderr).not.toMatch(/\n\s+at /);
  });

  it("fails clearly without a token, before any request", async () => {
    const run = await step("deadlines", { token: "" });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("::error::fireline: the input 'token' is empty");
    expect(github.requests).toEqual([]);
  });

  it("never prints the token", async () => {
    github.setPermission("read");
    const run = await step("sync");
    const printed = (run.stdout + run.stderr).split("\n").filter((line) => !line.startsWith("::add-mask::"));
    expect(run.stdout).toContain("::add-mask::ghs_fake");
    expect(printed.join("\n") + run.summary).not.toContain("ghs_fake");
  });
});
