import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { GitHubApiError } from "../../../src/adapters/github/github-api-error.js";
import type { IssueTracker } from "../../../src/ports.js";
import { createGitHubTracker } from "../../../src/adapters/github/github-tracker.js";
import { startFakeGitHub, type FakeGitHub } from "../../fake-github/fake-github-server.js";
import { startFakeTracker, type FakeTracker } from "../../fake-github/fake-tracker.js";

let fake: FakeGitHub;
let tracker: IssueTracker;
let warnings: string[];
let trackerFor: FakeTracker["trackerFor"];

beforeEach(async () => {
  ({ fake, warnings, trackerFor } = await startFakeTracker());
  tracker = trackerFor("good-token");
});

afterEach(() => fake.close());

const draft = { title: "Add queue-depth alert", body: "<!-- fireline:action-item a1 -->", labels: ["action-item"], assignees: [] };

async function failure(promise: Promise<unknown>): Promise<GitHubApiError> {
  const error: unknown = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  if (!(error instanceof GitHubApiError)) throw new Error(`expected a GitHubApiError, got ${String(error)}`);
  return error;
}

describe("the GitHub tracker when GitHub fails for a while", () => {
  it.each(["500", "502", "drop-connection"] as const)("retries a list after a %s and returns every issue", async (kind) => {
    await tracker.createIssue(draft);
    fake.injectFault({ kind, times: 2, method: "GET", route: "issues" });

    expect(await tracker.listIssues("action-item")).toHaveLength(1);
    expect(fake.requests.filter((request) => request.method === "GET")).toHaveLength(3);
  });

  it.each([403, 429] as const)("waits out a %s secondary rate limit's Retry-After, then writes once", async (status) => {
    fake.injectFault({ kind: "secondary-rate-limit", status, retryAfterSeconds: 2, times: 2, method: "POST", route: "issues" });

    await tracker.createIssue(draft);

    expect(fake.issues()).toHaveLength(1);
    const warning = "GitHub secondary rate limit reached on POST /repos/acme/incidents/issues; retrying in 2 s";
    expect(warnings).toEqual([warning, warning]);
  });

  it("waits for the primary rate limit to reset, then goes on", async () => {
    fake.injectFault({ kind: "rate-limit", resetSeconds: 1, method: "GET", route: "labels" });

    expect(await tracker.listLabels()).toEqual([]);
    expect(warnings).toEqual([expect.stringMatching(/^GitHub rate limit reached on GET \/repos\/acme\/incidents\/labels; retrying in \d s$/)]);
  });

  it("gives up after a bounded number of rate-limit retries with an error that says when to run again", async () => {
    fake.injectFault({ kind: "secondary-rate-limit", times: 10, method: "GET", route: "issues" });

    const error = await failure(tracker.listIssues("action-item"));

    expect(error.status).toBe(403);
    expect(error.message).toContain("rate limit is still exceeded");
    expect(error.hint).toContain("running it again is safe");
    expect(fake.requests).toHaveLength(4);
  });

  it("gives up on a request GitHub never answers after the timeout, retrying a read but not a create", async () => {
    tracker = createGitHubTracker({ token: "good-token", owner: "acme", repo: "incidents", apiUrl: fake.url, retryAfterBaseMs: 1, requestTimeoutMs: 200 });
    fake.injectFault({ kind: "hang", method: "GET", route: "labels" });
    fake.injectFault({ kind: "hang", method: "POST", route: "issues" });

    expect(await tracker.listLabels()).toEqual([]);
    const error = await failure(tracker.createIssue(draft));

    expect(error.status).toBe(0);
    expect(error.message).toContain("could not be reached");
    expect(fake.requests.map((request) => request.method)).toEqual(["GET", "GET", "POST"]);
  });

  it("does not repeat a create whose answer was a 502, so a duplicate cannot appear, and says a re-run is safe", async () => {
    fake.injectFault({ kind: "502", method: "POST", route: "issues" });

    const error = await failure(tracker.createIssue(draft));

    expect(error.status).toBe(502);
    expect(error.hint).toContain("running it again is safe");
    expect(fake.requests).toHaveLength(1);
  });

  it("fails a run once the server stops answering halfway, and keeps what was written for the re-run", async () => {
    fake.injectFault({ kind: "crash", afterWrites: 2 });

    await tracker.createIssue(draft);
    await tracker.createIssue({ ...draft, title: "second" });
    const error = await failure(tracker.createIssue({ ...draft, title: "third" }));
    fake.recover();

    expect(error.status).toBe(0);
    expect(error.message).toContain("could not be reached");
    expect((await tracker.listIssues("action-item")).map((issue) => issue.title)).toEqual([draft.title, "second"]);
  });
});

describe("the GitHub tracker's errors", () => {
  it("says a rejected token is wrong, expired or revoked (401)", async () => {
    const error = await failure(trackerFor("stale-token").listIssues("action-item"));

    expect(error.status).toBe(401);
    expect(error.message).toBe('could not list the issues labelled "action-item" in acme/incidents: GitHub rejected the token (401 Bad credentials); it is wrong, expired or revoked');
    expect(error.message).not.toContain("stale-token");
    expect(error.hint).toContain("GITHUB_TOKEN");
  });

  it("says which permission a token without write access lacks (403)", async () => {
    fake.setPermission("read");

    const error = await failure(tracker.createIssue(draft));

    expect(error.status).toBe(403);
    expect(error.message).toContain("the token lacks issues: write");
    expect(error.hint).toContain("issues=write");
  });

  it("says the repository was not found or the token cannot see it (404)", async () => {
    const error = await failure(trackerFor("good-token", "no-such-repo").listIssues("action-item"));

    expect(error.status).toBe(404);
    expect(error.message).toContain("the repository acme/no-such-repo was not found, or the token cannot see it");
  });

  it("says an issue that is gone was not found, not the repository (404)", async () => {
    const error = await failure(tracker.addComment(42, "Overdue."));

    expect(error.status).toBe(404);
    expect(error.message).toBe("could not comment on issue #42 in acme/incidents: issue #42 was not found (404); it may have been deleted or transferred, or the token cannot see acme/incidents");
  });

  it("names the new repository after a rename (301) instead of following it", async () => {
    fake.rename("acme", "incident-records");

    const error = await failure(tracker.listIssues("action-item"));

    expect(error.status).toBe(301);
    expect(error.message).toContain("the repository was renamed or moved to acme/incident-records");
    expect(error.hint).toContain("acme/incident-records");
  });

  it("says issues are turned off (410)", async () => {
    fake.setIssuesDisabled(true);

    const error = await failure(tracker.listIssues("action-item"));

    expect(error.status).toBe(410);
    expect(error.message).toContain("issues are turned off in acme/incidents");
  });

  it("says GitHub could not be reached when nothing answers", async () => {
    await fake.close();
    const error = await failure(tracker.listLabels());
    fake = await startFakeGitHub();

    expect(error.status).toBe(0);
    expect(error.message).toMatch(/^could not list the labels in acme\/incidents: GitHub at http:\/\/127\.0\.0\.1:\d+ could not be reached/);
  });
});
