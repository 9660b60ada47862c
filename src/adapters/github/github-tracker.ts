import type { IssueChange, IssueDraft, IssueTracker, TrackerComment, TrackerIssue, TrackerLabel } from "../../ports.js";
import { GitHubApiError } from "./github-api-error.js";
import { toGitHubApiError, type RequestPurpose } from "./github-error-mapping.js";
import { createGitHubClient } from "./fireline-octokit.js";
import { toIssuePatch, toTrackerIssue, toTrackerLabel, type GitHubIssue } from "./issue-fields.js";

export interface GitHubTrackerOptions {
  token: string;
  owner: string;
  repo: string;
  /** Default https://api.github.com; GitHub Enterprise Server and tests point elsewhere. */
  apiUrl?: string;
  /** What one second of waiting lasts (default 1000); tests shrink the waits with it. */
  retryAfterBaseMs?: number;
  /** Rate-limit waits and assignees GitHub refused; the run goes on. */
  onWarning?: (message: string) => void;
  /** How long one request may take before it counts as a network failure (default 30 s). */
  requestTimeoutMs?: number;
}

const PER_PAGE = 100;
// Creating an issue or a comment twice makes a duplicate, so an answer that leaves open whether
// it happened (5xx, dropped connection) is not retried: the next run finds the issue by its marker.
const NOT_RETRIED = { request: { retries: 0 } };

/** The IssueTracker port over GitHub's REST API: paged lists, paced writes, retries, clear errors. */
export function createGitHubTracker(options: GitHubTrackerOptions): IssueTracker {
  const apiUrl = options.apiUrl ?? "https://api.github.com";
  const onWarning = options.onWarning ?? (() => undefined);
  const octokit = createGitHubClient({ token: options.token, apiUrl, retryAfterBaseMs: options.retryAfterBaseMs ?? 1000, onWarning, requestTimeoutMs: options.requestTimeoutMs ?? 30_000 });
  const { owner, repo } = options;
  const repository = `${owner}/${repo}`;

  async function attempt<T>(action: string, permission: "read" | "write", run: () => Promise<T>, issueNumber?: number): Promise<T> {
    try {
      return await run();
    } catch (error) {
      const purpose: RequestPurpose = { action, repository, permission: `issues: ${permission}`, apiUrl, ...(issueNumber === undefined ? {} : { issueNumber }) };
      throw toGitHubApiError(error, purpose);
    }
  }

  /** Runs a write; if GitHub refuses the assignees (not collaborators), warns and runs it without them. */
  async function withoutRefusedAssignees<T>(assignees: string[] | undefined, what: string, run: (keepAssignees: boolean) => Promise<T>): Promise<T> {
    try {
      return await run(true);
    } catch (error) {
      const refused = error instanceof GitHubApiError && error.status === 422 && error.invalidFields.includes("assignees");
      if (!refused || !assignees || assignees.length === 0) throw error;
      onWarning(`GitHub refused to assign ${assignees.map((login) => `@${login}`).join(", ")} to ${what} in ${repository} (an assignee must be a collaborator); it was saved without them`);
      return run(false);
    }
  }

  return {
    listIssues: (label) =>
      attempt(`list the issues labelled "${label}"`, "read", async () => {
        const found: TrackerIssue[] = [];
        const pages = octokit.paginate.iterator(octokit.rest.issues.listForRepo, { owner, repo, labels: label, state: "all", sort: "created", direction: "asc", per_page: PER_PAGE });
        for await (const page of pages) {
          for (const issue of page.data as GitHubIssue[]) if (issue.pull_request === undefined) found.push(toTrackerIssue(issue));
        }
        return found.sort((a, b) => a.number - b.number);
      }),

    createIssue: (draft: IssueDraft) =>
      withoutRefusedAssignees(draft.assignees, `the new issue "${draft.title}"`, (keepAssignees) =>
        attempt(`create the issue "${draft.title}"`, "write", async () => {
          const { title, body, labels } = draft;
          const response = await octokit.rest.issues.create({ owner, repo, title, body, labels, assignees: keepAssignees ? draft.assignees : [], ...NOT_RETRIED });
          return toTrackerIssue(response.data);
        }),
      ),

    updateIssue: (issueNumber: number, change: IssueChange) =>
      withoutRefusedAssignees(change.assignees, `issue #${String(issueNumber)}`, (keepAssignees) =>
        attempt(`update issue #${String(issueNumber)}`, "write", async () => {
          // Without the refused assignees the issue keeps the ones it has; a change of nothing
          // else needs no write at all, only the issue as it stands.
          const patch = toIssuePatch(keepAssignees ? change : { ...change, assignees: undefined });
          if (Object.keys(patch).length === 0) return toTrackerIssue((await octokit.rest.issues.get({ owner, repo, issue_number: issueNumber })).data);
          const response = await octokit.rest.issues.update({ owner, repo, issue_number: issueNumber, ...patch });
          return toTrackerIssue(response.data);
        }, issueNumber),
      ),

    listComments: (issueNumber: number) =>
      attempt(`list the comments of issue #${String(issueNumber)}`, "read", async () => {
        const comments = await octokit.paginate(octokit.rest.issues.listComments, { owner, repo, issue_number: issueNumber, per_page: PER_PAGE });
        return comments.map((comment): TrackerComment => ({ id: comment.id, body: comment.body ?? "" }));
      }, issueNumber),

    addComment: (issueNumber: number, body: string) =>
      attempt(`comment on issue #${String(issueNumber)}`, "write", async () => {
        const response = await octokit.rest.issues.createComment({ owner, repo, issue_number: issueNumber, body, ...NOT_RETRIED });
        return { id: response.data.id, body: response.data.body ?? "" };
      }, issueNumber),

    listLabels: () =>
      attempt("list the labels", "read", async () => {
        const labels = await octokit.paginate(octokit.rest.issues.listLabelsForRepo, { owner, repo, per_page: PER_PAGE });
        return labels.map(toTrackerLabel);
      }),

    createLabel: (label: TrackerLabel) =>
      attempt(`create the label "${label.name}"`, "write", async () => {
        try {
          await octokit.rest.issues.createLabel({ owner, repo, name: label.name, color: label.color, description: label.description });
        } catch (error) {
          // A label made by an earlier, interrupted run (or a person) is the label we wanted.
          if (!isAlreadyExists(error)) throw error;
        }
      }),
  };
}

function isAlreadyExists(error: unknown): boolean {
  const data = (error as { status?: number; response?: { data?: { errors?: { code?: string }[] } } }).response?.data;
  return (error as { status?: number }).status === 422 && (data?.errors ?? []).some((item) => item.code === "already_exists");
}
