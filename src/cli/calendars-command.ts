import { join, resolve } from "node:path";
import { writeFileAtomic } from "../adapters/atomic-write.js";
import type { CalendarFile } from "../commands/calendars.js";
import { EXIT, type CliIo } from "./io.js";
import type { RegisterCommand } from "./register-command.js";

export interface CalendarsFlags {
  dir: string;
  out: string;
  from?: string;
  to?: string;
  rotation?: string;
}

/** Writes each calendar atomically (readers never see half a file) and lists what was written. */
export async function writeCalendarFiles(outDir: string, files: readonly CalendarFile[], io: CliIo): Promise<number> {
  for (const file of files) await writeFileAtomic(join(outDir, file.path), file.content);
  io.stdout.write(`${files.map((file) => `wrote ${join(outDir, file.path)}`).join("\n")}${files.length > 0 ? "\n" : ""}`);
  return EXIT.ok;
}

/** `fireline calendars --out DIR`: one iCalendar file per rotation and per person. */
export async function runCalendars(flags: CalendarsFlags, io: CliIo): Promise<number> {
  // Loaded when the command runs, not at start-up, so --help and --version stay fast.
  const { calendarFiles, defaultCalendarWindow } = await import("../commands/calendars.js");
  const { inputZone, instantOr, loadOnCallForCli, now, requireOrder, unknownName } = await import("./oncall-cli.js");
  const oncall = await loadOnCallForCli(flags, io);
  if (typeof oncall === "number") return oncall;
  if (flags.rotation !== undefined && !oncall.rotations.has(flags.rotation)) throw unknownName("--rotation", flags.rotation, [...oncall.rotations.keys()]);
  const zone = inputZone(oncall, flags.rotation);
  const window = defaultCalendarWindow(now());
  const from = instantOr("--from", flags.from, zone, () => window.from);
  const to = instantOr("--to", flags.to, zone, () => window.to);
  requireOrder(from, to);
  return writeCalendarFiles(resolve(io.cwd, flags.out), calendarFiles(oncall, { from, to }, flags.rotation), io);
}

export const registerCalendars: RegisterCommand = (program, io, setExit) => {
  program
    .command("calendars")
    .description("write iCalendar files of on-call shifts: rotations/<id>.ics and people/<handle>.ics")
    .requiredOption("-o, --out <dir>", "folder to write into")
    .option("-d, --dir <path>", "workspace folder", ".")
    .option("--from <time>", "first day (default 28 days ago)")
    .option("--to <time>", "last day (default 182 days ahead)")
    .option("-r, --rotation <id>", "one rotation (and its people) only")
    .addHelpText("after", "\nExamples:\n  fireline calendars --out _site/oncall-calendars\n  fireline calendars --out cal --rotation payments-primary")
    .action(async (flags: CalendarsFlags) => {
      setExit(await runCalendars(flags, io));
    });
};
