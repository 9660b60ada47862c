import { Command, CommanderError, Option } from "commander";
import { VERSION } from "../version.js";
import { EXIT, UsageError, type CliIo } from "./io.js";
import { runValidate, VALIDATE_FORMATS, type ValidateFlags } from "./validate-command.js";

/** Runs the CLI and returns the exit code. Never throws and never prints a stack trace for user mistakes. */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  let exitCode: number = EXIT.ok;
  const program = buildProgram(io, (code) => {
    exitCode = code;
  });
  try {
    await program.parseAsync([...argv], { from: "user" });
    return exitCode;
  } catch (error) {
    return reportError(error, io);
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

  program
    .command("validate")
    .description("check the workspace: schemas, references between files, timelines (exit 0 clean, 1 errors, 2 usage)")
    .option("-d, --dir <path>", "workspace folder", ".")
    .addOption(new Option("-f, --format <format>", "output format").choices(VALIDATE_FORMATS).default("human"))
    .option("--strict", "fail on warnings too")
    .option("--max-file-bytes <size>", "largest file to read (default 1MiB, or limits.max_file_bytes)")
    .addHelpText(
      "after",
      "\nExamples:\n  fireline validate\n  fireline validate --dir ops/incidents --format github\n  fireline validate --format json > report.json",
    )
    .action(async (flags: ValidateFlags) => {
      setExit(await runValidate(flags, io));
    });
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
