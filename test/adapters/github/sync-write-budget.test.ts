import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createGitHubTracker } from "../../../src/adapters/github/github-tracker.js";
import type { MemoryFileSource } from "../../../src/adapters/memory-file-source.js";
import { builtInTemplateReader } from "../../../src/adapters/template-files.js";
import { syncActionItems } from "../../../src/commands/sync-action-items.js";
import { startFakeGitHub, type FakeGitHub } from "../../fake-github/fake-github-server.js";
import { actionItems, issuesBySerial, workspaceWithItems } from "../../fake-github/sync-against-fake.js";

let fake: FakeGitHub;

beforeEach(async () => {
  fake = await startFakeGitHub();
});

afterEach(() => fake.close());

/** One sync run with a write budget, returning the write requests the server saw. */
async function syncWithBudget(files: MemoryFileSource, maxWrites: number) {
  const before = fake.counts().writes;
  const tracker = createGitHubTracker({ token: "fake-token", owner: fake.owner, repo: fake.repo, apiUrl: fake.url, retryAfterBaseMs: 1 });
  const outcome = await syncActionItems(files, tracker, { links: { serverUrl: "https://github.com", repository: `${fake.owner}/${fake.repo}` }, readTemplate: builtInTemplateReader(), maxWrites });
  if (!outcome.ok) throw new Error(`sync did not run: ${outcome.reason}`);
  return { outcome, writes: fake.counts().writes - before };
}

describe("fireline sync with a write budget", { timeout: 120_000 }, () => {
  it("opens 1,000 issues in three runs of at most 400 writes, with no duplicate, and stops cleanly in between", async () => {
    const files = workspaceWithItems(actionItems(1000));
    const runs = [];
    for (let run = 0; run < 4; run++) runs.push(await syncWithBudget(files, 400));

    // The first run also creates the labels the issues use: 1,000 issues and those labels, written once each.
    const labels = fake.labels().length;
    expect(labels).toBeGreaterThan(0);
    expect(runs.map((run) => run.writes)).toEqual([400, 400, 200 + labels, 0]);
    expect(runs.map(({ outcome }) => outcome.budgetStop)).toEqual([{ maxWrites: 400, written: 400, left: 600 + labels }, { maxWrites: 400, written: 400, left: 200 + labels }, undefined, undefined]);
    expect(runs.map(({ outcome }) => outcome.failure)).toEqual([undefined, undefined, undefined, undefined]);
    const bySerial = issuesBySerial(fake);
    expect(bySerial.size).toBe(1000);
    expect([...bySerial.values()].filter((issues) => issues.length > 1)).toEqual([]);
  });
});
