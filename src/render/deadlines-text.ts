import { createColors } from "picocolors";
import type { DeadlineState } from "../engine/business-days/deadline.js";
import { countOverdue, type ActionItemDeadline, type DeadlinesReport } from "../engine/postmortem/deadlines.js";

/** "3 business days late", "due today", "2 business days left". */
export function describeDeadline(deadline: DeadlineState): string {
  if (deadline.state === "overdue") {
    return deadline.businessDaysLate === 0 ? "overdue" : `${plural(deadline.businessDaysLate, "business day")} late`;
  }
  return deadline.businessDaysLeft === 0 ? "due today" : `${plural(deadline.businessDaysLeft, "business day")} left`;
}

export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}

/** Action items grouped by owner, in the report's order. */
export function byOwner(items: readonly ActionItemDeadline[]): { owner?: string; ownerName?: string; items: ActionItemDeadline[] }[] {
  const groups: { owner?: string; ownerName?: string; items: ActionItemDeadline[] }[] = [];
  for (const item of items) {
    const last = groups[groups.length - 1];
    if (last && last.owner === item.owner) last.items.push(item);
    else groups.push({ ...(item.owner === undefined ? {} : { owner: item.owner }), ...(item.ownerName === undefined ? {} : { ownerName: item.ownerName }), items: [item] });
  }
  return groups;
}

export function summaryLine(report: DeadlinesReport): string {
  const overdue = countOverdue(report);
  return (
    `${plural(overdue.postmortems, "postmortem")} overdue, ${report.postmortems.length - overdue.postmortems} due; ` +
    `${plural(overdue.actionItems, "action item")} overdue, ${report.actionItems.length - overdue.actionItems} due`
  );
}

/** The terminal report: postmortems, then action items by owner, then a summary line. Colour only when asked. */
export function renderDeadlinesHuman(report: DeadlinesReport, options: { color: boolean }): string {
  const c = createColors(options.color);
  const width = Math.max(0, ...[...report.postmortems, ...report.actionItems].map((x) => describeDeadline(x.deadline).length));
  const when = (deadline: DeadlineState) =>
    `${deadline.state === "overdue" ? c.red("overdue") : c.yellow("due    ")}  ${deadline.due}  ${describeDeadline(deadline).padEnd(width)}`;
  const lines = [`Deadlines on ${report.today} (${report.timeZone}), counted in business days`, "", c.bold("Postmortems")];
  if (report.postmortems.length === 0 && report.awaitingResolution.length === 0) lines.push("  none due");
  for (const p of report.postmortems) {
    const status = p.status === "missing" ? "not started" : p.status;
    const who = p.commander === undefined ? "" : `, commander @${p.commander}`;
    const why = p.triggers === undefined ? "" : `; postmortem required: ${p.triggers.join(", ")}`;
    lines.push(`  ${when(p.deadline)}  ${p.incident} (${p.severity}, ${status}${who}; ${p.rule}${why})`);
  }
  for (const waiting of report.awaitingResolution) {
    const why = waiting.triggers === undefined ? "" : ` (postmortem required: ${waiting.triggers.join(", ")})`;
    lines.push(`  ${c.dim("open")}     ${waiting.incident} (${waiting.severity}): due ${waiting.rule} after it is resolved${why}`);
  }
  lines.push("", c.bold("Action items by owner"));
  if (report.actionItems.length === 0) lines.push("  none open with a due date");
  for (const group of byOwner(report.actionItems)) {
    lines.push(`  ${group.owner === undefined ? "(no owner)" : `@${group.owner}`}${group.ownerName === undefined ? "" : ` (${group.ownerName})`}`);
    for (const item of group.items) {
      lines.push(`    ${when(item.deadline)}  ${item.text}  ${c.dim(`${item.file}:${item.line}`)}`);
    }
  }
  if (report.undatedActionItems > 0) lines.push(`  ${c.dim(`(${plural(report.undatedActionItems, "open action item")} without a due date)`)}`);
  lines.push("", summaryLine(report));
  return `${lines.join("\n")}\n`;
}
