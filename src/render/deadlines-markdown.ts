import type { DeadlinesReport } from "../engine/postmortem/deadlines.js";
import { byOwner, describeDeadline, summaryLine } from "./deadlines-text.js";

/** Table cells must not break the table. */
function cell(text: string): string {
  return text.replace(/\|/g, "\\|").replace(/\s+/g, " ");
}

/** `--format markdown`: for a GitHub issue, a job summary or a chat post. */
export function renderDeadlinesMarkdown(report: DeadlinesReport): string {
  const lines = [`## Deadlines on ${report.today}`, "", `_${summaryLine(report)}. Business days in ${report.timeZone}._`, "", "### Postmortems", ""];
  if (report.postmortems.length === 0 && report.awaitingResolution.length === 0) lines.push("None due.");
  else {
    lines.push("| Incident | Severity | Status | Due | | Commander |", "| --- | --- | --- | --- | --- | --- |");
    for (const p of report.postmortems) {
      const mark = p.deadline.state === "overdue" ? "**overdue**, " : "";
      lines.push(
        `| ${cell(p.incident)} | ${p.severity} | ${p.status === "missing" ? "not started" : p.status} | ${p.deadline.due} | ${mark}${describeDeadline(p.deadline)} | ${p.commander === undefined ? "" : `@${p.commander}`} |`,
      );
    }
    for (const waiting of report.awaitingResolution) {
      lines.push(`| ${cell(waiting.incident)} | ${waiting.severity} | open | ${waiting.rule} after resolution | | |`);
    }
  }
  lines.push("", "### Action items", "");
  if (report.actionItems.length === 0) lines.push("None open with a due date.");
  for (const group of byOwner(report.actionItems)) {
    lines.push(`#### ${group.owner === undefined ? "No owner" : `@${group.owner}`}${group.ownerName === undefined ? "" : ` (${cell(group.ownerName)})`}`, "");
    lines.push("| Due | | Action item | Incident |", "| --- | --- | --- | --- |");
    for (const item of group.items) {
      const mark = item.deadline.state === "overdue" ? "**overdue**, " : "";
      lines.push(`| ${item.deadline.due} | ${mark}${describeDeadline(item.deadline)} | ${cell(item.text)} | [${cell(item.incident)}](${item.file}#L${item.line}) |`);
    }
    lines.push("");
  }
  if (report.undatedActionItems > 0) lines.push(`_${report.undatedActionItems} open action item(s) have no due date._`, "");
  return `${lines.join("\n").trimEnd()}\n`;
}
