import { afterEach, beforeEach } from "vitest";
import { startFakeGitHub, type FakeGitHub } from "../fake-github/fake-github-server.js";
import { runCli, writeWorkspace, type CliRun } from "./run-cli.js";
import { postmortemWithItems, SYNC_POSTMORTEM } from "./sync-workspace.js";

/** Two open action items with owners who have GitHub logins in the minimal workspace. */
export const TWO_ACTION_ITEMS = [
  "- [ ] Alert on connection-pool saturation (Owner: @alice, Due: 2026-03-20, Kind: detect)",
  "- [ ] Load-test the pool limits before each release (Owner: @bob, Due: 2026-03-27, Kind: prevent)",
];

/** What each test gets afresh; tests may replace dir and env. */
export interface FakeGitHubWorkspace {
  fake: FakeGitHub;
  dir: string;
  env: Record<string, string>;
}

/** Before each test: a fake GitHub for acme/incidents and a workspace whose postmortem has these items; closed after it. */
export function useFakeGitHubWorkspace(items: readonly string[]): FakeGitHubWorkspace {
  const context = {} as FakeGitHubWorkspace;
  beforeEach(async () => {
    context.fake = await startFakeGitHub({ owner: "acme", repo: "incidents" });
    context.dir = writeWorkspace({ [SYNC_POSTMORTEM]: postmortemWithItems(items) });
    context.env = { GITHUB_TOKEN: "fake-token", GITHUB_API_URL: context.fake.url };
  });
  afterEach(async () => {
    await context.fake.close();
  });
  return context;
}

/** `fireline sync` against the workspace and the fake GitHub of the context. */
export function syncCli(context: FakeGitHubWorkspace, ...args: string[]): Promise<CliRun> {
  return runCli(["sync", "--dir", context.dir, "--repo", "acme/incidents", ...args], { env: context.env });
}
