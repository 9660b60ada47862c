import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { MemoryIssueTracker } from "./../src/adapters/memory-issue-tracker.js";
import type { IssueChange } from "../src/ports.js";
import type { SyncPlan } from "../src/plan/sync-plan.js";
import { runSync, SYNC_INCIDENT, SYNC_POSTMORTEM, postmortemWithItems, syncWorkspace } from "./helpers/sync-workspace.js";

/**
 * Each folder in test/fixtures/sync-plan/ is a scenario: before.md (action items synced first,
 * optional), then github.json (what people did on GitHub: {"open": [{"title": "…", "labels": ["action-item"]}],
 * "close": [2], "label": {"1": ["overdue"]}}, optional), then action-items.md (the items now) and optionally people.yaml (for both runs) and
 * incident.yaml (for the second run). expected.json is the plan of the second sync. Run with
 * UPDATE_FIXTURES=1 to rewrite expected.json after a deliberate change.
 */
const ROOT = join(import.meta.dirname, "fixtures", "sync-plan");

interface GitHubEdits {
  /** Issues opened by hand, without a marker. */
  open?: { title: string; labels: string[] }[];
  close?: number[];
  label?: Record<string, string[]>;
}

function read(name: string, file: string): string | undefined {
  const path = join(ROOT, name, file);
  return existsSync(path) ? readFileSync(path, "utf8") : undefined;
}

function lines(text: string | undefined): string[] {
  return (text ?? "").split("\n").filter((line) => line.trim() !== "");
}

/** The plan without issue bodies (their text is tested with the template): a body change shows as "changed". */
function summary(plan: SyncPlan): unknown {
  const change = ({ body, ...rest }: IssueChange) => ({ ...rest, ...(body === undefined ? {} : { body: "changed" }) });
  return {
    labels: plan.labels.map((label) => label.name),
    creates: plan.creates.map((create) => ({ line: create.item.line, id: create.id, title: create.draft.title, labels: create.draft.labels, assignees: create.draft.assignees })),
    updates: plan.updates.map((update) => ({ number: update.number, line: update.item.line, change: change(update.change) })),
    closes: plan.closes.map((close) => ({ number: close.number, line: close.item.line, change: change(close.change) })),
    reports: plan.reports.map((report) => (report.kind === "removed" ? { kind: report.kind, number: report.number, id: report.id } : { kind: report.kind, number: report.number, line: report.item.line })),
    warnings: plan.warnings.map((d) => `${d.code} ${String(d.line)}:${String(d.column)} ${d.message}`),
  };
}

async function planFor(name: string): Promise<unknown> {
  const files = syncWorkspace(lines(read(name, "before.md")));
  const people = read(name, "people.yaml");
  if (people !== undefined) files.set("people.yaml", people);
  const tracker = new MemoryIssueTracker("example/workspace");
  if (read(name, "before.md") !== undefined) await runSync(files, tracker);
  const edits = JSON.parse(read(name, "github.json") ?? "{}") as GitHubEdits;
  for (const issue of edits.open ?? []) await tracker.createIssue({ ...issue, body: "Opened by hand.", assignees: [] });
  for (const number of edits.close ?? []) tracker.closeByHand(number);
  for (const [number, labels] of Object.entries(edits.label ?? {})) {
    const issue = tracker.issues.get(Number(number));
    if (issue) issue.labels = [...issue.labels, ...labels].sort();
  }
  files.set(SYNC_POSTMORTEM, postmortemWithItems(lines(read(name, "action-items.md"))));
  const incident = read(name, "incident.yaml");
  if (incident !== undefined) files.set(SYNC_INCIDENT, incident);
  return summary((await runSync(files, tracker, { dryRun: true })).plan);
}

describe("sync plan fixtures", () => {
  const cases = readdirSync(ROOT, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();

  it.each(cases)("%s plans what expected.json says", async (name) => {
    const plan = await planFor(name);
    const expectedPath = join(ROOT, name, "expected.json");
    if (process.env.UPDATE_FIXTURES === "1") writeFileSync(expectedPath, `${JSON.stringify(plan, null, 2)}\n`);
    expect(plan).toEqual(JSON.parse(readFileSync(expectedPath, "utf8")));
  });
});
