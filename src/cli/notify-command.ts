import { resolve } from "node:path";
import { Option } from "commander";
import { COMMS_KINDS, type CommsKind } from "../render/comms/comms-kinds.js";
import { EXIT, UsageError } from "./io.js";
import { INCIDENT_ID_HELP, OUTPUT_FORMATS } from "./incident-flags.js";
import type { RegisterCommand } from "./register-command.js";

/** Where the webhook URL comes from when --webhook-url is not given: a CI secret, typically. */
export const WEBHOOK_ENV = "FIRELINE_SLACK_WEBHOOK_URL";

interface NotifyFlags {
  dir: string;
  format: "human" | "json";
  kind?: CommsKind;
  webhookUrl?: string;
  dryRun?: boolean;
}

export const registerNotify: RegisterCommand = (program, io, setExit) => {
  program
    .command("notify")
    .description("post an incident's announcement, update or resolution to Slack through an incoming webhook")
    .argument("<id>", INCIDENT_ID_HELP)
    .option("-d, --dir <path>", "workspace folder", ".")
    .addOption(new Option("-f, --format <format>", "output format").choices(OUTPUT_FORMATS).default("human"))
    .addOption(new Option("--kind <kind>", "announcement | update | resolved (default: from the incident's state)").choices(COMMS_KINDS))
    .option("--webhook-url <url>", `Slack incoming-webhook URL (default: $${WEBHOOK_ENV}; the environment keeps it out of shell history)`)
    .option("--dry-run", "print the message payload and post nothing")
    .addHelpText(
      "after",
      `\nThe URL is never printed. Failed posts are retried on 429 and 5xx (honouring Retry-After) and on timeouts.\n\nExamples:\n  ${WEBHOOK_ENV}=https://hooks.slack.com/services/... fireline notify 2026-11-23-payments-api-elevated-declines\n  fireline notify 2026-11-23-payments-api-elevated-declines --kind update --dry-run`,
    )
    .action(async (id: string, flags: NotifyFlags) => {
      // Loaded when the command runs, not at start-up, so --help and --version stay fast.
      const { cliNow } = await import("./clock.js");
      const { NodeFileSource } = await import("../adapters/node-file-source.js");
      const { postSlackWebhook } = await import("../adapters/slack-webhook.js");
      const { templateReader } = await import("../adapters/template-files.js");
      const { notifyIncident } = await import("../commands/incident-notify.js");
      const { reportProblem } = await import("./incident-output.js");
      const root = resolve(io.cwd, flags.dir);
      const url = flags.webhookUrl ?? io.env[WEBHOOK_ENV];
      const dryRun = flags.dryRun === true;
      if (!dryRun && (url === undefined || url === "")) throw new UsageError("no Slack webhook URL", `Pass --webhook-url, or set ${WEBHOOK_ENV}.`);
      const post = (payload: object) => postSlackWebhook(url ?? "", payload);
      const result = await notifyIncident(new NodeFileSource(root), templateReader(root), post, { id, now: cliNow(io), dryRun, ...(flags.kind === undefined ? {} : { kind: flags.kind }) });
      if (!result.ok) {
        setExit(reportProblem(result.problem, io, flags.format));
        return;
      }
      if (flags.format === "json") io.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
      else if (dryRun) io.stdout.write(`${JSON.stringify(result.payload, null, 2)}\n(dry run: nothing was posted)\n`);
      else io.stdout.write(`Posted the ${result.kind} for ${result.id} to Slack${result.attempts > 1 ? ` (after ${result.attempts} attempts)` : ""}.\n`);
      setExit(EXIT.ok);
    });
};
