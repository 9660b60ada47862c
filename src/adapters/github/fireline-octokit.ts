import { retry } from "@octokit/plugin-retry";
import { throttling, type ThrottlingOptions } from "@octokit/plugin-throttling";
import { Octokit } from "@octokit/rest";
import { writePacer } from "./write-pacer.js";

/** The REST API version fireline is written against; it has no singular `assignee` field. */
export const GITHUB_API_VERSION = "2026-03-10";

export interface ClientOptions {
  token: string;
  apiUrl: string;
  /** What one second of a Retry-After or backoff lasts; tests shrink it. */
  retryAfterBaseMs: number;
  onWarning: (message: string) => void;
  /** How long one HTTP attempt may take before it counts as a network failure. */
  requestTimeoutMs: number;
}

/** Retries after 5xx answers, network failures and rate limits, each request at most this often. */
const MAX_RETRIES = 3;
/** A rate limit that resets later than this ends the run instead of holding the job. */
const MAX_WAIT_SECONDS = 600;
/** GitHub allows about 80 content-creating requests a minute; 0.8 s apart stays under it. */
const WRITE_INTERVAL_SECONDS = 0.8;

const FirelineOctokit = Octokit.plugin(throttling, retry);
export type GitHubClient = InstanceType<typeof FirelineOctokit>;

type Group = NonNullable<ThrottlingOptions["write"]>;

/** fetch with a deadline on each attempt (not on the retries and rate-limit waits around it). */
function fetchWithin(timeoutMs: number): typeof fetch {
  return (input, init) => fetch(input, { ...init, signal: AbortSignal.timeout(timeoutMs) });
}

type RequestShape = { method: string; url: string } & Record<string, unknown>;

/** "POST /repos/acme/incidents/issues": the method and path, whether Octokit holds the URL as a template or expanded. */
function describeRequest(request: RequestShape): string {
  const path = decodeURIComponent(new URL(request.url, "http://github.invalid").pathname);
  const expanded = path.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = request[name];
    return typeof value === "string" || typeof value === "number" ? String(value) : whole;
  });
  return `${request.method} ${expanded}`;
}

export function createGitHubClient(options: ClientOptions): GitHubClient {
  const { retryAfterBaseMs, onWarning } = options;
  const onLimit = (kind: string) => (retryAfter: number, request: RequestShape, _octokit: unknown, retryCount: number) => {
    const retrying = retryCount < MAX_RETRIES && retryAfter <= MAX_WAIT_SECONDS;
    onWarning(`GitHub ${kind} reached on ${describeRequest(request)}; ${retrying ? `retrying in ${String(retryAfter)} s` : "giving up"}`);
    return retrying;
  };
  const octokit = new FirelineOctokit({
    auth: options.token,
    baseUrl: options.apiUrl.replace(/\/+$/, ""),
    userAgent: "fireline",
    // A renamed repository answers 301; following it would hide that the configuration is stale.
    request: { redirect: "manual", fetch: fetchWithin(options.requestTimeoutMs) },
    log: { debug: () => undefined, info: () => undefined, warn: onWarning, error: () => undefined },
    throttle: {
      onRateLimit: onLimit("rate limit"),
      onSecondaryRateLimit: onLimit("secondary rate limit"),
      retryAfterBaseValue: retryAfterBaseMs,
      write: writePacer(WRITE_INTERVAL_SECONDS * retryAfterBaseMs) as unknown as Group,
      // Writes are already paced above; the plugin's extra three seconds per notifying write would
      // make a first sync of many items take hours.
      notifications: writePacer(0) as unknown as Group,
    },
    // Only answers that mean "not done, try again" are retried here; 403 and 429 rate limits are
    // the throttling plugin's.
    retry: { retries: MAX_RETRIES, retryAfterBaseValue: retryAfterBaseMs, doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451] },
  });
  octokit.hook.before("request", (request) => {
    request.headers["x-github-api-version"] = GITHUB_API_VERSION;
  });
  octokit.hook.after("request", (response) => {
    if (response.status >= 300 && response.status < 400) {
      throw Object.assign(new Error(`redirected (${String(response.status)})`), { status: response.status, response });
    }
  });
  return octokit;
}
