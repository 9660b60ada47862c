import { Option } from "commander";
import { DEFAULT_IMBALANCE_THRESHOLD } from "../commands/imbalance-threshold.js";
import { EXIT, UsageError, type CliIo } from "./io.js";
import type { RegisterCommand } from "./register-command.js";

export const ONCALL_FORMATS = ["human", "json"] as const;

export interface OnCallFlags {
  dir: string;
  format: string;
  at?: string;
  rotation?: string;
  from?: string;
  to?: string;
  threshold?: string;
}

/** `fireline oncall [report]`: who is on call, or the load report. */
export async function runOnCall(what: string | undefined, flags: OnCallFlags, io: CliIo): Promise<number> {
  // Loaded when the command runs, not at start-up, so --help and --version stay fast.
  const { onCallReport } = await import("../commands/oncall-report.js");
  const { onCallAt } = await import("../commands/oncall.js");
  const { renderOnCallHuman, renderOnCallJson } = await import("../render/oncall/oncall-text.js");
  const { renderReportHuman, renderReportJson } = await import("../render/oncall/report-text.js");
  const { inputZone, instantOr, loadOnCallForCli, now, requireOrder, unknownName } = await import("./oncall-cli.js");
  const { oneOf } = await import("./parse-options.js");
  const format = oneOf("--format", ONCALL_FORMATS, flags.format);
  if (what !== undefined && what !== "report") throw new UsageError(`unknown argument '${what}'`, "Use `fireline oncall` for who is on call, or `fireline oncall report --from --to` for the load report.");
  if (what === "report" && (flags.at !== undefined || flags.rotation !== undefined)) throw new UsageError("fireline oncall report takes --from and --to, not --at or --rotation");
  if (what === undefined && (flags.from !== undefined || flags.to !== undefined || flags.threshold !== undefined)) {
    throw new UsageError("--from, --to and --threshold belong to the load report", "Run `fireline oncall report --from ... --to ...`.");
  }
  const oncall = await loadOnCallForCli(flags, io);
  if (typeof oncall === "number") return oncall;
  if (what === "report") {
    const to = instantOr("--to", flags.to, oncall.timeZone, now);
    const from = instantOr("--from", flags.from, oncall.timeZone, () => to.toZonedDateTimeISO(oncall.timeZone).subtract({ days: 30 }).toInstant());
    requireOrder(from, to);
    const result = onCallReport(oncall, from, to, flags.threshold === undefined ? DEFAULT_IMBALANCE_THRESHOLD : parseThreshold(flags.threshold));
    io.stdout.write(format === "json" ? renderReportJson(result, oncall) : renderReportHuman(result, oncall));
    return EXIT.ok;
  }
  const at = instantOr("--at", flags.at, inputZone(oncall, flags.rotation), now);
  const outcome = onCallAt(oncall, at, flags.rotation);
  if (!outcome.ok) throw unknownName("--rotation", outcome.rotation, outcome.known);
  io.stdout.write(format === "json" ? renderOnCallJson(outcome.result, oncall) : renderOnCallHuman(outcome.result, oncall));
  return EXIT.ok;
}

/** "25%" or "25": a percentage above zero. */
export function parseThreshold(text: string): number {
  const match = /^(\d+(?:\.\d+)?)\s*%?$/.exec(text.trim());
  const percent = match ? Number(match[1]) : NaN;
  if (!(percent > 0)) throw new UsageError(`--threshold must be a percentage such as 25%, got '${text}'`);
  return percent / 100;
}

export const registerOnCall: RegisterCommand = (program, io, setExit) => {
  program
    .command("oncall")
    .description("who is on call now (or --at a time), per rotation and escalation level; `oncall report` for load and fairness")
    .argument("[report]", "the load and fairness report instead")
    .option("-d, --dir <path>", "workspace folder", ".")
    .addOption(new Option("-f, --format <format>", "output format").choices(ONCALL_FORMATS).default("human"))
    .option("--at <time>", "a time instead of now (2026-03-03T09:00:00Z, or local 2026-03-03T10:00)")
    .option("-r, --rotation <id>", "one rotation only")
    .option("--from <time>", "report: start (default 30 days before --to)")
    .option("--to <time>", "report: end (default now)")
    .option("--threshold <percent>", `report: flag hours this far from a fair share (default ${Math.round(DEFAULT_IMBALANCE_THRESHOLD * 100)}%)`)
    .addHelpText(
      "after",
      "\nExamples:\n  fireline oncall\n  fireline oncall --rotation payments-primary --at 2026-12-24T22:00\n  fireline oncall report --from 2026-10-01 --to 2026-11-01 --format json",
    )
    .action(async (what: string | undefined, flags: OnCallFlags) => {
      setExit(await runOnCall(what, flags, io));
    });
};
