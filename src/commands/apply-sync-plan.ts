import { withMarker } from "../plan/action-item-marker.js";
import type { IssueTracker, TrackerIssue } from "../ports.js";
import type { ItemPlace, SyncPlan } from "../plan/sync-plan.js";
import { writeBudget, type BudgetStop } from "./write-budget.js";

/** Why a sync stopped: GitHub's message and, from GitHubApiError, what to do about it. */
export interface TrackerFailure {
  message: string;
  hint?: string;
  /** The item whose write failed, when it was a write. */
  item?: ItemPlace;
}

export interface AppliedSync {
  created: number[];
  updated: number[];
  closed: number[];
  labelsCreated: string[];
  /** Set when a write failed; the writes before it stand, and a re-run continues (issues are found by marker). */
  failure?: TrackerFailure;
  /** Owners GitHub refused to assign; the refusal is now in each issue's marker, so later runs do not ask again. */
  refused: { item: ItemPlace; number: number; login: string }[];
  /** Set when the run stopped at its write budget (--max-writes) with changes left for the next run. */
  budgetStop?: BudgetStop;
}

/**
 * Applies a plan one request at a time (GitHub's secondary rate limits punish parallel writes):
 * labels first, so issues get their colours, then creates, updates and closes. The first failure
 * stops the run; everything written so far carries its marker, so the next run picks up from there.
 * So does reaching `maxWrites` (each step counts as one request; GitHub refusing an assignee costs
 * a retry and a body update, once per issue, which are not counted).
 */
export async function applySyncPlan(tracker: IssueTracker, plan: SyncPlan, maxWrites = Number.POSITIVE_INFINITY): Promise<AppliedSync> {
  const applied: AppliedSync = { created: [], updated: [], closed: [], labelsCreated: [], refused: [] };
  const remember = async (item: ItemPlace, wanted: string[] | undefined, issue: TrackerIssue) => {
    const login = refusedLogin(wanted, issue);
    const body = login === undefined ? undefined : withMarker(issue.body, (marker) => ({ ...marker, refused: login }));
    if (login === undefined || body === undefined) return issue;
    applied.refused.push({ item, number: issue.number, login });
    return tracker.updateIssue(issue.number, { body });
  };
  const steps: { item?: ItemPlace; run: () => Promise<void> }[] = [
    ...plan.labels.map((label) => ({
      run: async () => {
        await tracker.createLabel(label);
        applied.labelsCreated.push(label.name);
      },
    })),
    ...plan.creates.map((create) => ({ item: create.item, run: async () => void applied.created.push((await remember(create.item, create.draft.assignees, await tracker.createIssue(create.draft))).number) })),
    ...plan.updates.map((update) => ({ item: update.item, run: async () => void applied.updated.push((await remember(update.item, update.change.assignees, await tracker.updateIssue(update.number, update.change))).number) })),
    ...plan.closes.map((close) => ({ item: close.item, run: async () => void applied.closed.push((await tracker.updateIssue(close.number, close.change)).number) })),
  ];
  const budget = writeBudget(maxWrites);
  for (const [index, step] of steps.entries()) {
    if (!budget.fits(1)) {
      applied.budgetStop = budget.stop(steps.length - index);
      break;
    }
    budget.spend(1);
    try {
      await step.run();
    } catch (error) {
      applied.failure = { ...trackerFailure(error), ...(step.item ? { item: step.item } : {}) };
      break;
    }
  }
  return applied;
}

/** The owner's login when the issue came back without them: GitHub refused the assignee. */
function refusedLogin(wanted: readonly string[] | undefined, issue: TrackerIssue): string | undefined {
  const login = wanted?.[0];
  if (login === undefined || issue.assignees.some((assignee) => assignee.toLowerCase() === login.toLowerCase())) return undefined;
  return login;
}

export function trackerFailure(error: unknown): TrackerFailure {
  const message = error instanceof Error ? error.message : String(error);
  const hint = typeof error === "object" && error !== null ? (error as { hint?: unknown }).hint : undefined;
  return typeof hint === "string" && hint !== "" ? { message, hint } : { message };
}
