import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { copyExampleWorkspace, OPEN_INCIDENT } from "../helpers/example-workspace.js";
import { loopbackServer } from "../helpers/loopback-server.js";
import { runCli } from "../helpers/run-cli.js";

let close: (() => Promise<void>) | undefined;
afterEach(async () => {
  await close?.();
  close = undefined;
});

describe("fireline comms", () => {
  it("renders the announcement with seed 004's fields, in plain text", async () => {
    const run = await runCli(["comms", OPEN_INCIDENT, "--kind", "announcement", "--format", "text", "--dir", copyExampleWorkspace()]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(`🚨 INCIDENT ${OPEN_INCIDENT} - sev2 (Major)
Title: Elevated card payment declines
Started: 2026-11-23 07:41 UTC (08:41 Europe/Berlin)
Affected: Payments API (degraded performance), Checkout (degraded performance)
Commander: Alice Moreau (@alice)
Channel: #inc-${OPEN_INCIDENT}
https://status.example.com/incidents/${OPEN_INCIDENT}.html
Next update by 2026-11-23 10:35 UTC (every 1h).
`);
  });

  it("says on stderr when the next update is due, so stdout can be piped as it is", async () => {
    const run = await runCli(["comms", OPEN_INCIDENT, "--format", "slack", "--dir", copyExampleWorkspace()]);
    expect(run.stdout).toMatch(/^:large_yellow_circle: \*UPDATE /);
    expect(run.stderr).toMatch(/^(overdue: the next update was due|next update due) 2026-11-23 10:35 UTC\n$/);
  });

  it("picks the resolution for a resolved incident and shows how long it lasted", async () => {
    const run = await runCli(["comms", "2026-03-03-checkout-db-pool-exhaustion", "--format", "markdown", "--dir", copyExampleWorkspace()]);
    expect(run.stdout).toContain("## ✅ RESOLVED: Checkout errors after payment-gateway deploy\n");
    expect(run.stdout).toContain("- **Resolved:** 2026-03-03 10:40 UTC (after 1 h 28 min)\n");
    expect(run.stderr).toBe("");
  });

  it("escapes Slack's control characters in the incident's own text", async () => {
    const dir = copyExampleWorkspace();
    const run = await runCli(["incident", "declare", "--dir", dir, "--title", "Refunds <500 EUR & payouts fail", "--severity", "sev3", "--service", "ledger", "--format", "json"]);
    const { id } = JSON.parse(run.stdout) as { id: string };
    const slack = await runCli(["comms", id, "--format", "slack", "--dir", dir]);
    expect(slack.stdout).toContain("*Title:* Refunds &lt;500 EUR &amp; payouts fail\n");
  });

  it("uses the workspace's own template of the same name instead of fireline's", async () => {
    const dir = copyExampleWorkspace();
    mkdirSync(join(dir, "templates"));
    writeFileSync(join(dir, "templates", "comms-update.txt.hbs"), "{{id}} is {{status}}: {{message}}\n");
    const run = await runCli(["comms", OPEN_INCIDENT, "--kind", "update", "--format", "text", "--dir", dir]);
    expect(run.stdout).toBe(`${OPEN_INCIDENT} is Identified: We are rolling out the fix now. Next update by 10:35 UTC.\n`);
  });

  it("reports a broken template by its file name", async () => {
    const dir = copyExampleWorkspace();
    mkdirSync(join(dir, "templates"));
    writeFileSync(join(dir, "templates", "comms-update.txt.hbs"), "{{#if id}}unclosed\n");
    const run = await runCli(["comms", OPEN_INCIDENT, "--kind", "update", "--format", "text", "--dir", dir]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^fireline: the template templates\/comms-update\.txt\.hbs: Parse error/);
  });

  it("gives every format at once as JSON", async () => {
    const run = await runCli(["comms", OPEN_INCIDENT, "--format", "json", "--dir", copyExampleWorkspace()]);
    const json = JSON.parse(run.stdout) as Record<string, unknown>;
    expect(json).toMatchObject({ ok: true, id: OPEN_INCIDENT, kind: "update", next_update_due: "2026-11-23T10:35:00Z" });
    expect([typeof json.markdown, typeof json.slack, typeof json.text]).toEqual(["string", "string", "string"]);
  });
});

describe("fireline notify", () => {
  it("posts the Slack message to the webhook from the environment and never prints the URL", async () => {
    const server = await loopbackServer([{ status: 200 }]);
    close = server.close;
    const run = await runCli(["notify", OPEN_INCIDENT, "--kind", "announcement", "--dir", copyExampleWorkspace()], { env: { FIRELINE_SLACK_WEBHOOK_URL: server.url } });
    expect([run.code, run.stdout, run.stderr]).toEqual([0, `Posted the announcement for ${OPEN_INCIDENT} to Slack.\n`, ""]);
    const body = JSON.parse(server.received[0]?.body ?? "{}") as { text: string; mrkdwn: boolean };
    expect(body.mrkdwn).toBe(true);
    expect(body.text).toMatch(/^:rotating_light: \*INCIDENT 2026-11-23-payments-api-elevated-declines - sev2 \(Major\)\*\n/);
  });

  it("explains a failed delivery without the secret parts of the URL, and exits 1", async () => {
    const server = await loopbackServer([{ status: 410, body: "channel_is_archived" }]);
    close = server.close;
    const run = await runCli(["notify", OPEN_INCIDENT, "--webhook-url", server.url, "--dir", copyExampleWorkspace(), "--format", "json"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(`fireline: the Slack message for ${OPEN_INCIDENT} was not delivered: the webhook answered 410 (channel_is_archived) (after 1 attempt)\n`);
    for (const secret of ["T0SECRET01", "B0SECRET02", "xoxSecretToken123"]) expect(run.stdout + run.stderr).not.toContain(secret);
  });

  it("needs a webhook URL unless it is a dry run", async () => {
    const dir = copyExampleWorkspace();
    const missing = await runCli(["notify", OPEN_INCIDENT, "--dir", dir]);
    expect([missing.code, missing.stderr]).toEqual([2, "fireline: no Slack webhook URL\nhint: Pass --webhook-url, or set FIRELINE_SLACK_WEBHOOK_URL.\n"]);
    const dry = await runCli(["notify", OPEN_INCIDENT, "--dir", dir, "--dry-run"]);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain('"mrkdwn": true');
    expect(dry.stdout).toContain("(dry run: nothing was posted)");
  });

  it.each([["comms"], ["notify"]])("explains `%s` with --help and an example", async (name) => {
    const run = await runCli([name, "--help"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`Examples:\n  `);
    expect(run.stdout).toContain("--format <format>");
  });
});
