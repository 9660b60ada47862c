import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli, writeWorkspace } from "../helpers/run-cli.js";
import { postmortemWithItems, SYNC_POSTMORTEM } from "../helpers/sync-workspace.js";
import { syncCli, TWO_ACTION_ITEMS, useFakeGitHubWorkspace } from "../helpers/fake-github-workspace.js";

const ctx = useFakeGitHubWorkspace(TWO_ACTION_ITEMS);
const sync = (...args: string[]) => syncCli(ctx, ...args);

describe("fireline sync", () => {
  it("opens the issues on the first run and writes nothing on the second", async () => {
    const first = await sync();
    expect(first).toMatchObject({ code: 0, stderr: "" });
    expect(first.stdout).toContain("Opened #1, #2");
    expect(ctx.fake.issues().map((issue) => issue.title)).toEqual(["Alert on connection-pool saturation", "Load-test the pool limits before each release"]);
    const writes = ctx.fake.counts().writes;
    const second = await sync();
    expect(second.code).toBe(0);
    expect(second.stdout).toContain("nothing to change");
    expect(ctx.fake.counts().writes).toBe(writes);
  });

  it("prints the plan as JSON on a dry run and writes nothing", async () => {
    const result = await sync("--dry-run", "--format", "json");
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout) as { dryRun: boolean; plan: { creates: { title: string; line: number }[]; labels: { name: string }[] } };
    expect(json.dryRun).toBe(true);
    expect(json.plan.creates.map((create) => create.title)).toEqual(["Alert on connection-pool saturation", "Load-test the pool limits before each release"]);
    expect(json.plan.labels.map((label) => label.name)).toEqual(["action-item", "service:api", "sev2"]);
    expect(ctx.fake.counts().writes).toBe(0);
  });

  it("ticks the box of an issue closed on GitHub with --write-back, changing one byte", async () => {
    await sync();
    const issue = ctx.fake.repository.issues.get(1);
    if (!issue) throw new Error("no issue #1");
    issue.state = "closed";
    issue.stateReason = "completed";
    const path = join(ctx.dir, SYNC_POSTMORTEM);
    const before = readFileSync(path, "utf8");
    const result = await sync("--write-back");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("ticked 1 box");
    expect(readFileSync(path, "utf8")).toBe(before.replace("- [ ] Alert on", "- [x] Alert on"));
  });

  it("refuses to run without GITHUB_TOKEN, with exit 2 and no stack trace", async () => {
    ctx.env = {};
    const result = await sync();
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("GITHUB_TOKEN is not set");
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it("refuses a --repo that is not owner/name, with exit 2", async () => {
    const result = await runCli(["sync", "--dir", ctx.dir, "--repo", "https://github.com/acme/incidents"], { env: ctx.env });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("not of the form owner/name");
  });

  it("takes the repository from github.repository in fireline.yaml", async () => {
    ctx.dir = writeWorkspace({ [SYNC_POSTMORTEM]: postmortemWithItems(TWO_ACTION_ITEMS), "fireline.yaml": `${readFileSync(join(ctx.dir, "fireline.yaml"), "utf8")}github:\n  repository: acme/incidents\n` });
    const result = await runCli(["sync", "--dir", ctx.dir], { env: ctx.env });
    expect(result.code).toBe(0);
    expect(ctx.fake.issues()).toHaveLength(2);
  });

  it("exits 1 and says a re-run continues when GitHub refuses the writes", async () => {
    ctx.fake.setPermission("read");
    const result = await sync();
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("FL-825");
    expect(result.stderr).toContain("run fireline sync again");
  });

  it("renders the issue body from the workspace's own template when it has one", async () => {
    ctx.dir = writeWorkspace({ [SYNC_POSTMORTEM]: postmortemWithItems(TWO_ACTION_ITEMS), "templates/action-item-issue.md.hbs": "Owned by {{owner}}, due {{due}}.\n\n{{marker}}\n" });
    const result = await sync();
    expect(result.code).toBe(0);
    expect(ctx.fake.issues()[0]?.body).toMatch(/^Owned by Alice Example \(@alice-example\), due 2026-03-20\.\n\n<!-- fireline:action-item 2026-03-03-api-errors\/1 text:[0-9a-f]{12} -->\n$/);
  });

  it("refuses a broken template with exit 2, before writing anything", async () => {
    ctx.dir = writeWorkspace({ [SYNC_POSTMORTEM]: postmortemWithItems(TWO_ACTION_ITEMS), "templates/action-item-issue.md.hbs": "{{#if owner}}unclosed\n" });
    const result = await sync();
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("templates/action-item-issue.md.hbs");
    expect(ctx.fake.counts().writes).toBe(0);
  });
});
