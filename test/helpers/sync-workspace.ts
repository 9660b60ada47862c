import type { MemoryFileSource } from "../../src/adapters/memory-file-source.js";
import { builtInTemplateReader } from "../../src/adapters/template-files.js";
import { syncActionItems, type SyncOptions, type SyncResult } from "../../src/commands/sync-action-items.js";
import type { IssueTracker } from "../../src/ports.js";
import { POSTMORTEM_BODY, workspaceWith } from "./minimal-workspace.js";

export const SYNC_POSTMORTEM = "incidents/2026-03-03-api-errors/postmortem.md";
export const SYNC_INCIDENT = "incidents/2026-03-03-api-errors/incident.yaml";

/** The minimal workspace's postmortem with these lines as its action items. */
export function postmortemWithItems(items: readonly string[]): string {
  return `---\nstatus: draft\nauthors: [alice]\n---\n${POSTMORTEM_BODY.replace(/## Action items\n\n[^\n]*\n/, `## Action items\n\n${items.join("\n")}\n`)}`;
}

export function syncWorkspace(items: readonly string[]): MemoryFileSource {
  return workspaceWith({ [SYNC_POSTMORTEM]: postmortemWithItems(items) });
}

export const LINKS = { serverUrl: "https://github.com", repository: "example/workspace" };

/** Runs the sync and fails the test on anything but a result. */
export async function runSync(files: MemoryFileSource, tracker: IssueTracker, options: Partial<SyncOptions> = {}): Promise<SyncResult> {
  const result = await syncActionItems(files, tracker, { links: LINKS, readTemplate: builtInTemplateReader(), ...options });
  if (!result.ok) throw new Error(`sync failed: ${JSON.stringify(result)}`);
  return result;
}
