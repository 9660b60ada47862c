import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { IssueTracker } from "../../../src/ports.js";
import { createGitHubTracker } from "../../../src/adapters/github/github-tracker.js";
import { startFakeGitHub, type FakeGitHub } from "../../fake-github/fake-github-server.js";
import { startFakeTracker } from "../../fake-github/fake-tracker.js";

let fake: FakeGitHub;
let tracker: IssueTracker;
let warnings: string[];

beforeEach(async () => {
  const started = await startFakeTracker();
  ({ fake, warnings } = started);
  tracker = started.trackerFor("good-token");
});

// close() fails the test if any request or answer broke GitHub's OpenAPI description.
afterEach(() => fake.close());

const draft = { title: "Add queue-depth alert", body: "<!-- fireline:action-item a1 -->", labels: ["action-item", "sev2"], assignees: ["alice"] };

describe("the GitHub tracker against the fake GitHub server", () => {
  it("lists every issue with the label, open and closed, in number order, across pages, leaving out pull requests", async () => {
    for (let i = 0; i < 1_050; i++) fake.repository.addIssue({ title: `item ${String(i)}`, body: null, labels: i % 7 === 0 ? ["other"] : ["action-item"], assignees: [] });
    for (const issue of fake.issues().filter((it) => it.number % 5 === 0)) issue.state = "closed";
    fake.repository.addIssue({ title: "a pull request", body: "", labels: ["action-item"], assignees: [], pullRequest: true });

    const issues = await tracker.listIssues("action-item");

    const expected = fake.issues().filter((issue) => issue.labels.includes("action-item") && !issue.pullRequest);
    expect(issues.map((issue) => issue.number)).toEqual(expected.map((issue) => issue.number));
    expect(issues.some((issue) => issue.state === "closed")).toBe(true);
    const lists = fake.requests.filter((request) => request.method === "GET");
    expect(lists).toHaveLength(Math.ceil((expected.length + 1) / 100));
    for (const request of lists) expect(request.url).toMatch(/^\/repos\/acme\/incidents\/issues\?.*labels=action-item.*state=all.*per_page=100/);
  });

  it("creates an issue with labels and assignees, sending assignees and never the singular assignee", async () => {
    const created = await tracker.createIssue(draft);

    expect(created).toMatchObject({ number: 1, title: draft.title, body: draft.body, state: "open", labels: ["action-item", "sev2"], assignees: ["alice"] });
    expect(created.url).toBe("https://github.com/acme/incidents/issues/1");
    expect(fake.issues()[0]).toMatchObject({ title: draft.title, assignees: ["alice"] });
  });

  it("updates only the fields given and closes an issue with a reason", async () => {
    const created = await tracker.createIssue(draft);

    const closed = await tracker.updateIssue(created.number, { title: "Renamed", state: "closed", stateReason: "not_planned" });

    expect(closed).toMatchObject({ title: "Renamed", body: draft.body, state: "closed", stateReason: "not_planned", assignees: ["alice"] });
  });

  it("adds comments and lists them", async () => {
    const created = await tracker.createIssue(draft);
    await tracker.addComment(created.number, "Overdue by 3 business days.");

    expect((await tracker.listComments(created.number)).map((comment) => comment.body)).toEqual(["Overdue by 3 business days."]);
  });

  it("creates a missing label, and treats a label that already exists as created", async () => {
    await tracker.createLabel({ name: "overdue", color: "d73a4a", description: "Past its due date" });
    await tracker.createLabel({ name: "overdue", color: "d73a4a", description: "Past its due date" });

    expect(await tracker.listLabels()).toEqual([{ name: "overdue", color: "d73a4a", description: "Past its due date" }]);
  });

  it("saves an issue without assignees GitHub refuses, and warns", async () => {
    await fake.close();
    fake = await startFakeGitHub({ owner: "acme", repo: "incidents", token: "good-token", assignable: ["bob"] });
    tracker = createGitHubTracker({ token: "good-token", owner: "acme", repo: "incidents", apiUrl: fake.url, retryAfterBaseMs: 1, onWarning: (message) => warnings.push(message) });

    const created = await tracker.createIssue(draft);

    expect(created.assignees).toEqual([]);
    expect(fake.issues()).toHaveLength(1);
    expect(warnings).toEqual([expect.stringContaining("GitHub refused to assign @alice")]);
  });
});
