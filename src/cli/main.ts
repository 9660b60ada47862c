import { Command, CommanderError } from "commander";
import { VERSION } from "../version.js";
import { EXIT, UsageError, type CliIo } from "./io.js";
import { registerValidate } from "./validate-command.js";
import { registerDeadlines } from "./deadlines-command.js";
import { registerPostmortem } from "./postmortem-command.js";
import { registerCalendars } from "./calendars-command.js";
import { registerEscalation } from "./escalation-command.js";
import { registerHandover } from "./handover-command.js";
import { registerOnCall } from "./oncall-command.js";
import { registerSchedule } from "./schedule-command.js";
import { registerBuild } from "./build-command.js";
import { registerIncident } from "./incident-command.js";
import { registerComms } from "./comms-command.js";
import { registerNotify } from "./notify-command.js";
import { registerInit } from "./init-command.js";
import { registerMetrics } from "./metrics-command.js";
import { registerReport } from "./report-command.js";
import { registerSync } from "./sync-command.js";
import { registerTriage } from "./triage-command.js";
import type { RegisterCommand } from "./register-command.js";
import { addParsingOptions } from "./parsing-options.js";

/** Every subcommand, in the order --help lists them. */
const COMMANDS: readonly RegisterCommand[] = [registerValidate, registerBuild, registerOnCall, registerSchedule, registerEscalation, registerHandover, registerCalendars, registerPostmortem, registerDeadlines, registerTriage, registerIncident, registerComms, registerNotify, registerInit, registerMetrics, registerReport, registerSync];

/** Runs the CLI and returns the exit code. Never throws and never prints a stack trace for user mistakes. */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  let exitCode: number = EXIT.ok;
  const program = buildProgram(io, (code) => {
    exitCode = code;
  });
  const parsing = addParsingOptions(program, io);
  try {
    await program.parseAsync([...argv], { from: "user" });
    return exitCode;
  } catch (error) {
    return reportError(error, io);
  } finally {
    await parsing.finish();
  }
}

function buildProgram(io: CliIo, setExit: (code: number) => void): Command {
  const program = new Command("fireline")
    .description("Incident management as code: validate the workspace, answer who is on call, build the status page.")
    .version(VERSION, "-V, --version", "print the version")
    .helpOption("-h, --help", "show help")
    .showSuggestionAfterError()
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
    });

  for (const register of COMMANDS) register(program, io, setExit);
  return program;
}

function reportError(error: unknown, io: CliIo): number {
  if (error instanceof CommanderError) {
    // --help and --version end through here too, with exit code 0.
    return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
  }
  if (error instanceof UsageError) {
    io.stderr.write(`fireline: ${error.message}\n${error.hint ? `hint: ${error.hint}\n` : ""}`);
    return EXIT.usage;
  }
  const detail = error instanceof Error ? (io.env.FIRELINE_DEBUG ? (error.stack ?? error.message) : error.message) : String(error);
  io.stderr.write(
    `fireline: internal error: ${detail}\nThis is a bug in fireline ${VERSION}, not in your files. Please report it with the command you ran` +
      ` and this output (run again with FIRELINE_DEBUG=1 to include the stack trace).\n`,
  );
  return EXIT.internal;
}
