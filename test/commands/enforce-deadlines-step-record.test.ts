import { describe, expect, it } from "vitest";
import { MemoryIssueTracker } from "../../src/adapters/memory-issue-tracker.js";
import { enforceDeadlines } from "../../src/commands/enforce-deadlines.js";
import type { IssueChange, TrackerComment, TrackerIssue } from "../../src/ports.js";
import { enforceAt, noon, REPOSITORY, sev1Workspace, summarise } from "../helpers/enforcement-workspace.js";

/** A memory tracker that counts comment reads and can stop the run at the next body update, as a crash would. */
class CountingTracker extends MemoryIssueTracker {
  commentReads = 0;
  failNextBodyUpdate = false;

  override listComments(issueNumber: number): Promise<TrackerComment[]> {
    this.commentReads += 1;
    return super.listComments(issueNumber);
  }

  override updateIssue(issueNumber: number, change: IssueChange): Promise<TrackerIssue> {
    if (change.body !== undefined && this.failNextBodyUpdate) {
      this.failNextBodyUpdate = false;
      return Promise.reject(new Error("connection reset"));
    }
    return super.updateIssue(issueNumber, change);
  }
}

const STEP_3 = "<!-- fireline:postmortem-deadline 2026-03-03-api-errors step=3 -->";

describe("the overdue step recorded in the tracking issue's body", () => {
  it("is written with each step comment, so the days between steps read no comments", async () => {
    const files = sev1Workspace();
    const tracker = new CountingTracker();
    await enforceAt(files, tracker, "2026-03-11");
    const stepDay = await enforceAt(files, tracker, "2026-03-13");
    expect(stepDay.plan.actions.map(summarise)).toEqual(["comment overdue-step 3"]);
    expect(stepDay.applied).toMatchObject({ commented: [1], recorded: [1] });
    expect(tracker.issues.get(1)?.body).toContain(STEP_3);
    const reads = tracker.commentReads;
    const writes = tracker.calls.writes;
    for (const date of ["2026-03-13", "2026-03-14", "2026-03-16"]) expect((await enforceAt(files, tracker, date)).plan.actions, date).toEqual([]);
    expect(tracker.commentReads).toBe(reads);
    expect(tracker.calls.writes).toBe(writes);
  });

  it("catches up after a run stopped between the comment and the body update: no second comment, the body records the step", async () => {
    const files = sev1Workspace();
    const tracker = new CountingTracker();
    await enforceAt(files, tracker, "2026-03-11");
    tracker.failNextBodyUpdate = true;
    const stopped = await enforceDeadlines(files, tracker, { now: noon("2026-03-13"), repository: REPOSITORY });
    expect(stopped.ok && stopped.failure?.message).toBe("connection reset");
    expect(tracker.issues.get(1)?.body).not.toContain(STEP_3);

    const rerun = await enforceAt(files, tracker, "2026-03-13");
    expect(rerun.plan.actions.map(summarise)).toEqual(["record-step 3"]);
    expect(tracker.issues.get(1)?.body).toContain(STEP_3);
    expect((tracker.comments.get(1) ?? []).filter((comment) => comment.body.includes("step=3"))).toHaveLength(1);
    const reads = tracker.commentReads;
    expect((await enforceAt(files, tracker, "2026-03-16")).plan.actions).toEqual([]);
    expect(tracker.commentReads).toBe(reads);
  });
});
