/**
 * GitHub allows "no more than 500 content-generating requests per hour" (secondary rate limits,
 * "Rate limits for the REST API"), counting what people do on the website in the same hour. A run
 * stops at 400 by default, leaving room for them and for another fireline step in the workflow.
 */
export const DEFAULT_MAX_WRITES = 400;

/** Where a run stopped because its write budget was spent; the plan is idempotent, so the next run continues. */
export interface BudgetStop {
  maxWrites: number;
  /** Write requests made before stopping. */
  written: number;
  /** Planned changes not yet made. */
  left: number;
}

/** Counts writes against a budget; `fits` says whether a change of `cost` requests may still start. */
export function writeBudget(maxWrites: number) {
  let written = 0;
  return {
    fits: (cost: number) => written + cost <= maxWrites,
    spend: (cost: number) => {
      written += cost;
    },
    stop: (left: number): BudgetStop => ({ maxWrites, written, left }),
  };
}
