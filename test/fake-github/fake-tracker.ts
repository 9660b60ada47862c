import { createGitHubTracker } from "../../src/adapters/github/github-tracker.js";
import type { IssueTracker } from "../../src/ports.js";
import { startFakeGitHub, type FakeGitHub } from "./fake-github-server.js";

export interface FakeTracker {
  fake: FakeGitHub;
  /** The tracker's warnings (rate limits, refused assignees), in order. */
  warnings: string[];
  /** A GitHub tracker for acme/<repo> on the fake server, with retry waits shrunk to milliseconds. */
  trackerFor: (token: string, repo?: string) => IssueTracker;
}

/** A fake GitHub for acme/incidents that accepts `good-token`. */
export async function startFakeTracker(): Promise<FakeTracker> {
  const fake = await startFakeGitHub({ owner: "acme", repo: "incidents", token: "good-token" });
  const warnings: string[] = [];
  const trackerFor = (token: string, repo = "incidents") =>
    createGitHubTracker({ token, owner: "acme", repo, apiUrl: fake.url, retryAfterBaseMs: 1, onWarning: (message) => warnings.push(message) });
  return { fake, warnings, trackerFor };
}
