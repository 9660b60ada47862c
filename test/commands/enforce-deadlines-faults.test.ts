import { Temporal } from "temporal-polyfill";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createGitHubTracker } from "../../src/adapters/github/github-tracker.js";
import { enforceDeadlines } from "../../src/commands/enforce-deadlines.js";
import { startFakeGitHub, type FakeGitHub } from "../fake-github/fake-github-server.js";
import { INCIDENT, SEV1, sev1Workspace } from "../helpers/enforcement-workspace.js";

const IDS = ["2026-03-03-api-errors", "2026-03-03-api-errors-b", "2026-03-03-api-errors-c", "2026-03-03-api-errors-d"];

let fake: FakeGitHub;
beforeEach(async () => {
  fake = await startFakeGitHub();
});
afterEach(async () => {
  await fake.close();
});

async function run(date: string) {
  const files = sev1Workspace(Object.fromEntries(IDS.slice(1).map((id) => [INCIDENT.replace("2026-03-03-api-errors", id), SEV1])));
  // Retry waits and write spacing shrunk to milliseconds.
  const tracker = createGitHubTracker({ token: "fake-token", owner: fake.owner, repo: fake.repo, apiUrl: fake.url, retryAfterBaseMs: 1 });
  const now = Temporal.PlainDateTime.from(`${date}T12:00`).toZonedDateTime("Europe/Berlin").toInstant();
  const result = await enforceDeadlines(files, tracker, { now, repository: `${fake.owner}/${fake.repo}` });
  if (!result.ok) throw new Error(result.reason);
  return result;
}

/** The incidents of the tracking issues on the server, one entry per issue. */
function trackedIncidents(): string[] {
  return fake
    .issues()
    .map((issue) => /fireline:postmortem-deadline (\S+)/.exec(issue.body ?? "")?.[1] ?? "")
    .sort();
}

describe("fireline deadlines --enforce after a failure halfway", () => {
  it("opens the remaining tracking issues on the re-run after the server stopped answering, with no duplicate", async () => {
    fake.injectFault({ kind: "crash", afterWrites: 3 });
    const crashed = await run("2026-03-11");
    expect(crashed.failure?.message).toContain("could not be reached");
    expect(crashed.applied.opened).toHaveLength(2);
    fake.recover();

    const again = await run("2026-03-11");
    expect(again.failure).toBeUndefined();
    expect(again.applied.opened).toHaveLength(2);
    expect(trackedIncidents()).toEqual(IDS);
    expect(fake.labels().filter((label) => label.name === "postmortem-deadline")).toHaveLength(1);
  });

  it("writes each step comment once when a comment request failed with a 502 and the run was repeated", async () => {
    await run("2026-03-11");
    fake.injectFault({ kind: "502", method: "POST", route: "comments" });
    const failed = await run("2026-03-13");
    expect(failed.failure?.message).toContain("502");

    const again = await run("2026-03-13");
    expect(again.failure).toBeUndefined();
    expect((await run("2026-03-13")).applied.commented).toEqual([]);
    for (const issue of fake.issues()) {
      expect(issue.comments.filter((comment) => comment.body.includes("step=3")), `#${String(issue.number)}`).toHaveLength(1);
    }
    expect(fake.violations()).toEqual([]);
  });
});
