import { Temporal } from "temporal-polyfill";
import type { MemoryFileSource } from "../../src/adapters/memory-file-source.js";
import type { MemoryIssueTracker } from "../../src/adapters/memory-issue-tracker.js";
import { enforceDeadlines, type EnforceDeadlinesResult } from "../../src/commands/enforce-deadlines.js";
import type { EnforcementAction } from "../../src/plan/plan-deadline-enforcement.js";
import { edit, POSTMORTEM_BODY, workspaceWith } from "./minimal-workspace.js";

export const INCIDENT = "incidents/2026-03-03-api-errors/incident.yaml";
export const POSTMORTEM = "incidents/2026-03-03-api-errors/postmortem.md";
export const REPOSITORY = "example/workspace";

/** Berlin's calendar: Good Friday (2026-04-03) and Easter Monday (2026-04-06) are closed. */
export const BERLIN = edit("fireline.yaml", [["  time_zone: Europe/Berlin\n", "  time_zone: Europe/Berlin\nbusiness_calendar:\n  country: DE\n  region: BE\n"]]);
/** The minimal incident as a sev1: resolved Tuesday 2026-03-03, postmortem due Tuesday 2026-03-10. */
export const SEV1 = edit(INCIDENT, [["severity: sev2", "severity: sev1"]]);

export function postmortem(status: string, items = "- [x] Alert on connection-pool saturation (Owner: @alice, Due: 2026-03-20, Kind: detect)"): string {
  const front = status === "published" ? `status: published\nauthors: [alice]\nreviewers: [bob]\npublished_at: 2026-03-18T09:00:00Z` : `status: ${status}\nauthors: [alice]`;
  return `---\n${front}\n---\n${POSTMORTEM_BODY.replace(/## Action items\n\n[^\n]*\n/, `## Action items\n\n${items}\n`)}`;
}

/** The sev1 workspace on Berlin's calendar, with more changes. */
export function sev1Workspace(changes: Record<string, string | null> = {}): MemoryFileSource {
  return workspaceWith({ "fireline.yaml": BERLIN, [INCIDENT]: SEV1, ...changes });
}

/** Noon in Berlin on a date. */
export function noon(date: string): Temporal.Instant {
  return Temporal.PlainDateTime.from(`${date}T12:00`).toZonedDateTime("Europe/Berlin").toInstant();
}

export async function enforceAt(files: MemoryFileSource, tracker: MemoryIssueTracker, date: string, dryRun = false): Promise<Extract<EnforceDeadlinesResult, { ok: true }>> {
  const result = await enforceDeadlines(files, tracker, { now: noon(date), repository: REPOSITORY, dryRun });
  if (!result.ok) throw new Error(`enforcement did not run: ${result.reason}`);
  if (result.failure) throw new Error(`enforcement failed: ${result.failure.message}`);
  return result;
}

/** An action in a few words, for tables: "open-issue reminder", "comment overdue-step 3". */
export function summarise(action: EnforcementAction): string {
  switch (action.kind) {
    case "create-label":
      return `create-label ${action.label.name}`;
    case "open-issue":
      return `open-issue ${action.why}`;
    case "comment":
      return action.step === undefined ? `comment ${action.why} #${String(action.issue)}` : `comment ${action.why} ${String(action.step)}`;
    case "add-label":
      return `add-label ${action.label} #${String(action.issue)}`;
    case "record-step":
      return `record-step ${String(action.step)}`;
    case "close-issue":
      return `close-issue #${String(action.issue)}`;
  }
}
