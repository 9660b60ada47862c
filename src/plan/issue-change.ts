import type { IssueChange, IssueDraft, TrackerIssue } from "../ports.js";

/**
 * The fields of `issue` that differ from what the item wants, and nothing else, so a run without
 * changes writes nothing. Labels others added (such as `overdue`) stay: only labels fireline owns
 * (`isOwned`) are removed when the item no longer wants them. Assignees change only when the
 * owner's login is not among them, so people added on GitHub are kept.
 */
export function issueChange(issue: TrackerIssue, wanted: IssueDraft, isOwned: (label: string) => boolean): IssueChange {
  const change: IssueChange = {};
  if (issue.title !== wanted.title) change.title = wanted.title;
  if (issue.body !== wanted.body) change.body = wanted.body;
  const labels = [...new Set([...issue.labels.filter((label) => !isOwned(label) || wanted.labels.includes(label)), ...wanted.labels])].sort();
  if (labels.join("\n") !== [...issue.labels].sort().join("\n")) change.labels = labels;
  const login = wanted.assignees[0];
  if (login !== undefined && !issue.assignees.some((assignee) => assignee.toLowerCase() === login.toLowerCase())) change.assignees = wanted.assignees;
  return change;
}

export function isEmptyChange(change: IssueChange): boolean {
  return Object.keys(change).length === 0;
}
