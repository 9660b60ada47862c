import type { SyncResult } from "../commands/sync-action-items.js";
import { planWrites } from "../plan/sync-plan.js";
import { escapeXml } from "../render/status-page/badges.js";

const MAX_LINES = 500;

/** The sync step's log line and job summary: counts, then one line per issue touched. */
export function renderSyncSummary(result: SyncResult, repository: string, displayRoot: string): { log: string; markdown: string } {
  const planned = planWrites(result.plan);
  const counts = result.dryRun
    ? `dry run: ${String(planned)} writes planned (${String(result.plan.creates.length)} to create, ${String(result.plan.updates.length)} to update, ${String(result.plan.closes.length)} to close)`
    : `${String(result.created.length)} created, ${String(result.updated.length)} updated, ${String(result.closed.length)} closed`;
  const log = `Action items in ${repository}: ${counts}.`;
  const lines = [
    ...result.plan.creates.map((create) => `<li>create: ${escapeXml(create.draft.title)} (<code>${escapeXml(`${displayRoot}${create.item.file}:${String(create.item.line)}`)}</code>)</li>`),
    ...result.plan.updates.map((update) => `<li>update #${String(update.number)}: ${escapeXml(update.item.text)}</li>`),
    ...result.plan.closes.map((close) => `<li>close #${String(close.number)}: ${escapeXml(close.item.text)}</li>`),
    ...result.ticked.map((item) => `<li>ticked in <code>${escapeXml(`${displayRoot}${item.file}:${String(item.line)}`)}</code>: ${escapeXml(item.text)}</li>`),
  ];
  // A first sync of thousands of items would outgrow the 1 MiB summary; the counts above stay complete.
  const shown = lines.slice(0, MAX_LINES);
  const more = lines.length > MAX_LINES ? `\n_and ${String(lines.length - MAX_LINES)} more._\n` : "";
  const list = lines.length === 0 ? "Nothing to change: every issue matches its action item.\n" : `<ul>\n${shown.join("\n")}\n</ul>\n${more}`;
  return { log, markdown: `## fireline sync\n\n${escapeXml(log)}\n\n${list}` };
}
