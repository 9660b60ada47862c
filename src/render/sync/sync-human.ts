import { createColors } from "picocolors";
import type { SyncResult } from "../../commands/sync-action-items.js";
import type { ItemPlace } from "../../plan/sync-plan.js";

export interface SyncHumanOptions {
  color: boolean;
  /** Prefix that turns a workspace path into one relative to where the user stands. */
  displayRoot: string;
  repository: string;
}

/** The plan line by line (what changes, where the item is), the warnings, then what was done. */
export function renderSyncHuman(result: SyncResult, options: SyncHumanOptions): string {
  const c = createColors(options.color);
  const at = (item: Pick<ItemPlace, "file" | "line" | "column">) => c.dim(`${options.displayRoot}${item.file}:${String(item.line)}:${String(item.column)}`);
  const issue = (n: number) => `#${String(n)}`;
  const { plan } = result;
  const lines = [`${result.dryRun ? "Dry run: would sync" : "Syncing"} action items with ${options.repository}`];
  for (const label of plan.labels) lines.push(`  ${c.green("label ")}  ${label.name}`);
  for (const create of plan.creates) lines.push(`  ${c.green("open  ")}  ${at(create.item)}  ${create.draft.title}`);
  for (const update of plan.updates) lines.push(`  ${c.yellow("update")}  ${issue(update.number)} ${at(update.item)}  ${Object.keys(update.change).join(", ")}`);
  for (const close of plan.closes) lines.push(`  ${c.blue("close ")}  ${issue(close.number)} ${at(close.item)}  ${close.item.text}`);
  for (const report of plan.reports) {
    lines.push(
      report.kind === "closed-on-github"
        ? `  ${c.magenta("closed")}  ${issue(report.number)} ${at(report.item)}  closed on GitHub, box unchecked`
        : `  ${c.magenta("orphan")}  ${issue(report.number)} ${c.dim(options.displayRoot + report.file)}  item ${report.id} is gone from the postmortem; issue left open`,
    );
  }
  if (lines.length === 1) lines.push("  nothing to change");
  for (const d of result.diagnostics) {
    const paint = d.severity === "error" ? c.red : c.yellow;
    lines.push(`${at(d)} ${paint(d.severity)} ${d.message}  ${c.dim(d.code)}`);
    if (d.hint) lines.push(`  ${c.dim(`hint: ${d.hint}`)}`);
  }
  lines.push(summary(result));
  return `${lines.join("\n")}\n`;
}

function summary(result: SyncResult): string {
  const plan = result.plan;
  if (result.dryRun) {
    return `Plan: ${count(plan.labels.length, "label")} to create, ${count(plan.creates.length, "issue")} to open, ${String(plan.updates.length)} to update, ${String(plan.closes.length)} to close; nothing was written.`;
  }
  const list = (numbers: readonly number[]) => (numbers.length === 0 ? "none" : numbers.map((n) => `#${String(n)}`).join(", "));
  const done = `Opened ${list(result.created)}; updated ${list(result.updated)}; closed ${list(result.closed)}; ${count(result.labelsCreated.length, "label")} created`;
  const ticked = result.ticked.length > 0 ? `; ticked ${count(result.ticked.length, "box", "boxes")}` : "";
  return `${done}${ticked}.`;
}

function count(n: number, one: string, many = `${one}s`): string {
  return `${String(n)} ${n === 1 ? one : many}`;
}
