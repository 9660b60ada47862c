import { describe, expect, it } from "vitest";
import { MemoryIssueTracker } from "../../src/adapters/memory-issue-tracker.js";
import { parseMarker } from "../../src/plan/action-item-marker.js";
import { postmortemWithItems, runSync, SYNC_POSTMORTEM, syncWorkspace } from "../helpers/sync-workspace.js";

const BOB_ITEM = "- [ ] Load-test the pool limits before each release (Owner: @bob, Due: 2026-03-27, Kind: prevent)";

function trackerRefusing(...logins: string[]): MemoryIssueTracker {
  const tracker = new MemoryIssueTracker();
  for (const login of logins) tracker.unassignable.add(login);
  return tracker;
}

const refusals = (result: Awaited<ReturnType<typeof runSync>>) => result.diagnostics.filter((d) => d.code === "FL-827");

describe("fireline sync and an owner GitHub will not assign", () => {
  it("records the refusal in the issue's marker, says so once at the item, and writes nothing on the next runs", async () => {
    const tracker = trackerRefusing("bob-example");
    const files = syncWorkspace([BOB_ITEM]);
    const first = await runSync(files, tracker);
    expect(refusals(first)).toEqual([
      expect.objectContaining({
        severity: "warning",
        file: SYNC_POSTMORTEM,
        message: "@bob-example cannot be assigned in example/workspace (is the person a collaborator?); #1 stays unassigned and fireline will not ask again",
      }),
    ]);
    expect(parseMarker(tracker.issues.get(1)?.body ?? "")).toMatchObject({ serial: 1, refused: "bob-example" });
    expect(tracker.issues.get(1)?.assignees).toEqual([]);

    const writes = tracker.calls.writes;
    for (let run = 0; run < 2; run++) {
      const again = await runSync(files, tracker);
      expect(again.plan.updates).toEqual([]);
      expect(refusals(again)).toEqual([]);
    }
    expect(tracker.calls.writes).toBe(writes);
  });

  it("forgets the refusal once the person is assigned by hand, and asks again for a new owner", async () => {
    const tracker = trackerRefusing("bob-example");
    const files = syncWorkspace([BOB_ITEM]);
    await runSync(files, tracker);

    tracker.unassignable.delete("bob-example");
    const byHand = tracker.issues.get(1);
    if (byHand) byHand.assignees = ["bob-example"];
    const afterHand = await runSync(files, tracker);
    expect(afterHand.updated).toEqual([1]);
    expect(parseMarker(tracker.issues.get(1)?.body ?? "")?.refused).toBeUndefined();
    expect(tracker.issues.get(1)?.assignees).toEqual(["bob-example"]);

    files.set(SYNC_POSTMORTEM, postmortemWithItems([BOB_ITEM.replace("@bob", "@alice")]));
    const newOwner = await runSync(files, tracker);
    expect(newOwner.updated).toEqual([1]);
    expect(tracker.issues.get(1)?.assignees).toEqual(["alice-example"]);
    expect(refusals(newOwner)).toEqual([]);
  });
});
