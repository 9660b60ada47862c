import type { IssueTracker } from "../../ports.js";
import { createGitHubTracker } from "./github-tracker.js";

export type TrackerChoice = { ok: true; tracker: IssueTracker; repository: string } | { ok: false; message: string; hint: string };

// GitHub's rules: an owner is letters, digits and single hyphens; a repository name also allows . and _.
const REPOSITORY = /^([A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38})\/([A-Za-z0-9._-]{1,100})$/;

/**
 * The GitHub tracker for a command, from the environment (GITHUB_TOKEN, GITHUB_API_URL) and the
 * repository named by --repo, else fireline.yaml's `github.repository`, else GITHUB_REPOSITORY
 * (set in every workflow run). The token is never part of a message.
 */
export function trackerFromEnvironment(
  env: Readonly<Record<string, string | undefined>>,
  choice: { repo?: string; configRepository?: string },
  extra: { retryAfterBaseMs?: number; onWarning?: (message: string) => void } = {},
): TrackerChoice {
  const sources: [string | undefined, string][] = [
    [choice.repo, "--repo"],
    [choice.configRepository, "github.repository in fireline.yaml"],
    [env.GITHUB_REPOSITORY, "GITHUB_REPOSITORY"],
  ];
  const picked = sources.find(([value]) => value !== undefined && value.trim() !== "");
  if (!picked) {
    return {
      ok: false,
      message: "no GitHub repository given",
      hint: "Pass --repo owner/name, set `github: { repository: owner/name }` in fireline.yaml, or set GITHUB_REPOSITORY.",
    };
  }
  const [value, source] = picked as [string, string];
  const parts = REPOSITORY.exec(value.trim());
  if (!parts || value.trim().endsWith(".git")) {
    return { ok: false, message: `the repository "${value}" (from ${source}) is not of the form owner/name`, hint: 'Write it as on GitHub, e.g. "acme/incidents", without https://github.com/ or .git.' };
  }
  const token = env.GITHUB_TOKEN?.trim() ?? "";
  if (token === "") {
    return {
      ok: false,
      message: "GITHUB_TOKEN is not set",
      hint: "Set GITHUB_TOKEN to a token with the issues permission the command needs; in a workflow, `env: { GITHUB_TOKEN: ${{ github.token }} }`. Tokens are never passed on the command line.",
    };
  }
  const apiUrl = env.GITHUB_API_URL?.trim() || "https://api.github.com";
  if (!/^https?:\/\//.test(apiUrl)) {
    return { ok: false, message: `GITHUB_API_URL "${apiUrl}" is not an http(s) URL`, hint: "Leave GITHUB_API_URL unset for github.com, or set it to e.g. https://github.example.com/api/v3." };
  }
  const [, owner = "", repo = ""] = parts;
  const tracker = createGitHubTracker({ token, owner, repo, apiUrl, ...extra });
  return { ok: true, tracker, repository: `${owner}/${repo}` };
}
