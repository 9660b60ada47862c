import { Option } from "commander";
import { EXIT, type CliIo } from "./io.js";
import type { RegisterCommand } from "./register-command.js";

export const HANDOVER_FORMATS = ["markdown", "json"] as const;

export interface HandoverFlags {
  dir: string;
  format: string;
  rotation?: string;
  at?: string;
}

/** `fireline handover`: markdown notes for the shift change, for Slack or an issue. */
export async function runHandover(flags: HandoverFlags, io: CliIo): Promise<number> {
  // Loaded when the command runs, not at start-up, so --help and --version stay fast.
  const { handoverAt } = await import("../commands/handover.js");
  const { renderHandoverJson, renderHandoverMarkdown } = await import("../render/oncall/handover-markdown.js");
  const { inputZone, instantOr, loadOnCallForCli, now, unknownName } = await import("./oncall-cli.js");
  const { oneOf } = await import("./parse-options.js");
  const format = oneOf("--format", HANDOVER_FORMATS, flags.format);
  const oncall = await loadOnCallForCli(flags, io);
  if (typeof oncall === "number") return oncall;
  const at = instantOr("--at", flags.at, inputZone(oncall, flags.rotation), now);
  const outcome = handoverAt(oncall, at, flags.rotation);
  if (!outcome.ok) throw unknownName("--rotation", outcome.rotation, outcome.known);
  io.stdout.write(format === "json" ? renderHandoverJson(at.epochMilliseconds, outcome.handovers, oncall) : renderHandoverMarkdown(outcome.handovers, oncall));
  return EXIT.ok;
}

export const registerHandover: RegisterCommand = (program, io, setExit) => {
  program
    .command("handover")
    .description("shift handover notes in markdown: outgoing and incoming on-call, incidents open or resolved this shift")
    .option("-r, --rotation <id>", "one rotation only")
    .option("-d, --dir <path>", "workspace folder", ".")
    .option("--at <time>", "a time instead of now")
    .addOption(new Option("-f, --format <format>", "output format").choices(HANDOVER_FORMATS).default("markdown"))
    .addHelpText("after", "\nExamples:\n  fireline handover --rotation payments-primary\n  fireline handover --rotation merchant-weekly | pbcopy")
    .action(async (flags: HandoverFlags) => {
      setExit(await runHandover(flags, io));
    });
};
