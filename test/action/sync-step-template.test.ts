import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runAction } from "../../src/action/run-action.js";
import { startFakeGitHub, type FakeGitHub } from "../fake-github/fake-github-server.js";
import { POSTMORTEM_BODY } from "../helpers/minimal-workspace.js";
import { recordingRuntime } from "../helpers/recording-runtime.js";
import { writeWorkspace } from "../helpers/run-cli.js";

const POSTMORTEM = "incidents/2026-03-03-api-errors/postmortem.md";
let github: FakeGitHub;

beforeEach(async () => {
  github = await startFakeGitHub({ token: "ghs_fake" });
});

afterEach(async () => {
  await github.close();
});

describe("the Action's sync step", () => {
  it("names a broken issue template once, at the start of its error", async () => {
    const root = writeWorkspace({
      [POSTMORTEM]: `---\nstatus: draft\nauthors: [alice]\n---\n${POSTMORTEM_BODY.replace("- [x] Alert", "- [ ] Alert")}`,
      "templates/action-item-issue.md.hbs": "{{#if title}}never closed\n",
    });
    const runtime = recordingRuntime({ command: "sync", token: "ghs_fake" }, root, { GITHUB_API_URL: github.url, GITHUB_REPOSITORY: `${github.owner}/${github.repo}` });
    await runAction(runtime);
    expect(runtime.failures).toHaveLength(1);
    const failure = runtime.failures[0] ?? "";
    expect(failure).toMatch(/^fireline: templates\/action-item-issue\.md\.hbs: /);
    expect(failure.split("action-item-issue.md.hbs")).toHaveLength(2);
    expect(failure).toContain("hint: Fix the template");
    expect(github.counts().writes).toBe(0);
  });
});
