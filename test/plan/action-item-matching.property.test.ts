import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MemoryIssueTracker } from "../../src/adapters/memory-issue-tracker.js";
import { applySyncPlan } from "../../src/commands/apply-sync-plan.js";
import type { ActionItemModel } from "../../src/engine/postmortem/model.js";
import { matchActionItems } from "../../src/plan/match-action-items.js";
import { planActionItemSync } from "../../src/plan/plan-action-item-sync.js";
import { planWrites, type SyncPlan } from "../../src/plan/sync-plan.js";

interface Item {
  text: string;
  checked: boolean;
}

type Edit =
  | { kind: "edit"; at: number; text: string }
  | { kind: "move"; from: number; to: number }
  | { kind: "insert"; at: number; text: string }
  | { kind: "delete"; at: number }
  | { kind: "tick"; at: number }
  | { kind: "untick"; at: number };

// Few distinct words, so items often share a text and edits often collide with other items.
const text = fc.constantFrom("Add alert", "Add an alert", "Fix runbook", "Load test", "Rotate keys", "add  ALERT");
const index = fc.nat({ max: 20 });
const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant("edit" as const), at: index, text }),
  fc.record({ kind: fc.constant("move" as const), from: index, to: index }),
  fc.record({ kind: fc.constant("insert" as const), at: index, text }),
  fc.record({ kind: fc.constant("delete" as const), at: index }),
  fc.record({ kind: fc.constant("tick" as const), at: index }),
  fc.record({ kind: fc.constant("untick" as const), at: index }),
);

function applyEdit(items: Item[], change: Edit): Item[] {
  const next = [...items];
  const at = (n: number) => (next.length === 0 ? -1 : n % next.length);
  switch (change.kind) {
    case "edit": {
      const i = at(change.at);
      const item = next[i];
      if (item) next[i] = { ...item, text: change.text };
      return next;
    }
    case "move": {
      const [moved] = next.splice(at(change.from), next.length === 0 ? 0 : 1);
      if (moved) next.splice(change.to % (next.length + 1), 0, moved);
      return next;
    }
    case "insert":
      next.splice(change.at % (next.length + 1), 0, { text: change.text, checked: false });
      return next;
    case "delete":
      if (next.length > 0) next.splice(at(change.at), 1);
      return next;
    case "tick":
    case "untick": {
      const i = at(change.at);
      const item = next[i];
      if (item) next[i] = { ...item, checked: change.kind === "tick" };
      return next;
    }
  }
}

/** What --write-back does: tick the items whose issues were closed on GitHub. */
function writeBack(items: readonly Item[], step: SyncPlan): Item[] {
  const lines = new Set(step.reports.flatMap((report) => (report.kind === "closed-on-github" ? [report.item.line] : [])));
  if (lines.size === 0) return items as Item[];
  return items.map((item, i) => (lines.has(10 + i) ? { ...item, checked: true } : item));
}

async function plan(items: readonly Item[], tracker: MemoryIssueTracker): Promise<SyncPlan> {
  const models: ActionItemModel[] = items.map((item, i) => ({ line: 10 + i, column: 1, checked: item.checked, text: item.text, problems: [] }));
  return planActionItemSync({
    postmortems: [{ file: "incidents/2026-03-03-x/postmortem.md", items: models, incident: { id: "2026-03-03-x", title: "X", severity: "sev2", services: [] } }],
    people: {},
    severities: ["sev2"],
    actionItemLabel: "action-item",
    issues: await tracker.listIssues("action-item"),
    labels: await tracker.listLabels(),
    links: { serverUrl: "https://github.com", repository: "o/r" },
    renderBody: (view) => `${view.text}\n${view.marker}\n`,
  });
}

describe("matching action items to their issues", () => {
  // As the scheduled workflow runs it: with --write-back, so an issue closed on GitHub ticks its box.
  it("never opens an issue for an edit, move, deletion or tick, and a re-run after any edits writes nothing", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.record({ text, checked: fc.constant(false) }), { maxLength: 8 }), fc.array(edit, { maxLength: 12 }), async (start, edits) => {
        const tracker = new MemoryIssueTracker("o/r");
        let items: Item[] = start;
        await applySyncPlan(tracker, await plan(items, tracker));
        for (const change of edits) {
          items = applyEdit(items, change);
          const step = await plan(items, tracker);
          expect(step.creates.length).toBeLessThanOrEqual(change.kind === "insert" ? 1 : 0);
          await applySyncPlan(tracker, step);
          expect(planWrites(await plan(items, tracker))).toBe(0);
          const ticked = writeBack(items, step);
          if (ticked !== items) {
            items = ticked;
            const after = await plan(items, tracker);
            expect(after.creates).toEqual([]);
            await applySyncPlan(tracker, after);
            expect(planWrites(await plan(items, tracker))).toBe(0);
          }
        }
        const inserted = start.length + edits.filter((change) => change.kind === "insert").length;
        expect(tracker.issues.size).toBeLessThanOrEqual(inserted);
      }),
      { numRuns: 200 },
    );
  });

  it("gives every issue to at most one item, whatever the keys", () => {
    const hash = fc.constantFrom("a", "b", "c");
    fc.assert(
      fc.property(
        fc.array(fc.record({ textHash: hash, title: hash, checked: fc.boolean(), issueNumber: fc.option(fc.integer({ min: 1, max: 6 }), { nil: undefined }) })),
        fc.uniqueArray(fc.record({ number: fc.integer({ min: 1, max: 6 }), serial: fc.nat({ max: 9 }), textHash: hash, title: hash, open: fc.boolean() }), { selector: (issue) => issue.number }),
        (items, issues) => {
          const { issueOf, unclaimed } = matchActionItems(items.map((item) => (item.issueNumber === undefined ? { textHash: item.textHash, title: item.title, checked: item.checked } : item)), issues);
          const given = issueOf.filter((n) => n !== undefined);
          expect(new Set(given).size).toBe(given.length);
          for (const issue of unclaimed) expect(given).not.toContain(issue.number);
        },
      ),
    );
  });
});
