import type { IssueChange, IssueDraft, IssueTracker, TrackerComment, TrackerIssue, TrackerLabel } from "../ports.js";

/** Counts of the calls made, so tests can prove that a re-run writes nothing. */
export interface TrackerCallCounts {
  reads: number;
  writes: number;
}

/**
 * Issues held in memory, for tests and dry runs. It behaves like GitHub where the core relies on
 * it: numbers grow from 1, labels and assignees come back sorted, closing sets a state reason.
 */
export class MemoryIssueTracker implements IssueTracker {
  readonly issues = new Map<number, TrackerIssue>();
  readonly comments = new Map<number, TrackerComment[]>();
  readonly labels = new Map<string, TrackerLabel>();
  readonly calls: TrackerCallCounts = { reads: 0, writes: 0 };
  /** Logins GitHub would refuse to assign (not collaborators): saved without them, as the GitHub tracker does. */
  readonly unassignable = new Set<string>();
  #nextIssue = 1;
  #nextComment = 1;

  constructor(readonly repository = "example/workspace") {}

  listIssues(label: string): Promise<TrackerIssue[]> {
    this.calls.reads += 1;
    const found = [...this.issues.values()].filter((issue) => issue.labels.includes(label));
    return Promise.resolve(found.sort((a, b) => a.number - b.number).map(copy));
  }

  createIssue(draft: IssueDraft): Promise<TrackerIssue> {
    this.calls.writes += 1;
    const number = this.#nextIssue++;
    const issue: TrackerIssue = {
      number,
      title: draft.title,
      body: draft.body,
      state: "open",
      stateReason: null,
      labels: sorted(draft.labels),
      assignees: this.#assignable(draft.assignees),
      url: `https://github.com/${this.repository}/issues/${String(number)}`,
    };
    for (const name of draft.labels) this.#ensureLabel(name);
    this.issues.set(number, issue);
    return Promise.resolve(copy(issue));
  }

  updateIssue(issueNumber: number, change: IssueChange): Promise<TrackerIssue> {
    this.calls.writes += 1;
    const issue = this.#get(issueNumber);
    if (change.title !== undefined) issue.title = change.title;
    if (change.body !== undefined) issue.body = change.body;
    if (change.labels !== undefined) {
      issue.labels = sorted(change.labels);
      for (const name of change.labels) this.#ensureLabel(name);
    }
    // A refused assignee leaves the issue's assignees as they were, as on GitHub.
    const assignees = change.assignees === undefined ? undefined : this.#assignable(change.assignees);
    if (assignees !== undefined && (assignees.length > 0 || change.assignees?.length === 0)) issue.assignees = assignees;
    if (change.state !== undefined && change.state !== issue.state) {
      issue.state = change.state;
      issue.stateReason = change.state === "closed" ? (change.stateReason ?? "completed") : "reopened";
    }
    return Promise.resolve(copy(issue));
  }

  listComments(issueNumber: number): Promise<TrackerComment[]> {
    this.calls.reads += 1;
    this.#get(issueNumber);
    return Promise.resolve((this.comments.get(issueNumber) ?? []).map((comment) => ({ ...comment })));
  }

  addComment(issueNumber: number, body: string): Promise<TrackerComment> {
    this.calls.writes += 1;
    this.#get(issueNumber);
    const comment = { id: this.#nextComment++, body };
    this.comments.set(issueNumber, [...(this.comments.get(issueNumber) ?? []), comment]);
    return Promise.resolve({ ...comment });
  }

  listLabels(): Promise<TrackerLabel[]> {
    this.calls.reads += 1;
    return Promise.resolve([...this.labels.values()].map((label) => ({ ...label })));
  }

  createLabel(label: TrackerLabel): Promise<void> {
    this.calls.writes += 1;
    if (this.labels.has(label.name)) return Promise.reject(new Error(`label already exists: ${label.name}`));
    this.labels.set(label.name, { ...label });
    return Promise.resolve();
  }

  /** Closes an issue the way a person on GitHub would, without counting a call. */
  closeByHand(issueNumber: number, reason: "completed" | "not_planned" = "completed"): void {
    const issue = this.#get(issueNumber);
    issue.state = "closed";
    issue.stateReason = reason;
  }

  #assignable(logins: readonly string[]): string[] {
    return sorted(logins.filter((login) => !this.unassignable.has(login)));
  }

  #get(issueNumber: number): TrackerIssue {
    const issue = this.issues.get(issueNumber);
    if (!issue) throw new Error(`no such issue: #${String(issueNumber)}`);
    return issue;
  }

  // GitHub creates a label it does not know when an issue uses it, with a grey colour.
  #ensureLabel(name: string): void {
    if (!this.labels.has(name)) this.labels.set(name, { name, color: "ededed", description: "" });
  }
}

function sorted(values: readonly string[]): string[] {
  return [...new Set(values)].sort();
}

function copy(issue: TrackerIssue): TrackerIssue {
  return { ...issue, labels: [...issue.labels], assignees: [...issue.assignees] };
}
