import { describe, expect, it } from "vitest";
import { MemoryIssueTracker } from "../../src/adapters/memory-issue-tracker.js";
import { enforceDeadlines } from "../../src/commands/enforce-deadlines.js";
import { noon, REPOSITORY, sev1Workspace } from "../helpers/enforcement-workspace.js";

async function enforce(files: ReturnType<typeof sev1Workspace>, tracker: MemoryIssueTracker, date: string, maxWrites: number) {
  const result = await enforceDeadlines(files, tracker, { now: noon(date), repository: REPOSITORY, maxWrites });
  if (!result.ok || result.failure) throw new Error("enforcement did not finish");
  return result;
}

describe("fireline deadlines --enforce with a write budget", () => {
  it("stops before the action that would pass the budget, and the next run continues", async () => {
    const files = sev1Workspace();
    const tracker = new MemoryIssueTracker();
    const first = await enforce(files, tracker, "2026-03-11", 1);
    expect(first.budgetStop).toEqual({ maxWrites: 1, written: 1, left: 1 });
    expect(tracker.calls.writes).toBe(1);
    expect(tracker.issues.size).toBe(0);
    const second = await enforce(files, tracker, "2026-03-11", 1);
    expect(second.budgetStop).toBeUndefined();
    expect(second.applied.opened).toEqual([1]);
  });

  it("never starts a step comment it cannot also record in the issue body", async () => {
    const files = sev1Workspace();
    const tracker = new MemoryIssueTracker();
    await enforce(files, tracker, "2026-03-11", 10);
    const writes = tracker.calls.writes;
    const stopped = await enforce(files, tracker, "2026-03-13", 1);
    expect(stopped.budgetStop).toEqual({ maxWrites: 1, written: 0, left: 1 });
    expect(tracker.calls.writes).toBe(writes);
    const done = await enforce(files, tracker, "2026-03-13", 2);
    expect(done.applied).toMatchObject({ commented: [1], recorded: [1] });
  });
});
