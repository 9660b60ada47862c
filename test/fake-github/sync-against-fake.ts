import { createGitHubTracker } from "../../src/adapters/github/github-tracker.js";
import type { MemoryFileSource } from "../../src/adapters/memory-file-source.js";
import { builtInTemplateReader } from "../../src/adapters/template-files.js";
import { syncActionItems, type SyncOutcome } from "../../src/commands/sync-action-items.js";
import { parseMarker } from "../../src/plan/action-item-marker.js";
import { postmortemWithItems, SYNC_POSTMORTEM, syncWorkspace } from "../helpers/sync-workspace.js";
import type { FakeGitHub } from "./fake-github-server.js";

/** `count` open action items with distinct text, owners alternating between the workspace's two people. */
export function actionItems(count: number, edit = ""): string[] {
  return Array.from({ length: count }, (_, i) => `- [ ] Action ${String(i + 1)}${edit} (Owner: @${i % 2 === 0 ? "alice" : "bob"}, Due: 2026-04-${String((i % 28) + 1).padStart(2, "0")}, Kind: detect)`);
}

export function workspaceWithItems(items: readonly string[]): MemoryFileSource {
  return syncWorkspace(items);
}

export function setItems(files: MemoryFileSource, items: readonly string[]): void {
  files.set(SYNC_POSTMORTEM, postmortemWithItems(items));
}

/** One `fireline sync` run against the fake server, as the CLI makes it (waits shrunk to milliseconds). */
export function syncAgainst(fake: FakeGitHub, files: MemoryFileSource, warnings: string[] = []): Promise<SyncOutcome> {
  const tracker = createGitHubTracker({ token: "fake-token", owner: fake.owner, repo: fake.repo, apiUrl: fake.url, retryAfterBaseMs: 1, onWarning: (message) => warnings.push(message) });
  return syncActionItems(files, tracker, { links: { serverUrl: "https://github.com", repository: `${fake.owner}/${fake.repo}` }, readTemplate: builtInTemplateReader() });
}

/** The fake repository's action-item issues by marker serial: more than one per serial is a duplicate. */
export function issuesBySerial(fake: FakeGitHub): Map<number, { number: number; title: string; state: string }[]> {
  const found = new Map<number, { number: number; title: string; state: string }[]>();
  for (const issue of fake.issues()) {
    const marker = parseMarker(issue.body ?? "");
    if (!marker) continue;
    found.set(marker.serial, [...(found.get(marker.serial) ?? []), { number: issue.number, title: issue.title, state: issue.state }]);
  }
  return found;
}
