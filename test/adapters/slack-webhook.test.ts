import { afterEach, describe, expect, it } from "vitest";
import { postSlackWebhook, redact } from "../../src/adapters/slack-webhook.js";
import { loopbackServer } from "../helpers/loopback-server.js";

let close: (() => Promise<void>) | undefined;
afterEach(async () => {
  await close?.();
  close = undefined;
});

async function serve(...replies: Parameters<typeof loopbackServer>[0]) {
  const server = await loopbackServer(replies);
  close = server.close;
  return server;
}

const waits: number[] = [];
const sleep = (ms: number) => {
  waits.push(ms);
  return Promise.resolve();
};

describe("posting to a Slack incoming webhook", () => {
  it("posts the payload as JSON and reports one attempt", async () => {
    const server = await serve({ status: 200 });
    expect(await postSlackWebhook(server.url, { text: "hello" }, { sleep })).toEqual({ ok: true, attempts: 1, status: 200 });
    expect(server.received).toEqual([{ method: "POST", path: "/services/T0SECRET01/B0SECRET02/xoxSecretToken123", contentType: "application/json; charset=utf-8", body: '{"text":"hello"}' }]);
  });

  it("retries a 429 after the Retry-After the server asked for", async () => {
    waits.length = 0;
    const server = await serve({ status: 429, headers: { "retry-after": "3" }, body: "rate_limited" }, { status: 200 });
    expect(await postSlackWebhook(server.url, { text: "x" }, { sleep })).toEqual({ ok: true, attempts: 2, status: 200 });
    expect(waits).toEqual([3000]);
  });

  it("backs off exponentially on 5xx and gives up after the last attempt, saying why", async () => {
    waits.length = 0;
    const server = await serve({ status: 503, body: "service_unavailable" });
    const result = await postSlackWebhook(server.url, { text: "x" }, { sleep, maxAttempts: 3 });
    expect(result).toEqual({ ok: false, attempts: 3, status: 503, message: "the webhook answered 503 (service_unavailable) (after 3 attempts)" });
    expect(server.received).toHaveLength(3);
    expect(waits).toHaveLength(2);
    expect(waits[1]).toBeGreaterThan(waits[0] ?? Infinity);
  });

  it("does not retry a request Slack rejects, and passes on Slack's reason", async () => {
    const server = await serve({ status: 404, body: "no_service" }, { status: 200 });
    expect(await postSlackWebhook(server.url, { text: "x" }, { sleep })).toEqual({ ok: false, attempts: 1, status: 404, message: "the webhook answered 404 (no_service) (after 1 attempt)" });
  });

  it("times out a webhook that never answers", async () => {
    const server = await serve("hang");
    const result = await postSlackWebhook(server.url, { text: "x" }, { sleep, timeoutMs: 200, maxAttempts: 2 });
    expect(result).toEqual({ ok: false, attempts: 2, message: "the webhook did not answer within 0.2 s (after 2 attempts)" });
  });

  it("stops when Slack asks to wait longer than fireline waits", async () => {
    const server = await serve({ status: 429, headers: { "retry-after": "600" } });
    const result = await postSlackWebhook(server.url, { text: "x" }, { sleep });
    expect(result).toMatchObject({ ok: false, attempts: 1, message: "the webhook answered 429 (ok); Slack asked to wait 600 s, longer than fireline waits" });
  });

  it("reports an unreachable webhook without its URL", async () => {
    const server = await serve({ status: 200 });
    const url = server.url;
    await server.close();
    close = undefined;
    const result = await postSlackWebhook(url, { text: "x" }, { sleep, maxAttempts: 1 });
    expect(result).toEqual({ ok: false, attempts: 1, message: "could not reach the webhook (ECONNREFUSED) (after 1 attempt)" });
  });

  it("refuses plain http to another machine, so the secret never travels unencrypted", async () => {
    expect(await postSlackWebhook("http://hooks.example.com/services/T0/B0/secret", { text: "x" })).toEqual({
      ok: false,
      attempts: 0,
      message: "the webhook URL must start with https:// (http:// only to 127.0.0.1 or localhost)",
    });
  });

  it("redacts the URL and its secret path segments from any message", () => {
    const url = "https://hooks.slack.com/services/T0SECRET01/B0SECRET02/xoxSecretToken123";
    expect(redact(`failed: ${url}`, url)).toBe("failed: [webhook URL]");
    expect(redact("path /services/T0SECRET01/B0SECRET02/xoxSecretToken123 on hooks.slack.com", url)).toBe("path /[redacted]/[redacted]/[redacted]/[redacted] on [webhook host]");
  });
});
