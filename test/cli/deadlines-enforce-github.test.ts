import { describe, expect, it } from "vitest";
import { BERLIN, INCIDENT, POSTMORTEM, postmortem, SEV1 } from "../helpers/enforcement-workspace.js";
import { runCli, writeWorkspace } from "../helpers/run-cli.js";
import { startFakeGitHub } from "../fake-github/fake-github-server.js";

const ITEM = "- [ ] Alert on connection-pool saturation (Owner: @bob, Due: 2026-03-12, Issue: #1)";

describe("fireline deadlines --enforce against a GitHub API", () => {
  it("opens, comments and labels through the REST API, and a re-run the same day sends no write request", async () => {
    const fake = await startFakeGitHub();
    try {
      fake.repository.addIssue({ title: "Alert on connection-pool saturation", body: "Opened by hand.", labels: ["action-item"], assignees: [] });
      const dir = writeWorkspace({ "fireline.yaml": BERLIN, [INCIDENT]: SEV1, [POSTMORTEM]: postmortem("draft", ITEM) });
      const env = { GITHUB_TOKEN: "fake-token", GITHUB_API_URL: fake.url, FIRELINE_NOW: "2026-03-16T08:00:00Z" };
      const args = ["deadlines", "--dir", dir, "--enforce", "--repo", `${fake.owner}/${fake.repo}`];

      const first = await runCli(args, { env });
      expect(first.stderr).toBe("");
      expect(first.code).toBe(0);
      expect(first.stdout).toContain("wrote: 2 labels created; opened #2; commented on #1; labelled #1");
      const [item, tracking] = fake.issues();
      expect(item?.labels).toEqual(["action-item", "overdue"]);
      expect(item?.comments.map((c) => c.body).join("\n")).toContain("<!-- fireline:action-item-overdue 2026-03-03-api-errors due=2026-03-12 -->");
      expect(tracking).toMatchObject({ title: "Postmortem due 2026-03-10: API errors after deploy", assignees: ["alice-example"], labels: ["postmortem-deadline"] });

      const before = fake.counts();
      const second = await runCli(args, { env });
      expect(second.stdout).toContain("nothing to do");
      expect(fake.counts().writes).toBe(before.writes);
      expect(fake.violations()).toEqual([]);
    } finally {
      await fake.close();
    }
  });
});
