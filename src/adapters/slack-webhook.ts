import { setTimeout as sleepFor } from "node:timers/promises";

export interface WebhookOptions {
  /** Per attempt. */
  timeoutMs?: number;
  /** The first try and the retries together. */
  maxAttempts?: number;
  /** The longest Retry-After fireline will wait for; a longer one ends the attempts. */
  maxWaitMs?: number;
  sleep?: (ms: number) => Promise<void>;
}

export type WebhookResult = { ok: true; attempts: number; status: number } | { ok: false; attempts: number; message: string; status?: number };

const DEFAULTS = { timeoutMs: 10_000, maxAttempts: 4, maxWaitMs: 60_000 };

/**
 * Posts a JSON payload to a Slack incoming webhook. 429 and 5xx answers, timeouts and network
 * errors are retried with exponential backoff, honouring Retry-After; other 4xx answers are final
 * (Slack's body says why, e.g. `no_service`). The URL is a secret: it never appears in a message.
 */
export async function postSlackWebhook(url: string, payload: object, options: WebhookOptions = {}): Promise<WebhookResult> {
  const { timeoutMs, maxAttempts, maxWaitMs } = { ...DEFAULTS, ...options };
  const sleep = options.sleep ?? ((ms: number) => sleepFor(ms));
  const target = checkUrl(url);
  if (typeof target === "string") return { ok: false, attempts: 0, message: target };
  let last: WebhookResult = { ok: false, attempts: 0, message: "not attempted" };
  for (let attempt = 1; attempt <= maxAttempts; attempt++) {
    const outcome = await attemptPost(target, payload, timeoutMs);
    if (outcome.kind === "ok") return { ok: true, attempts: attempt, status: outcome.status };
    last = { ok: false, attempts: attempt, message: redact(outcome.message, url), ...(outcome.status === undefined ? {} : { status: outcome.status }) };
    if (outcome.kind === "final" || attempt === maxAttempts) break;
    const wait = outcome.retryAfterMs ?? backoffMs(attempt);
    if (wait > maxWaitMs) return { ...last, message: `${last.message}; Slack asked to wait ${Math.ceil(wait / 1000)} s, longer than fireline waits` };
    await sleep(wait);
  }
  return { ...last, message: `${last.message} (after ${last.attempts} ${last.attempts === 1 ? "attempt" : "attempts"})` };
}

type Attempt = { kind: "ok"; status: number } | { kind: "retry" | "final"; message: string; status?: number; retryAfterMs?: number };

async function attemptPost(url: URL, payload: object, timeoutMs: number): Promise<Attempt> {
  let response: Response;
  try {
    response = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json; charset=utf-8" },
      body: JSON.stringify(payload),
      signal: AbortSignal.timeout(timeoutMs),
      // A redirect would carry the secret URL's payload elsewhere.
      redirect: "error",
    });
  } catch (error) {
    return { kind: "retry", message: networkMessage(error, timeoutMs) };
  }
  const body = (await response.text().catch(() => "")).trim().slice(0, 200);
  if (response.ok) return { kind: "ok", status: response.status };
  const message = `the webhook answered ${response.status}${body === "" ? "" : ` (${body})`}`;
  if (response.status === 429 || response.status >= 500) {
    const retryAfterMs = parseRetryAfter(response.headers.get("retry-after"));
    return retryAfterMs === undefined ? { kind: "retry", message, status: response.status } : { kind: "retry", message, status: response.status, retryAfterMs };
  }
  return { kind: "final", message, status: response.status };
}

/** Only https, except to this machine (a local relay, or a test server). */
function checkUrl(text: string): URL | string {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return "the webhook URL is not a valid URL";
  }
  const local = ["127.0.0.1", "[::1]", "localhost"].includes(url.hostname);
  if (url.protocol === "https:" || (url.protocol === "http:" && local)) return url;
  return "the webhook URL must start with https:// (http:// only to 127.0.0.1 or localhost)";
}

/** Retry-After as seconds or an HTTP date. */
function parseRetryAfter(value: string | null): number | undefined {
  if (value === null) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

function backoffMs(attempt: number): number {
  return 500 * 2 ** (attempt - 1) + Math.floor(Math.random() * 250);
}

function networkMessage(error: unknown, timeoutMs: number): string {
  if (error instanceof Error && (error.name === "TimeoutError" || error.name === "AbortError")) return `the webhook did not answer within ${timeoutMs / 1000} s`;
  const cause = error instanceof Error ? (error.cause as { code?: unknown; message?: unknown } | undefined) : undefined;
  const detail = typeof cause?.code === "string" ? cause.code : error instanceof Error ? error.message : String(error);
  return `could not reach the webhook (${detail})`;
}

/** Removes the URL, and each of its path segments (Slack's secret parts), from a message. */
export function redact(message: string, url: string): string {
  let out = message.split(url).join("[webhook URL]");
  try {
    const { pathname, host } = new URL(url);
    for (const part of pathname.split("/").filter((segment) => segment.length >= 6)) out = out.split(part).join("[redacted]");
    if (host !== "" && !["127.0.0.1", "localhost"].includes(host.split(":")[0] ?? "")) out = out.split(host).join("[webhook host]");
  } catch {
    // Not a URL: nothing more to hide than the text itself.
  }
  return out;
}
