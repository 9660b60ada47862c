import { parseBusinessDays } from "../engine/business-days/deadline.js";
import type { EnforcementSettings } from "../schema/deadline-enforcement.js";
import { ACTION_ITEM_LABEL } from "./action-item-labels.js";

/** policies/postmortem.yaml `enforcement:` with every default filled in. */
export interface EnforcementPolicy {
  /** Business days before the due date at which the reminder opens the tracking issue. */
  remindBefore: number;
  /** Business days overdue at which to comment, ascending. */
  overdueSteps: readonly number[];
  labels: { postmortem: string; overdue: string; actionItem: string };
}

export const DEFAULT_ENFORCEMENT: EnforcementPolicy = {
  remindBefore: 2,
  overdueSteps: [1, 3, 5, 10],
  labels: { postmortem: "postmortem-deadline", overdue: "overdue", actionItem: ACTION_ITEM_LABEL },
};

/** The settings as validated by the schema; steps are sorted, so `[5, 1]` means the same as `[1, 5]`. */
export function resolveEnforcementPolicy(settings: EnforcementSettings = {}): EnforcementPolicy {
  const labels = settings.labels ?? {};
  return {
    remindBefore: settings.remind_before === undefined ? DEFAULT_ENFORCEMENT.remindBefore : parseBusinessDays(settings.remind_before),
    overdueSteps: settings.overdue_steps === undefined ? DEFAULT_ENFORCEMENT.overdueSteps : [...settings.overdue_steps].sort((a, b) => a - b),
    labels: {
      postmortem: labels.postmortem ?? DEFAULT_ENFORCEMENT.labels.postmortem,
      overdue: labels.overdue ?? DEFAULT_ENFORCEMENT.labels.overdue,
      actionItem: labels.action_item ?? DEFAULT_ENFORCEMENT.labels.actionItem,
    },
  };
}

/** The highest step at or below `businessDaysLate`; 0 before the first step. */
export function stepReached(policy: EnforcementPolicy, businessDaysLate: number): number {
  let reached = 0;
  for (const step of policy.overdueSteps) if (step <= businessDaysLate) reached = step;
  return reached;
}
