/**
 * A GitHub request that failed for a reason the user can act on: the message says what went wrong
 * in words, the hint what to do. `status` is GitHub's HTTP status (0: GitHub was not reached).
 */
export class GitHubApiError extends Error {
  override readonly name = "GitHubApiError";
  readonly status: number;
  readonly hint: string;
  /** For a 422: the fields GitHub refused (e.g. "assignees"), so a caller can retry without them. */
  readonly invalidFields: string[];

  constructor(message: string, details: { status: number; hint: string; invalidFields?: string[]; cause?: unknown }) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.status = details.status;
    this.hint = details.hint;
    this.invalidFields = details.invalidFields ?? [];
  }
}
