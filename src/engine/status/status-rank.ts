import type { ComponentStatus } from "../../schema/common.js";

/** Worse statuses rank higher, so "the worst of" is a maximum. */
const RANK: Record<ComponentStatus, number> = {
  operational: 0,
  degraded_performance: 1,
  partial_outage: 2,
  major_outage: 3,
};

export function statusRank(status: ComponentStatus): number {
  return RANK[status];
}

export function worseOf(a: ComponentStatus, b: ComponentStatus): ComponentStatus {
  return RANK[b] > RANK[a] ? b : a;
}

/** The worst status in the list; operational when the list is empty. */
export function worstOf(statuses: Iterable<ComponentStatus>): ComponentStatus {
  let worst: ComponentStatus = "operational";
  for (const status of statuses) worst = worseOf(worst, status);
  return worst;
}
