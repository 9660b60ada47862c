import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { trackerFromEnvironment } from "../../../src/adapters/github/tracker-from-env.js";
import { startFakeGitHub, type FakeGitHub } from "../../fake-github/fake-github-server.js";

let fake: FakeGitHub;

beforeEach(async () => {
  fake = await startFakeGitHub({ owner: "acme", repo: "incidents", token: "env-token" });
});

afterEach(() => fake.close());

describe("trackerFromEnvironment", () => {
  it("talks to GITHUB_API_URL with GITHUB_TOKEN about the repository from --repo", async () => {
    const choice = trackerFromEnvironment({ GITHUB_TOKEN: "env-token", GITHUB_API_URL: fake.url, GITHUB_REPOSITORY: "other/repo" }, { repo: "acme/incidents", configRepository: "cfg/repo" });
    if (!choice.ok) throw new Error(choice.message);

    await choice.tracker.createIssue({ title: "t", body: "b", labels: ["action-item"], assignees: [] });

    expect(choice.repository).toBe("acme/incidents");
    expect(fake.issues()).toHaveLength(1);
  });

  it("takes fireline.yaml's github.repository before GITHUB_REPOSITORY", () => {
    const choice = trackerFromEnvironment({ GITHUB_TOKEN: "t", GITHUB_REPOSITORY: "env/repo" }, { configRepository: "cfg/repo" });

    expect(choice).toMatchObject({ ok: true, repository: "cfg/repo" });
  });

  it("falls back to GITHUB_REPOSITORY, as set in every workflow run", () => {
    expect(trackerFromEnvironment({ GITHUB_TOKEN: "t", GITHUB_REPOSITORY: "env/repo" }, {})).toMatchObject({ ok: true, repository: "env/repo" });
  });

  it("says the token is missing without a trace of where it would come from on the command line", () => {
    const choice = trackerFromEnvironment({ GITHUB_REPOSITORY: "env/repo" }, {});

    expect(choice).toEqual({ ok: false, message: "GITHUB_TOKEN is not set", hint: expect.stringContaining("never passed on the command line") as string });
  });

  it("says no repository was given, and where one can be given", () => {
    const choice = trackerFromEnvironment({ GITHUB_TOKEN: "t" }, {});

    expect(choice).toEqual({ ok: false, message: "no GitHub repository given", hint: expect.stringContaining("--repo owner/name") as string });
  });

  it.each(["acme", "https://github.com/acme/incidents", "acme/incidents.git", "acme/inc idents", "-acme/incidents", "a/b/c"])("refuses the malformed repository %s and names where it came from", (repo) => {
    const choice = trackerFromEnvironment({ GITHUB_TOKEN: "t" }, { repo });

    expect(choice).toMatchObject({ ok: false, message: `the repository "${repo}" (from --repo) is not of the form owner/name` });
  });

  it("refuses a GITHUB_API_URL that is not an http(s) URL", () => {
    const choice = trackerFromEnvironment({ GITHUB_TOKEN: "t", GITHUB_API_URL: "api.github.com" }, { repo: "acme/incidents" });

    expect(choice).toMatchObject({ ok: false, message: 'GITHUB_API_URL "api.github.com" is not an http(s) URL' });
  });
});
