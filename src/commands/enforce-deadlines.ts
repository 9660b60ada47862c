import type { CalendarProblem } from "../engine/business-days/business-calendar.js";
import type { DeadlinesReport } from "../engine/postmortem/deadlines.js";
import { loadWorkspace } from "../load/load-workspace.js";
import type { Diagnostic } from "../model/diagnostic.js";
import type { Workspace } from "../model/workspace.js";
import { resolveEnforcementPolicy, type EnforcementPolicy } from "../plan/enforcement-policy.js";
import { commentsToRead, planDeadlineEnforcement, type EnforcementAction, type EnforcementPlan, type TrackerState } from "../plan/plan-deadline-enforcement.js";
import type { FileSource, IssueTracker, TrackerComment, TrackerIssue } from "../ports.js";
import { deadlinesOf, type DeadlinesOptions } from "./deadlines.js";
import { enforcementDiagnostics } from "./enforcement-diagnostics.js";
import { writeBudget, type BudgetStop } from "./write-budget.js";

export interface EnforceDeadlinesOptions extends DeadlinesOptions {
  /** owner/name of the repository the tracker writes to. */
  repository: string;
  /** Plan only: read the tracker, write nothing. */
  dryRun?: boolean;
  /** Stop before the write request that would pass this many (default: no limit); the next run continues. */
  maxWrites?: number;
}

/** What was written, by issue number. */
export interface EnforcementApplied {
  labelsCreated: string[];
  opened: number[];
  commented: number[];
  labelled: number[];
  closed: number[];
  /** Tracking issues whose body now records the overdue step reached. */
  recorded: number[];
}

export type EnforceDeadlinesResult =
  | {
      ok: true;
      report: DeadlinesReport;
      plan: EnforcementPlan;
      applied: EnforcementApplied;
      /** The plan's warnings (FL-840..842), placed in the workspace. */
      diagnostics: Diagnostic[];
      /** Set when a tracker request failed; what was applied before it stays applied. */
      failure?: { message: string; hint?: string };
      /** Set when the run stopped at its write budget with actions left for the next run. */
      budgetStop?: BudgetStop;
      errors: number;
      calendarProblems: readonly CalendarProblem[];
    }
  | { ok: false; reason: "not-a-workspace" }
  /** policies/postmortem.yaml did not load, so the enforcement settings are unknown. */
  | { ok: false; reason: "invalid-policy"; diagnostics: Diagnostic[] };

const POLICY_FILE = "policies/postmortem.yaml";

/**
 * `fireline deadlines --enforce`: reads the tracker, plans (pure), then applies the plan in order.
 * A second run at the same `now` finds everything it would write already there and writes nothing.
 */
export async function enforceDeadlines(files: FileSource, tracker: IssueTracker, options: EnforceDeadlinesOptions): Promise<EnforceDeadlinesResult> {
  const loaded = await loadWorkspace(files, options);
  if (!loaded.ok) return loaded;
  const workspace = loaded.workspace;
  if (workspace.failedFiles.has(POLICY_FILE)) {
    return { ok: false, reason: "invalid-policy", diagnostics: loaded.diagnostics.filter((d) => d.file === POLICY_FILE) };
  }
  const policy = resolveEnforcementPolicy(workspace.postmortemPolicy?.data.enforcement);
  const { report, calendarProblems } = await deadlinesOf(workspace, options.now);
  const applied: EnforcementApplied = { labelsCreated: [], opened: [], commented: [], labelled: [], closed: [], recorded: [] };
  const common = { report, applied, errors: loaded.diagnostics.filter((d) => d.severity === "error").length, calendarProblems };
  const input = { report, policy, repository: options.repository, published: publishedIncidents(workspace), logins: githubLogins(workspace) };
  let plan: EnforcementPlan = { actions: [], warnings: [] };
  let budgetStop: BudgetStop | undefined;
  try {
    plan = planDeadlineEnforcement({ ...input, tracker: await readTracker(tracker, input, policy) });
    if (options.dryRun !== true) budgetStop = await applyWithinBudget(tracker, plan.actions, applied, options.maxWrites ?? Number.POSITIVE_INFINITY);
  } catch (error) {
    return { ok: true, ...common, plan, diagnostics: enforcementDiagnostics(plan.warnings, workspace), failure: describeFailure(error) };
  }
  return { ok: true, ...common, plan, diagnostics: enforcementDiagnostics(plan.warnings, workspace), ...(budgetStop ? { budgetStop } : {}) };
}

/** Applies actions in order until the next one would pass `maxWrites` requests. */
async function applyWithinBudget(tracker: IssueTracker, actions: readonly EnforcementAction[], applied: EnforcementApplied, maxWrites: number): Promise<BudgetStop | undefined> {
  const budget = writeBudget(maxWrites);
  for (const [index, action] of actions.entries()) {
    const cost = writesOf(action);
    if (!budget.fits(cost)) return budget.stop(actions.length - index);
    budget.spend(cost);
    await applyEnforcementAction(tracker, action, applied);
  }
  return undefined;
}

/** The write requests an action makes: a step comment also records its step in the issue body, a close may comment first. */
function writesOf(action: EnforcementAction): number {
  if (action.kind === "comment") return action.record === undefined ? 1 : 2;
  if (action.kind === "close-issue") return action.comment === undefined ? 1 : 2;
  return 1;
}

async function readTracker(tracker: IssueTracker, input: Parameters<typeof commentsToRead>[0], policy: EnforcementPolicy): Promise<TrackerState> {
  const tracking = await tracker.listIssues(policy.labels.postmortem);
  const actionItemIssues = new Map<number, TrackerIssue>();
  if (input.report.actionItems.some((item) => item.deadline.state === "overdue")) {
    for (const label of [policy.labels.actionItem, policy.labels.overdue]) {
      for (const issue of await tracker.listIssues(label)) actionItemIssues.set(issue.number, issue);
    }
  }
  const comments = new Map<number, TrackerComment[]>();
  for (const number of commentsToRead(input, tracking, actionItemIssues)) comments.set(number, await tracker.listComments(number));
  return { tracking, actionItemIssues, comments, labels: await tracker.listLabels() };
}

/** Writes one planned action and records it in `applied`. */
export async function applyEnforcementAction(tracker: IssueTracker, action: EnforcementAction, applied: EnforcementApplied): Promise<void> {
  switch (action.kind) {
    case "create-label":
      await tracker.createLabel(action.label);
      applied.labelsCreated.push(action.label.name);
      return;
    case "open-issue":
      applied.opened.push((await tracker.createIssue(action.draft)).number);
      return;
    case "comment":
      // The comment first: a run stopped before the body update finds the step in the comment.
      await tracker.addComment(action.issue, action.body);
      applied.commented.push(action.issue);
      if (action.record !== undefined) {
        await tracker.updateIssue(action.issue, { body: action.record });
        applied.recorded.push(action.issue);
      }
      return;
    case "record-step":
      await tracker.updateIssue(action.issue, { body: action.body });
      applied.recorded.push(action.issue);
      return;
    case "add-label":
      await tracker.updateIssue(action.issue, { labels: action.labels });
      applied.labelled.push(action.issue);
      return;
    case "close-issue":
      // The comment goes first: a run interrupted between the two finds it and only closes.
      if (action.comment !== undefined) await tracker.addComment(action.issue, action.comment);
      await tracker.updateIssue(action.issue, { state: "closed", stateReason: "completed" });
      applied.closed.push(action.issue);
      return;
  }
}

function publishedIncidents(workspace: Workspace): Set<string> {
  return new Set(workspace.incidents.filter((entry) => entry.postmortem?.frontMatter?.status === "published").map((entry) => entry.id));
}

function githubLogins(workspace: Workspace): Map<string, string> {
  const logins = new Map<string, string>();
  for (const [handle, person] of Object.entries(workspace.people?.data.people ?? {})) if (person.github !== undefined) logins.set(handle, person.github);
  return logins;
}

/** Tracker errors (GitHubApiError) carry a hint; anything else is reported by its message. */
function describeFailure(error: unknown): { message: string; hint?: string } {
  const message = error instanceof Error ? error.message : String(error);
  const hint = typeof error === "object" && error !== null && "hint" in error && typeof error.hint === "string" ? error.hint : undefined;
  return hint === undefined ? { message } : { message, hint };
}
