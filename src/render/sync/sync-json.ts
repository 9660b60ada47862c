import type { SyncResult } from "../../commands/sync-action-items.js";

/** The sync's plan and outcome as stable JSON: for scripts, the Action's outputs and dry-run review. */
export function renderSyncJson(result: SyncResult, repository: string): string {
  const { plan } = result;
  return `${JSON.stringify(
    {
      repository,
      dryRun: result.dryRun,
      complete: result.failure === undefined && result.budgetStop === undefined,
      plan: {
        labels: plan.labels,
        creates: plan.creates.map((create) => ({ ...create.item, id: create.id, ...create.draft })),
        updates: plan.updates.map((update) => ({ ...update.item, number: update.number, change: update.change })),
        closes: plan.closes.map((close) => ({ ...close.item, number: close.number, change: close.change })),
        reports: plan.reports,
      },
      created: result.created,
      updated: result.updated,
      closed: result.closed,
      labelsCreated: result.labelsCreated,
      ticked: result.ticked,
      diagnostics: result.diagnostics,
      ...(result.failure ? { failure: result.failure } : {}),
      ...(result.budgetStop ? { budgetStop: result.budgetStop } : {}),
    },
    null,
    2,
  )}\n`;
}
