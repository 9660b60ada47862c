import type { IssueChange, TrackerIssue, TrackerLabel } from "../../ports.js";

/** The parts of GitHub's issue JSON fireline reads. */
export interface GitHubIssue {
  number: number;
  title: string;
  body?: string | null;
  state: string;
  state_reason?: string | null;
  labels: (string | { name?: string })[];
  assignees?: { login: string }[] | null;
  html_url: string;
  pull_request?: unknown;
}

function stateReason(value: string | null | undefined): TrackerIssue["stateReason"] {
  if (value === "completed" || value === "not_planned" || value === "reopened") return value;
  // "duplicate" is closed without the work being done.
  return value === "duplicate" ? "not_planned" : null;
}

export function toTrackerIssue(issue: GitHubIssue): TrackerIssue {
  const labels = issue.labels.map((label) => (typeof label === "string" ? label : (label.name ?? ""))).filter((name) => name !== "");
  return {
    number: issue.number,
    title: issue.title,
    body: issue.body ?? "",
    state: issue.state === "closed" ? "closed" : "open",
    stateReason: stateReason(issue.state_reason),
    labels: [...new Set(labels)].sort(),
    assignees: [...new Set((issue.assignees ?? []).map((user) => user.login))].sort(),
    url: issue.html_url,
  };
}

/** The PATCH body for a change: only the fields present. Never the singular `assignee`. */
export function toIssuePatch(change: IssueChange) {
  return {
    ...(change.title === undefined ? {} : { title: change.title }),
    ...(change.body === undefined ? {} : { body: change.body }),
    ...(change.labels === undefined ? {} : { labels: change.labels }),
    ...(change.assignees === undefined ? {} : { assignees: change.assignees }),
    ...(change.state === undefined ? {} : { state: change.state }),
    ...(change.stateReason === undefined ? {} : { state_reason: change.stateReason }),
  };
}

export function toTrackerLabel(label: { name: string; color?: string | null; description?: string | null }): TrackerLabel {
  return { name: label.name, color: label.color ?? "ededed", description: label.description ?? "" };
}
