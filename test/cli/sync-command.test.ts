import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runCli, writeWorkspace } from "../helpers/run-cli.js";
import { postmortemWithItems, SYNC_POSTMORTEM } from "../helpers/sync-workspace.js";
import { startFakeGitHub, type FakeGitHub } from "../fake-github/fake-github-server.js";

const ITEMS = [
  "- [ ] Alert on connection-pool saturation (Owner: @alice, Due: 2026-03-20, Kind: detect)",
  "- [ ] Load-test the pool limits before each release (Owner: @bob, Due: 2026-03-27, Kind: prevent)",
];

let fake: FakeGitHub;
let dir: string;
let env: Record<string, string>;

beforeEach(async () => {
  fake = await startFakeGitHub({ owner: "acme", repo: "incidents" });
  dir = writeWorkspace({ [SYNC_POSTMORTEM]: postmortemWithItems(ITEMS) });
  env = { GITHUB_TOKEN: "fake-token", GITHUB_API_URL: fake.url };
});

afterEach(async () => {
  await fake.close();
});

const sync = (...args: string[]) => runCli(["sync", "--dir", dir, "--repo", "acme/incidents", ...args], { env });

describe("fireline sync", () => {
  it("opens the issues on the first run and writes nothing on the second", async () => {
    const first = await sync();
    expect(first).toMatchObject({ code: 0, stderr: "" });
    expect(first.stdout).toContain("Opened #1, #2");
    expect(fake.issues().map((issue) => issue.title)).toEqual(["Alert on connection-pool saturation", "Load-test the pool limits before each release"]);
    const writes = fake.counts().writes;
    const second = await sync();
    expect(second.code).toBe(0);
    expect(second.stdout).toContain("nothing to change");
    expect(fake.counts().writes).toBe(writes);
  });

  it("prints the plan as JSON on a dry run and writes nothing", async () => {
    const result = await sync("--dry-run", "--format", "json");
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout) as { dryRun: boolean; plan: { creates: { title: string; line: number }[]; labels: { name: string }[] } };
    expect(json.dryRun).toBe(true);
    expect(json.plan.creates.map((create) => create.title)).toEqual(["Alert on connection-pool saturation", "Load-test the pool limits before each release"]);
    expect(json.plan.labels.map((label) => label.name)).toEqual(["action-item", "service:api", "sev2"]);
    expect(fake.counts().writes).toBe(0);
  });

  it("ticks the box of an issue closed on GitHub with --write-back, changing one byte", async () => {
    await sync();
    const issue = fake.repository.issues.get(1);
    if (!issue) throw new Error("no issue #1");
    issue.state = "closed";
    issue.stateReason = "completed";
    const path = join(dir, SYNC_POSTMORTEM);
    const before = readFileSync(path, "utf8");
    const result = await sync("--write-back");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("ticked 1 box");
    expect(readFileSync(path, "utf8")).toBe(before.replace("- [ ] Alert on", "- [x] Alert on"));
  });

  it("refuses to run without GITHUB_TOKEN, with exit 2 and no stack trace", async () => {
    env = {};
    const result = await sync();
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("GITHUB_TOKEN is not set");
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it("refuses a --repo that is not owner/name, with exit 2", async () => {
    const result = await runCli(["sync", "--dir", dir, "--repo", "https://github.com/acme/incidents"], { env });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("not of the form owner/name");
  });

  it("takes the repository from github.repository in fireline.yaml", async () => {
    dir = writeWorkspace({ [SYNC_POSTMORTEM]: postmortemWithItems(ITEMS), "fireline.yaml": `${readFileSync(join(dir, "fireline.yaml"), "utf8")}github:\n  repository: acme/incidents\n` });
    const result = await runCli(["sync", "--dir", dir], { env });
    expect(result.code).toBe(0);
    expect(fake.issues()).toHaveLength(2);
  });

  it("exits 1 and says a re-run continues when GitHub refuses the writes", async () => {
    fake.setPermission("read");
    const result = await sync();
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("FL-825");
    expect(result.stderr).toContain("run fireline sync again");
  });

  it("renders the issue body from the workspace's own template when it has one", async () => {
    dir = writeWorkspace({ [SYNC_POSTMORTEM]: postmortemWithItems(ITEMS), "templates/action-item-issue.md.hbs": "Owned by {{owner}}, due {{due}}.\n\n{{marker}}\n" });
    const result = await sync();
    expect(result.code).toBe(0);
    expect(fake.issues()[0]?.body).toMatch(/^Owned by Alice Example \(@alice-example\), due 2026-03-20\.\n\n<!-- fireline:action-item 2026-03-03-api-errors\/1 text:[0-9a-f]{12} -->\n$/);
  });

  it("refuses a broken template with exit 2, before writing anything", async () => {
    dir = writeWorkspace({ [SYNC_POSTMORTEM]: postmortemWithItems(ITEMS), "templates/action-item-issue.md.hbs": "{{#if owner}}unclosed\n" });
    const result = await sync();
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("templates/action-item-issue.md.hbs");
    expect(fake.counts().writes).toBe(0);
  });
});
