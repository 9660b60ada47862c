import { describe, expect, it } from "vitest";
import { startFakeGitHub } from "../../fake-github/fake-github-server.js";

const headers = { authorization: "token fake-token", "x-github-api-version": "2026-03-10", "content-type": "application/json" };

async function send(url: string, method: string, body?: unknown, extra: Record<string, string> = {}) {
  const response = await fetch(url, { method, headers: { ...headers, ...extra }, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
  return { status: response.status, link: response.headers.get("link"), body: await response.json() };
}

describe("the fake GitHub server", () => {
  it("fails the test at close when a request breaks GitHub's OpenAPI description, saying what broke", async () => {
    const fake = await startFakeGitHub();

    const answer = await send(`${fake.url}/repos/octo-org/incidents/issues`, "POST", { title: "t", labels: 5 });

    expect(answer.status).toBe(422);
    await expect(fake.close()).rejects.toThrow(/POST \/repos\/\{owner\}\/\{repo\}\/issues: request body: \/labels must be array/);
  });

  it("refuses the singular assignee field that API version 2026-03-10 closed down", async () => {
    const fake = await startFakeGitHub();

    await send(`${fake.url}/repos/octo-org/incidents/issues`, "POST", { title: "t", assignee: "alice" });

    expect(fake.issues()).toEqual([]);
    await expect(fake.close()).rejects.toThrow(/the singular "assignee" field is closing down/);
  });

  it("reports a request without the API version header", async () => {
    const fake = await startFakeGitHub();

    await send(`${fake.url}/repos/octo-org/incidents/labels`, "GET", undefined, { "x-github-api-version": "2022-11-28" });

    await expect(fake.close()).rejects.toThrow(/X-GitHub-Api-Version is 2022-11-28, expected 2026-03-10/);
  });

  it("reports an endpoint it does not implement, such as the search API", async () => {
    const fake = await startFakeGitHub();

    const answer = await send(`${fake.url}/search/issues?q=repo:octo-org/incidents`, "GET");

    expect(answer.status).toBe(404);
    await expect(fake.close()).rejects.toThrow(/GET \/search\/issues: the fake server does not implement this endpoint/);
  });

  it("pages with GitHub's Link header and never more than 100 items a page", async () => {
    const fake = await startFakeGitHub();
    for (let i = 0; i < 250; i++) fake.repository.addIssue({ title: `t${String(i)}`, body: null, labels: [], assignees: [] });

    const first = await send(`${fake.url}/repos/octo-org/incidents/issues?per_page=500&state=all`, "GET");
    const last = await send(`${fake.url}/repos/octo-org/incidents/issues?per_page=100&state=all&page=3`, "GET");

    expect(first.body).toHaveLength(100);
    expect(first.link).toBe(`<${fake.url}/repos/octo-org/incidents/issues?per_page=500&state=all&page=2>; rel="next", <${fake.url}/repos/octo-org/incidents/issues?per_page=500&state=all&page=3>; rel="last"`);
    expect(last.body).toHaveLength(50);
    expect(last.link).not.toContain('rel="next"');
    await fake.close();
  });

  it("answers a request without a token with 401, as GitHub does", async () => {
    const fake = await startFakeGitHub();

    const response = await fetch(`${fake.url}/repos/octo-org/incidents/issues`, { headers: { "x-github-api-version": "2026-03-10" } });

    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ message: "Requires authentication" });
    await fake.close();
  });
});
