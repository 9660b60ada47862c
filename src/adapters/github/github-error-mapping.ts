import { GitHubApiError } from "./github-api-error.js";

/** What was being done when GitHub failed, for the message. */
export interface RequestPurpose {
  /** "list the issues labelled action-item", "create an issue", ... */
  action: string;
  repository: string;
  /** The fine-grained permission the action needs: "issues: read" or "issues: write". */
  permission: string;
  apiUrl: string;
  /** The issue the request was about, if any: a 404 may mean it was deleted or transferred. */
  issueNumber?: number;
}

interface RequestErrorLike {
  status: number;
  message: string;
  response?: { headers: Record<string, string | undefined>; data?: unknown };
}

function isRequestError(error: unknown): error is RequestErrorLike {
  return error instanceof Error && typeof (error as Partial<RequestErrorLike>).status === "number";
}

function githubMessage(error: RequestErrorLike): string {
  const data = error.response?.data as { message?: unknown } | undefined;
  return typeof data?.message === "string" ? data.message : error.message;
}

function invalidFields(error: RequestErrorLike): string[] {
  const data = error.response?.data as { errors?: { field?: unknown }[] } | undefined;
  return [...new Set((data?.errors ?? []).map((item) => item.field).filter((field): field is string => typeof field === "string"))];
}

function isRateLimit(error: RequestErrorLike): boolean {
  return error.status === 429 || error.response?.headers["x-ratelimit-remaining"] === "0" || /rate limit/i.test(githubMessage(error));
}

const RERUN = "fireline finds its issues again by their markers, so running it again is safe.";

/** Turns what Octokit throws into a GitHubApiError with a message and hint a user can act on. */
export function toGitHubApiError(error: unknown, purpose: RequestPurpose): unknown {
  if (error instanceof GitHubApiError || !isRequestError(error)) return error;
  const { action, repository, permission } = purpose;
  const said = githubMessage(error);
  const base = `could not ${action} in ${repository}`;
  if (!error.response) {
    return new GitHubApiError(`${base}: GitHub at ${purpose.apiUrl} could not be reached (${said})`, {
      status: 0,
      hint: `Check the network connection and GITHUB_API_URL. ${RERUN}`,
      cause: error,
    });
  }
  const status = error.status;
  const details = { status, cause: error };
  if (status >= 300 && status < 400) return movedError(purpose, status, error.response.headers.location);
  if (status === 401) {
    return new GitHubApiError(`${base}: GitHub rejected the token (401 ${said}); it is wrong, expired or revoked`, {
      ...details,
      hint: "Set GITHUB_TOKEN to a valid token; in a workflow, pass ${{ github.token }}.",
    });
  }
  if ((status === 403 || status === 429) && isRateLimit(error)) {
    const reset = Number(error.response.headers["x-ratelimit-reset"]);
    const when = Number.isFinite(reset) && reset > 0 ? ` after ${new Date(reset * 1000).toISOString()}` : " in a few minutes";
    return new GitHubApiError(`${base}: GitHub's rate limit is still exceeded after the retries fireline makes (${String(status)} ${said})`, {
      ...details,
      hint: `Run again${when}. ${RERUN}`,
    });
  }
  if (status === 403) {
    const accepted = error.response.headers["x-accepted-github-permissions"];
    return new GitHubApiError(`${base}: the token lacks ${permission} (403 ${said})`, {
      ...details,
      hint: `Give the token the ${permission} permission${accepted ? ` (GitHub accepts: ${accepted})` : ""}; in a workflow, add \`permissions: { issues: write }\` to the job.`,
    });
  }
  if (status === 404 && purpose.issueNumber !== undefined) {
    return new GitHubApiError(`${base}: issue #${String(purpose.issueNumber)} was not found (404); it may have been deleted or transferred, or the token cannot see ${repository}`, {
      ...details,
      hint: "A deleted or transferred issue loses its marker here; the next sync opens a new one if the item is still open.",
    });
  }
  if (status === 404) {
    return new GitHubApiError(`${base}: the repository ${repository} was not found, or the token cannot see it (404)`, {
      ...details,
      hint: "Check --repo, `github.repository` in fireline.yaml or GITHUB_REPOSITORY; for a private repository the token needs access to it.",
    });
  }
  if (status === 410) {
    return new GitHubApiError(`${base}: issues are turned off in ${repository} (410 ${said})`, {
      ...details,
      hint: "Turn Issues on in the repository's Settings → General → Features, or point fireline at another repository.",
    });
  }
  if (status === 422) {
    const fields = invalidFields(error);
    return new GitHubApiError(`${base}: GitHub refused it (422 ${said}${fields.length > 0 ? `: ${fields.join(", ")}` : ""})`, {
      ...details,
      invalidFields: fields,
      hint: fields.includes("assignees") ? "An assignee must be a collaborator of the repository; check the people's `github` logins in people.yaml." : "This is likely a bug in fireline; please report it with the message above.",
    });
  }
  return new GitHubApiError(`${base}: GitHub answered ${String(status)} (${said}) after the retries fireline makes`, {
    ...details,
    hint: `GitHub may be having trouble (https://www.githubstatus.com). ${RERUN}`,
  });
}

/** A repository that answers with a redirect was renamed or transferred. */
function movedError(purpose: RequestPurpose, status: number, location: string | undefined): GitHubApiError {
  const newName = location ? /\/repos\/([^/]+\/[^/?#]+)/.exec(new URL(location, purpose.apiUrl).pathname)?.[1] : undefined;
  const where = newName ? ` to ${newName}` : location ? ` (GitHub points to ${location})` : "";
  return new GitHubApiError(`could not ${purpose.action} in ${purpose.repository}: the repository was renamed or moved${where} (${String(status)})`, {
    status,
    hint: `Update --repo or \`github.repository\` in fireline.yaml${newName ? ` to ${newName}` : ""}.`,
  });
}
