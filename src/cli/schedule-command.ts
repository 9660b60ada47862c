import { resolve } from "node:path";
import { Option } from "commander";
import { EXIT, UsageError, type CliIo } from "./io.js";
import type { RegisterCommand } from "./register-command.js";

export const SCHEDULE_FORMATS = ["human", "json", "ical"] as const;

/** Days `fireline schedule` shows without --to. */
export const SCHEDULE_DAYS = 14;

export interface ScheduleFlags {
  dir: string;
  format: string;
  from?: string;
  to?: string;
  rotation?: string;
  out?: string;
}

/** `fireline schedule`: the final schedule between two times, as text, JSON or iCalendar. */
export async function runSchedule(flags: ScheduleFlags, io: CliIo): Promise<number> {
  // Loaded when the command runs, not at start-up, so --help and --version stay fast.
  const { writeCalendarFiles } = await import("./calendars-command.js");
  const { calendarFiles } = await import("../commands/calendars.js");
  const { scheduleBetween } = await import("../commands/schedule.js");
  const { renderCalendar } = await import("../render/oncall/ical.js");
  const { renderScheduleHuman, renderScheduleJson } = await import("../render/oncall/schedule-text.js");
  const { inputZone, instantOr, loadOnCallForCli, now, requireOrder, unknownName } = await import("./oncall-cli.js");
  const { oneOf } = await import("./parse-options.js");
  const format = oneOf("--format", SCHEDULE_FORMATS, flags.format);
  if (flags.out !== undefined && format !== "ical") throw new UsageError("--out writes iCalendar files; add --format ical");
  const oncall = await loadOnCallForCli(flags, io);
  if (typeof oncall === "number") return oncall;
  const zone = inputZone(oncall, flags.rotation);
  const from = instantOr("--from", flags.from, zone, now);
  const to = instantOr("--to", flags.to, zone, () => from.toZonedDateTimeISO(zone).add({ days: SCHEDULE_DAYS }).toInstant());
  requireOrder(from, to);
  const outcome = scheduleBetween(oncall, from, to, flags.rotation);
  if (!outcome.ok) throw unknownName("--rotation", outcome.rotation, outcome.known);
  if (flags.out !== undefined) {
    const files = calendarFiles(oncall, { from, to }, flags.rotation);
    return writeCalendarFiles(resolve(io.cwd, flags.out), files, io);
  }
  if (format === "ical") {
    const shifts = outcome.result.rotations.flatMap(({ rotation, shifts }) => shifts.map((shift) => ({ shift, rotationName: rotation.name })));
    const only = outcome.result.rotations.length === 1 ? outcome.result.rotations[0]?.rotation : undefined;
    io.stdout.write(
      renderCalendar(shifts, {
        name: only ? `On call: ${only.name}` : "On call",
        description: only ? `Who is on call in ${only.name} (${only.id}).` : "Who is on call in every rotation.",
        kind: "rotation",
        nameOf: oncall.nameOf,
      }),
    );
  } else {
    io.stdout.write(format === "json" ? renderScheduleJson(outcome.result, oncall) : renderScheduleHuman(outcome.result, oncall));
  }
  return EXIT.ok;
}

export const registerSchedule: RegisterCommand = (program, io, setExit) => {
  program
    .command("schedule")
    .description("the final on-call schedule between two times: layers, restrictions and overrides applied, gaps shown")
    .option("-d, --dir <path>", "workspace folder", ".")
    .option("--from <time>", "start (default now; 2026-03-03T09:00:00Z, or local 2026-03-03T10:00)")
    .option("--to <time>", `end (default ${SCHEDULE_DAYS} days after --from)`)
    .option("-r, --rotation <id>", "one rotation only")
    .addOption(new Option("-f, --format <format>", "output format").choices(SCHEDULE_FORMATS).default("human"))
    .option("-o, --out <dir>", "with --format ical: write one .ics per rotation and per person into this folder")
    .addHelpText(
      "after",
      "\nExamples:\n  fireline schedule --from 2026-12-21 --to 2027-01-04\n  fireline schedule --rotation payments-primary --format json\n  fireline schedule --format ical --out calendars/",
    )
    .action(async (flags: ScheduleFlags) => {
      setExit(await runSchedule(flags, io));
    });
};
