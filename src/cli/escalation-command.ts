import { Option } from "commander";
import { EXIT, type CliIo } from "./io.js";
import type { RegisterCommand } from "./register-command.js";

export const ESCALATION_FORMATS = ["human", "json"] as const;

export interface EscalationFlags {
  dir: string;
  format: string;
  policy?: string;
  at?: string;
}

/** `fireline escalation`: who is paged at which minute, across repeats. */
export async function runEscalation(flags: EscalationFlags, io: CliIo): Promise<number> {
  // Loaded when the command runs, not at start-up, so --help and --version stay fast.
  const { escalationAt } = await import("../commands/escalation.js");
  const { renderEscalationHuman, renderEscalationJson } = await import("../render/oncall/escalation-text.js");
  const { instantOr, loadOnCallForCli, now, unknownName } = await import("./oncall-cli.js");
  const { oneOf } = await import("./parse-options.js");
  const format = oneOf("--format", ESCALATION_FORMATS, flags.format);
  const oncall = await loadOnCallForCli(flags, io);
  if (typeof oncall === "number") return oncall;
  const at = instantOr("--at", flags.at, oncall.timeZone, now);
  const outcome = escalationAt(oncall, at, flags.policy);
  if (!outcome.ok) throw unknownName("--policy", outcome.policy, outcome.known);
  const ms = at.epochMilliseconds;
  io.stdout.write(format === "json" ? renderEscalationJson(ms, outcome.policies, oncall) : renderEscalationHuman(ms, outcome.policies, oncall));
  return EXIT.ok;
}

export const registerEscalation: RegisterCommand = (program, io, setExit) => {
  program
    .command("escalation")
    .description("who an unacknowledged alert pages, minute by minute, across the policy's repeats")
    .option("-p, --policy <id>", "one escalation policy (default: all)")
    .option("-d, --dir <path>", "workspace folder", ".")
    .option("--at <time>", "when the alert fires (default now)")
    .addOption(new Option("-f, --format <format>", "output format").choices(ESCALATION_FORMATS).default("human"))
    .addHelpText("after", "\nExamples:\n  fireline escalation --policy payments-critical\n  fireline escalation --policy platform-standard --at 2026-12-24T03:00")
    .action(async (flags: EscalationFlags) => {
      setExit(await runEscalation(flags, io));
    });
};
