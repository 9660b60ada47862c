import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MemoryIssueTracker } from "../../src/adapters/memory-issue-tracker.js";
import { applyEnforcementAction, type EnforcementApplied } from "../../src/commands/enforce-deadlines.js";
import type { ActionItemDeadline, DeadlinesReport, PostmortemDeadline } from "../../src/engine/postmortem/deadlines.js";
import { buildMarker, itemTextHash } from "../../src/plan/action-item-marker.js";
import { DEFAULT_ENFORCEMENT, resolveEnforcementPolicy, type EnforcementPolicy } from "../../src/plan/enforcement-policy.js";
import { planDeadlineEnforcement, type EnforcementInput, type TrackerState } from "../../src/plan/plan-deadline-enforcement.js";
import type { TrackerComment, TrackerIssue } from "../../src/ports.js";
import { summarise } from "../helpers/enforcement-workspace.js";

const INCIDENT = "2026-03-03-api-errors";

/** `late` business days overdue (0 or less: due in -late business days); a null commander: none named. */
function overduePostmortem(late: number, commander: string | null = "alice"): PostmortemDeadline {
  return {
    incident: INCIDENT,
    title: "API errors after deploy",
    severity: "sev1",
    resolvedAt: "2026-03-03T10:40:00Z",
    rule: "5 business days",
    status: "draft",
    ...(commander === null ? {} : { commander }),
    deadline: late > 0 ? { state: "overdue", due: "2026-03-10", businessDaysLate: late } : { state: "due", due: "2026-03-10", businessDaysLeft: -late },
  };
}

function overdueItem(fields: Partial<ActionItemDeadline> = {}): ActionItemDeadline {
  return {
    incident: INCIDENT,
    text: "Alert on connection-pool saturation",
    owner: "bob",
    file: `incidents/${INCIDENT}/postmortem.md`,
    line: 40,
    deadline: { state: "overdue", due: "2026-03-12", businessDaysLate: 2 },
    ...fields,
  };
}

function report(postmortems: PostmortemDeadline[], actionItems: ActionItemDeadline[] = []): DeadlinesReport {
  return { now: "2026-03-20T11:00:00Z", today: "2026-03-20", timeZone: "Europe/Berlin", postmortems, actionItems, awaitingResolution: [], undatedActionItems: 0 };
}

function issue(number: number, fields: Partial<TrackerIssue>): TrackerIssue {
  return { number, title: `Issue ${String(number)}`, body: "", state: "open", stateReason: null, labels: [], assignees: [], url: `https://github.com/example/workspace/issues/${String(number)}`, ...fields };
}

function input(deadlines: DeadlinesReport, tracker: Partial<TrackerState> = {}, more: Partial<EnforcementInput> = {}): EnforcementInput {
  return {
    report: deadlines,
    published: new Set(),
    logins: new Map([["alice", "alice-gh"], ["bob", "bob-gh"]]),
    policy: DEFAULT_ENFORCEMENT,
    repository: "example/workspace",
    tracker: { tracking: [], actionItemIssues: new Map(), comments: new Map(), labels: [], ...tracker },
    ...more,
  };
}

const TRACKING_BODY = `Tracking.\n\n<!-- fireline:postmortem-deadline ${INCIDENT} step=1 -->`;

describe("planDeadlineEnforcement", () => {
  it("opens the tracking issue without an assignee, and warns, when the commander has no GitHub login", () => {
    const plan = planDeadlineEnforcement(input(report([overduePostmortem(3, "carol")])));
    const open = plan.actions.find((action) => action.kind === "open-issue");
    expect(open?.kind === "open-issue" && open.draft.assignees).toEqual([]);
    expect(plan.warnings).toEqual([{ kind: "commander-without-login", incident: INCIDENT, commander: "carol" }]);
  });

  it("warns about an incident without a commander too", () => {
    const plan = planDeadlineEnforcement(input(report([overduePostmortem(3, null)])));
    expect(plan.warnings).toEqual([{ kind: "commander-without-login", incident: INCIDENT }]);
  });

  it("keeps the oldest of two tracking issues and warns about the other", () => {
    const tracking = [issue(4, { body: TRACKING_BODY, labels: ["postmortem-deadline"] }), issue(9, { body: TRACKING_BODY, labels: ["postmortem-deadline"] })];
    const plan = planDeadlineEnforcement(input(report([overduePostmortem(3)]), { tracking, labels: [{ name: "postmortem-deadline", color: "d93f0b", description: "" }] }));
    expect(plan.actions.map(summarise)).toEqual(["comment overdue-step 3"]);
    expect(plan.actions[0]).toMatchObject({ issue: 4 });
    expect(plan.warnings).toEqual([{ kind: "duplicate-tracking-issue", incident: INCIDENT, kept: 4, others: [9] }]);
  });

  it("counts a step recorded in a comment as said, whatever the issue body recorded, and records it in the body", () => {
    const tracking = [issue(4, { body: TRACKING_BODY })];
    const comments = new Map<number, TrackerComment[]>([[4, [{ id: 1, body: `Late.\n<!-- fireline:postmortem-deadline ${INCIDENT} step=5 -->` }]]]);
    const recovered = planDeadlineEnforcement(input(report([overduePostmortem(7)]), { tracking, comments })).actions;
    expect(recovered.map(summarise)).toEqual(["record-step 5"]);
    expect(recovered[0]).toMatchObject({ issue: 4, body: expect.stringContaining(`<!-- fireline:postmortem-deadline ${INCIDENT} step=5 -->`) as unknown });
    expect(planDeadlineEnforcement(input(report([overduePostmortem(10)]), { tracking, comments })).actions.map(summarise)).toEqual(["comment overdue-step 10"]);
  });

  it("finds an action item's issue by the sync marker when the item names none, labels it overdue once and comments once per due date", () => {
    const body = buildMarker({ incident: INCIDENT, serial: 1, textHash: itemTextHash("alert on  connection-pool SATURATION") });
    const synced = issue(7, { body, labels: ["action-item", "sev1"] });
    const first = planDeadlineEnforcement(input(report([], [overdueItem()]), { actionItemIssues: new Map([[7, synced]]) }));
    expect(first.actions.map(summarise)).toEqual(["create-label overdue", "add-label overdue #7", "comment action-item-overdue #7"]);
    expect(first.actions[1]).toMatchObject({ labels: ["action-item", "overdue", "sev1"] });
    expect(first.actions[2]).toMatchObject({ body: expect.stringContaining("was due on 2026-03-12 and is overdue. @bob-gh") as unknown });

    const done = { actionItemIssues: new Map([[7, { ...synced, labels: ["action-item", "overdue", "sev1"] }]]), labels: [{ name: "Overdue", color: "b60205", description: "" }] };
    const commented = new Map([[7, [{ id: 3, body: `<!-- fireline:action-item-overdue ${INCIDENT} due=2026-03-12 -->` }]]]);
    expect(planDeadlineEnforcement(input(report([], [overdueItem()]), { ...done, comments: commented })).actions).toEqual([]);
    // The due date was moved and passed again: one more comment, the label is already there.
    const moved = overdueItem({ deadline: { state: "overdue", due: "2026-04-01", businessDaysLate: 1 } });
    expect(planDeadlineEnforcement(input(report([], [moved]), { ...done, comments: commented })).actions.map(summarise)).toEqual(["comment action-item-overdue #7"]);
  });

  it("leaves closed issues and other repositories' issues alone, and comments without a label on an issue it cannot see", () => {
    const closed = issue(7, { state: "closed", labels: ["action-item"] });
    expect(planDeadlineEnforcement(input(report([], [overdueItem({ issue: "#7" })]), { actionItemIssues: new Map([[7, closed]]) })).actions).toEqual([]);
    expect(planDeadlineEnforcement(input(report([], [overdueItem({ issue: "acme/other#7" })]))).actions).toEqual([]);
    const unseen = planDeadlineEnforcement(input(report([], [overdueItem({ issue: "https://github.com/example/workspace/issues/12" })])));
    expect(unseen.actions.map(summarise)).toEqual(["comment action-item-overdue #12"]);
    expect(unseen.warnings).toEqual([{ kind: "action-item-issue-unreadable", incident: INCIDENT, issue: 12, file: `incidents/${INCIDENT}/postmortem.md`, line: 40 }]);
  });

  it("closes the tracking issue of a published postmortem, without a second comment after an interrupted run", () => {
    const tracking = [issue(4, { body: TRACKING_BODY })];
    const published = new Set([INCIDENT]);
    const fresh = planDeadlineEnforcement(input(report([]), { tracking }, { published }));
    expect(fresh.actions).toEqual([{ kind: "close-issue", issue: 4, incident: INCIDENT, comment: expect.stringContaining("is published") as unknown }]);
    const comments = new Map([[4, [{ id: 1, body: `<!-- fireline:postmortem-published ${INCIDENT} -->` }]]]);
    expect(planDeadlineEnforcement(input(report([]), { tracking, comments }, { published })).actions).toEqual([{ kind: "close-issue", issue: 4, incident: INCIDENT }]);
  });

  it("sorts the configured steps and fills in defaults", () => {
    expect(resolveEnforcementPolicy({ overdue_steps: [10, 2] })).toEqual({ ...DEFAULT_ENFORCEMENT, overdueSteps: [2, 10] });
    expect(resolveEnforcementPolicy({ remind_before: "1 business day", labels: { overdue: "late" } })).toMatchObject({ remindBefore: 1, labels: { postmortem: "postmortem-deadline", overdue: "late", actionItem: "action-item" } });
  });
});

/** Reads a memory tracker the way the command does, for the property below. */
async function trackerState(tracker: MemoryIssueTracker, policy: EnforcementPolicy): Promise<TrackerState> {
  const tracking = await tracker.listIssues(policy.labels.postmortem);
  const comments = new Map<number, TrackerComment[]>();
  for (const found of tracking) comments.set(found.number, await tracker.listComments(found.number));
  return { tracking, actionItemIssues: new Map(), comments, labels: await tracker.listLabels() };
}

describe("deadline enforcement over any run schedule", () => {
  it("opens one issue, comments at most once per step in rising order, and a re-run writes nothing", async () => {
    const steps = fc.uniqueArray(fc.integer({ min: 1, max: 15 }), { minLength: 1, maxLength: 5 });
    // Business days relative to the due date on the days the job happened to run (negative: before it).
    const runs = fc.array(fc.integer({ min: -6, max: 20 }), { minLength: 1, maxLength: 12 }).map((days) => [...days].sort((a, b) => a - b));
    await fc.assert(
      fc.asyncProperty(steps, fc.integer({ min: 1, max: 5 }), runs, async (overdueSteps, remindBefore, days) => {
        const policy = resolveEnforcementPolicy({ overdue_steps: overdueSteps, remind_before: `${String(remindBefore)} business days` });
        const tracker = new MemoryIssueTracker();
        for (const day of days) {
          const deadlines = report([overduePostmortem(day)]);
          for (const _ of [1, 2]) {
            const writes = tracker.calls.writes;
            const plan = planDeadlineEnforcement(input(deadlines, await trackerState(tracker, policy), { policy }));
            const applied: EnforcementApplied = { labelsCreated: [], opened: [], commented: [], labelled: [], closed: [], recorded: [] };
            for (const action of plan.actions) await applyEnforcementAction(tracker, action, applied);
            if (_ === 2) expect(tracker.calls.writes).toBe(writes);
          }
        }
        const opened = days.some((day) => day > 0 || -day <= remindBefore);
        expect(tracker.issues.size).toBe(opened ? 1 : 0);
        const said = (tracker.comments.get(1) ?? []).map((comment) => Number(/step=(\d+)/.exec(comment.body)?.[1]));
        expect(said).toEqual([...new Set(said)].sort((a, b) => a - b));
        for (const step of said) expect(policy.overdueSteps).toContain(step);
        expect(said.length).toBeLessThanOrEqual(policy.overdueSteps.length);
      }),
      { numRuns: 150 },
    );
  });
});
