import { describe, expect, it } from "vitest";
import { runAction } from "../../src/action/run-action.js";
import { syncCli, TWO_ACTION_ITEMS, useFakeGitHubWorkspace } from "../helpers/fake-github-workspace.js";
import { MINIMAL_WORKSPACE } from "../helpers/minimal-workspace.js";
import { recordingRuntime } from "../helpers/recording-runtime.js";
import { runCli, writeWorkspace } from "../helpers/run-cli.js";
import { postmortemWithItems, SYNC_POSTMORTEM } from "../helpers/sync-workspace.js";

const INCIDENT = "incidents/2026-03-03-api-errors/incident.yaml";
const ctx = useFakeGitHubWorkspace(TWO_ACTION_ITEMS);
const sync = (...args: string[]) => syncCli(ctx, ...args);

describe("--max-writes", () => {
  it("stops fireline sync at the budget with exit 0 and a warning saying what is left, and the next run finishes", async () => {
    // Three labels and two issues: five writes in all.
    const first = await sync("--max-writes", "4");
    expect(first.code).toBe(0);
    expect(first.stderr).toContain("fireline: warning: fireline sync stopped after 4 write requests (max-writes 4), below GitHub's limit of about 500 an hour; 1 change left, which the next run continues with (FL-826)");
    expect(ctx.fake.counts().writes).toBe(4);
    expect(ctx.fake.issues()).toHaveLength(1);

    const second = await sync("--max-writes", "4");
    expect(second).toMatchObject({ code: 0, stderr: "" });
    expect(ctx.fake.counts().writes).toBe(5);
    expect(ctx.fake.issues().map((issue) => issue.title)).toEqual(["Alert on connection-pool saturation", "Load-test the pool limits before each release"]);
  });

  it("reports the stop in --format json as an incomplete run with what is left", async () => {
    const result = await sync("--max-writes", "4", "--format", "json");
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ complete: false, budgetStop: { maxWrites: 4, written: 4, left: 1 } });
  });

  it.each(["0", "-3", "1.5", "many"])("refuses --max-writes '%s' with exit 2 before reading GitHub", async (value) => {
    const result = await sync("--max-writes", value);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`--max-writes must be a whole number of write requests, at least 1; got '${value}'`);
    expect(ctx.fake.requests).toEqual([]);
  });

  it("stops fireline deadlines --enforce at the budget with exit 0 and the same warning", async () => {
    // A sev1 postmortem, still a draft, long overdue: a label and a tracking issue to write.
    const overdue = writeWorkspace({ [INCIDENT]: (MINIMAL_WORKSPACE[INCIDENT] ?? "").replace("severity: sev2", "severity: sev1"), [SYNC_POSTMORTEM]: postmortemWithItems(TWO_ACTION_ITEMS) });
    const result = await runCli(["deadlines", "--dir", overdue, "--enforce", "--repo", "acme/incidents", "--max-writes", "1"], { env: { ...ctx.env, FIRELINE_NOW: "2026-11-23T12:00:00Z" } });
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/fireline: warning: fireline deadlines --enforce stopped after 1 write request \(max-writes 1\), below GitHub's limit of about 500 an hour; \d+ changes? left, which the next run continues with \(FL-826\)/);
    expect(ctx.fake.counts().writes).toBe(1);
  });

  it("belongs to fireline deadlines only with --enforce", async () => {
    const result = await runCli(["deadlines", "--dir", ctx.dir, "--max-writes", "10"], { env: ctx.env });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("--max-writes only applies with --enforce");
  });

  it("is the Action input max-writes, checked the same way", async () => {
    const runtime = recordingRuntime({ command: "sync", token: "fake-token", repo: "acme/incidents", "max-writes": "lots" }, ctx.dir, { GITHUB_API_URL: ctx.fake.url });
    await runAction(runtime);
    expect(runtime.failures[0]).toContain("input 'max-writes' must be a whole number of write requests, at least 1; got 'lots'");

    const budgeted = recordingRuntime({ command: "sync", token: "fake-token", repo: "acme/incidents", "max-writes": "4" }, ctx.dir, { GITHUB_API_URL: ctx.fake.url });
    await runAction(budgeted);
    expect(budgeted.failures).toEqual([]);
    expect(budgeted.annotations.map((a) => a.message)).toContainEqual(expect.stringContaining("1 change left, which the next run continues with (FL-826)"));
    expect(ctx.fake.counts().writes).toBe(4);
  });
});
