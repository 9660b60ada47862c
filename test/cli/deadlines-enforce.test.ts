import { describe, expect, it } from "vitest";
import { MemoryIssueTracker } from "../../src/adapters/memory-issue-tracker.js";
import { runDeadlines, type DeadlinesFlags } from "../../src/cli/deadlines-command.js";
import type { TrackerFactory } from "../../src/cli/deadlines-enforce.js";
import type { CliIo } from "../../src/cli/io.js";
import { BERLIN, INCIDENT, SEV1 } from "../helpers/enforcement-workspace.js";
import { edit } from "../helpers/minimal-workspace.js";
import { runCli, writeWorkspace } from "../helpers/run-cli.js";

function captureIo(env: Record<string, string> = {}): CliIo & { out: () => string; err: () => string } {
  let out = "";
  let err = "";
  return {
    stdout: { write: (text: string) => (out += text) },
    stderr: { write: (text: string) => (err += text) },
    env,
    cwd: process.cwd(),
    out: () => out,
    err: () => err,
  };
}

function memory(tracker: MemoryIssueTracker, seen: { repo?: string; configRepository?: string }[] = []): TrackerFactory {
  return (_io, choice) => {
    seen.push(choice);
    return { tracker, repository: choice.repo ?? choice.configRepository ?? "example/workspace" };
  };
}

async function enforce(dir: string, tracker: MemoryIssueTracker, more: Partial<DeadlinesFlags> = {}, env: Record<string, string> = {}) {
  const io = captureIo(env);
  const code = await runDeadlines({ dir, format: "human", enforce: true, ...more }, io, memory(tracker));
  return { code, stdout: io.out(), stderr: io.err() };
}

describe("fireline deadlines --enforce", () => {
  it("opens the tracking issue for an overdue postmortem, assigned to the commander, and writes nothing on a second run", async () => {
    const dir = writeWorkspace({ "fireline.yaml": BERLIN, [INCIDENT]: SEV1 });
    const tracker = new MemoryIssueTracker();
    const first = await enforce(dir, tracker, { now: "2026-03-13T09:00" });
    expect(first.code).toBe(0);
    expect(first.stderr).toBe("");
    expect(first.stdout).toContain("Deadline enforcement for example/workspace on 2026-03-13 (Europe/Berlin)");
    expect(first.stdout).toContain('open issue      2026-03-03-api-errors: overdue, assigned to @alice-example: "Postmortem due 2026-03-10: API errors after deploy"');
    expect(first.stdout).toContain("wrote: 1 label created; opened #1");
    expect(tracker.issues.get(1)?.body).toContain("is 3 business days overdue");

    const writes = tracker.calls.writes;
    const second = await enforce(dir, tracker, { now: "2026-03-13T09:00" });
    expect(second.stdout).toContain("nothing to do");
    expect(second.stdout).toContain("wrote: nothing");
    expect(tracker.calls.writes).toBe(writes);
  });

  it("exits 1 after enforcing with --fail-on-overdue when something is overdue, and 0 before that", async () => {
    const dir = writeWorkspace({ "fireline.yaml": BERLIN, [INCIDENT]: SEV1 });
    const tracker = new MemoryIssueTracker();
    expect((await enforce(dir, tracker, { now: "2026-03-09T09:00", failOnOverdue: true })).code).toBe(0);
    const late = await enforce(dir, tracker, { now: "2026-03-11T09:00", failOnOverdue: true });
    expect(late.code).toBe(1);
    expect(late.stdout).toContain("wrote: commented on #1");
  });

  it("judges at FIRELINE_NOW when --now is not given", async () => {
    const dir = writeWorkspace({ "fireline.yaml": BERLIN, [INCIDENT]: SEV1 });
    const run = await enforce(dir, new MemoryIssueTracker(), {}, { FIRELINE_NOW: "2026-03-06T08:00:00Z" });
    expect(run.stdout).toContain("on 2026-03-06 (Europe/Berlin)");
    expect(run.stdout).toContain("2026-03-03-api-errors: reminder");
  });

  it("prints the plan and writes nothing with --dry-run, as JSON with --format json", async () => {
    const dir = writeWorkspace({ "fireline.yaml": BERLIN, [INCIDENT]: SEV1 });
    const tracker = new MemoryIssueTracker();
    const run = await enforce(dir, tracker, { now: "2026-03-13T09:00", dryRun: true, format: "json" });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({
      version: 1,
      dry_run: true,
      actions: [
        { kind: "create-label", label: "postmortem-deadline" },
        { kind: "open-issue", incident: "2026-03-03-api-errors", why: "overdue", assignees: ["alice-example"] },
      ],
      applied: { opened: [] },
    });
    expect(tracker.calls.writes).toBe(0);
  });

  it("takes the repository from --repo before fireline.yaml's github.repository", async () => {
    const dir = writeWorkspace({ "fireline.yaml": `${BERLIN}github:\n  repository: acme/incidents\n`, [INCIDENT]: SEV1 });
    const seen: { repo?: string; configRepository?: string }[] = [];
    const io = captureIo();
    await runDeadlines({ dir, format: "human", enforce: true, now: "2026-03-13T09:00", repo: "acme/other" }, io, memory(new MemoryIssueTracker(), seen));
    expect(seen).toEqual([{ repo: "acme/other", configRepository: "acme/incidents" }]);
    expect(io.out()).toContain("Deadline enforcement for acme/other");
  });

  it("warns, with the place in people.yaml, when the commander has no GitHub login, and opens the issue unassigned", async () => {
    const people = edit("people.yaml", [["    github: alice-example\n", ""]]);
    const dir = writeWorkspace({ "fireline.yaml": BERLIN, [INCIDENT]: SEV1, "people.yaml": people });
    const tracker = new MemoryIssueTracker();
    const run = await enforce(dir, tracker, { now: "2026-03-13T09:00" });
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/^fireline: warning: \S*people\.yaml:5:3: the incident commander alice has no GitHub login, so the postmortem tracking issue of 2026-03-03-api-errors has no assignee \(FL-840\)\n {2}hint: Add github: <login> to alice in people\.yaml\.\n$/);
    expect(run.stdout).toContain("overdue, no assignee");
    expect(tracker.issues.get(1)?.assignees).toEqual([]);
    expect(tracker.issues.get(1)?.body).toContain("alice (no GitHub login in people.yaml)");
  });

  it("refuses a bad enforcement policy with the file, line and column, and touches no issue", async () => {
    const policy = "enforcement:\n  remind_before: soon\n  overdue_steps: [0, 3, 3]\n";
    const dir = writeWorkspace({ "fireline.yaml": BERLIN, [INCIDENT]: SEV1, "policies/postmortem.yaml": policy });
    const tracker = new MemoryIssueTracker();
    const run = await enforce(dir, tracker, { now: "2026-03-13T09:00" });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain("policies/postmortem.yaml");
    expect(run.stderr).toMatch(/2:18 +error +.*remind_before.*FL-205/);
    expect(run.stderr).toMatch(/3:19 +error +.*FL-207/);
    expect(run.stderr).toContain("nothing was read from or written to GitHub");
    expect(tracker.calls.reads + tracker.calls.writes).toBe(0);
  });

  it("stops at a failed request with exit 1, says what was written, and a re-run finishes the work", async () => {
    const dir = writeWorkspace({ "fireline.yaml": BERLIN, [INCIDENT]: SEV1 });
    const tracker = new MemoryIssueTracker();
    const original = tracker.createIssue.bind(tracker);
    tracker.createIssue = () => Promise.reject(Object.assign(new Error("403 Resource not accessible by integration"), { hint: "Give the workflow `permissions: issues: write`." }));
    const failed = await enforce(dir, tracker, { now: "2026-03-13T09:00" });
    expect(failed.code).toBe(1);
    expect(failed.stderr).toContain("fireline: error: GitHub request failed: 403 Resource not accessible by integration (FL-843)\n  hint: Give the workflow `permissions: issues: write`.");
    expect(failed.stdout).toContain("wrote: 1 label created");

    tracker.createIssue = original;
    const again = await enforce(dir, tracker, { now: "2026-03-13T09:00" });
    expect(again.code).toBe(0);
    expect(again.stdout).toContain("wrote: opened #1");
    expect(tracker.issues.size).toBe(1);
  });

  it("refuses --dry-run and --repo without --enforce, and --enforce with markdown", async () => {
    const dir = writeWorkspace();
    const dry = await runCli(["deadlines", "--dir", dir, "--dry-run"]);
    expect(dry.code).toBe(2);
    expect(dry.stderr).toContain("--dry-run only applies with --enforce");
    expect((await runCli(["deadlines", "--dir", dir, "--repo", "a/b"])).stderr).toContain("--repo only applies with --enforce");
    expect((await runCli(["deadlines", "--dir", dir, "--enforce", "--format", "markdown"])).stderr).toContain("not markdown");
  });

  it("asks for GITHUB_TOKEN without reading the workspace's issues when it is missing", async () => {
    const dir = writeWorkspace({ "fireline.yaml": BERLIN, [INCIDENT]: SEV1 });
    const run = await runCli(["deadlines", "--dir", dir, "--enforce", "--repo", "acme/incidents"], { env: {} });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("GITHUB_TOKEN is not set");
    expect(run.stdout).toBe("");
  });
});
