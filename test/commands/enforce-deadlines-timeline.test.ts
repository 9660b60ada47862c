import { describe, expect, it } from "vitest";
import { MemoryIssueTracker } from "../../src/adapters/memory-issue-tracker.js";
import { enforceAt, POSTMORTEM, postmortem, SEV1, sev1Workspace, summarise } from "../helpers/enforcement-workspace.js";

/**
 * One tracker carried from day to day, as the daily workflow does. Each row runs enforcement
 * twice at the same time: the second run must find nothing left to write.
 */
async function replay(files: ReturnType<typeof sev1Workspace>, rows: readonly (readonly [string, string[]])[], tracker = new MemoryIssueTracker()) {
  for (const [date, expected] of rows) {
    const first = await enforceAt(files, tracker, date);
    expect(first.plan.actions.map(summarise), date).toEqual(expected);
    const writes = tracker.calls.writes;
    const second = await enforceAt(files, tracker, date);
    expect(second.plan.actions, `${date}, run again`).toEqual([]);
    expect(tracker.calls.writes, `${date}, run again`).toBe(writes);
  }
  return tracker;
}

describe("fireline deadlines --enforce over the days of a postmortem deadline", () => {
  it("reminds two business days ahead, comments at steps 1, 3 and 5 only, and closes when published", async () => {
    // Due Tuesday 2026-03-10; steps count business days, so the weekend of 14–15 March adds nothing.
    const files = sev1Workspace();
    const tracker = await replay(files, [
      ["2026-03-05", []],
      ["2026-03-06", ["create-label postmortem-deadline", "open-issue reminder"]],
      ["2026-03-07", []],
      ["2026-03-09", []],
      ["2026-03-10", []],
      ["2026-03-11", ["comment overdue-step 1"]],
      ["2026-03-12", []],
      ["2026-03-13", ["comment overdue-step 3"]],
      ["2026-03-14", []],
      ["2026-03-15", []],
      ["2026-03-16", []],
      ["2026-03-17", ["comment overdue-step 5"]],
    ]);
    files.set(POSTMORTEM, postmortem("published"));
    await replay(files, [["2026-03-18", ["close-issue #1"]]], tracker);

    const issue = tracker.issues.get(1);
    expect(issue).toMatchObject({ title: "Postmortem due 2026-03-10: API errors after deploy", state: "closed", stateReason: "completed", assignees: ["alice-example"], labels: ["postmortem-deadline"] });
    expect(issue?.body).toContain("The postmortem is due on 2026-03-10, in 2 business days.");
    // Each step comment is recorded in the body's marker, so later runs need not read the comments.
    expect(issue?.body).toContain("<!-- fireline:postmortem-deadline 2026-03-03-api-errors step=5 -->");
    const comments = (tracker.comments.get(1) ?? []).map((c) => c.body);
    expect(comments).toHaveLength(4);
    expect(comments[1]).toContain("The postmortem was due on 2026-03-10 and is 3 business days overdue. @alice-example");
    expect(comments[3]).toContain("is published. Closing.");
    expect(tracker.labels.get("postmortem-deadline")).toEqual({ name: "postmortem-deadline", color: "d93f0b", description: "A postmortem that is due soon or overdue (fireline)" });
  });

  it("counts around Good Friday and Easter Monday: due on the fifth business day, the reminder and the steps shift with it", async () => {
    // Resolved Tuesday 2026-03-31; 3 and 6 April are closed in Berlin, so 5 business days end on Thursday 9 April.
    const files = sev1Workspace({
      "incidents/2026-03-03-api-errors/incident.yaml": null,
      "incidents/2026-03-31-api-errors/incident.yaml": SEV1.replaceAll("2026-03-03T", "2026-03-31T"),
    });
    await replay(files, [
      ["2026-04-02", []],
      ["2026-04-03", []],
      ["2026-04-06", []],
      ["2026-04-07", ["create-label postmortem-deadline", "open-issue reminder"]],
      ["2026-04-09", []],
      ["2026-04-10", ["comment overdue-step 1"]],
      ["2026-04-13", []],
      ["2026-04-14", ["comment overdue-step 3"]],
    ]);
  });

  it("opens the issue late at the step already reached, and comments only at the next one", async () => {
    const files = sev1Workspace();
    const tracker = await replay(files, [
      ["2026-03-16", ["create-label postmortem-deadline", "open-issue overdue"]],
      ["2026-03-17", ["comment overdue-step 5"]],
      ["2026-03-20", []],
      ["2026-03-24", ["comment overdue-step 10"]],
      ["2026-04-30", []],
    ]);
    expect(tracker.issues.get(1)?.body).toContain("is 4 business days overdue");
    expect(tracker.issues.get(1)?.body).toContain("step=10 -->");
  });

  it("follows the steps and the lead time of policies/postmortem.yaml", async () => {
    const files = sev1Workspace({ "policies/postmortem.yaml": "enforcement:\n  remind_before: 1 business day\n  overdue_steps: [4, 2]\n  labels:\n    postmortem: pm-late\n" });
    const tracker = await replay(files, [
      ["2026-03-06", []],
      ["2026-03-09", ["create-label pm-late", "open-issue reminder"]],
      ["2026-03-11", []],
      ["2026-03-12", ["comment overdue-step 2"]],
      ["2026-03-16", ["comment overdue-step 4"]],
      ["2026-03-24", []],
    ]);
    expect(tracker.issues.get(1)?.labels).toEqual(["pm-late"]);
  });

  it("leaves an issue a person closed alone while the postmortem is still overdue", async () => {
    const files = sev1Workspace();
    const tracker = await replay(files, [["2026-03-06", ["create-label postmortem-deadline", "open-issue reminder"]]]);
    tracker.closeByHand(1, "not_planned");
    await replay(files, [["2026-03-11", []], ["2026-03-24", []]], tracker);
    expect(tracker.issues.size).toBe(1);
  });

  it("plans without writing on a dry run", async () => {
    const files = sev1Workspace();
    const tracker = new MemoryIssueTracker();
    const result = await enforceAt(files, tracker, "2026-03-11", true);
    expect(result.plan.actions.map(summarise)).toEqual(["create-label postmortem-deadline", "open-issue overdue"]);
    expect(tracker.calls.writes).toBe(0);
    expect(result.applied.opened).toEqual([]);
  });
});
