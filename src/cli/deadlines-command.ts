import { resolve } from "node:path";
import { Option } from "commander";
import { EXIT, UsageError, useColor, type CliIo } from "./io.js";
import type { TrackerFactory } from "./deadlines-enforce.js";
import type { RegisterCommand } from "./register-command.js";

export const DEADLINES_FORMATS = ["human", "json", "markdown"] as const;

export interface DeadlinesFlags {
  dir: string;
  format: string;
  now?: string;
  failOnOverdue?: boolean;
  maxFileBytes?: string;
  enforce?: boolean;
  dryRun?: boolean;
  repo?: string;
  maxWrites?: string;
}

/** `fireline deadlines`: prints the report; exit 1 with --fail-on-overdue when anything is overdue. */
export async function runDeadlines(flags: DeadlinesFlags, io: CliIo, makeTracker?: TrackerFactory): Promise<number> {
  // Loaded when the command runs, not at start-up, so --help and --version stay fast.
  const { cliNow } = await import("./clock.js");
  const { NodeFileSource } = await import("../adapters/node-file-source.js");
  const { deadlines } = await import("../commands/deadlines.js");
  const { countOverdue } = await import("../engine/postmortem/deadlines.js");
  const { renderDeadlinesHuman } = await import("../render/deadlines-text.js");
  const { renderDeadlinesJson } = await import("../render/deadlines-json.js");
  const { renderDeadlinesMarkdown } = await import("../render/deadlines-markdown.js");
  const { oneOf, parseByteSize, parseInstantOption } = await import("./parse-options.js");
  const format = oneOf("--format", DEADLINES_FORMATS, flags.format);
  const dir = resolve(io.cwd, flags.dir);
  const nowText = flags.now;
  const options = {
    now: nowText === undefined ? cliNow(io) : (timeZone: string) => parseInstantOption("--now", nowText, timeZone),
    ...(flags.maxFileBytes === undefined ? {} : { maxFileBytes: parseByteSize(flags.maxFileBytes) }),
  };
  if (flags.enforce === true) {
    if (format === "markdown") throw new UsageError("--enforce prints what it does as human text or JSON, not markdown", "Drop --format markdown, or run fireline deadlines --format markdown separately.");
    const { runEnforce } = await import("./deadlines-enforce.js");
    const { parseMaxWrites } = await import("./max-writes-option.js");
    const enforceFlags = { dryRun: flags.dryRun === true, failOnOverdue: flags.failOnOverdue === true, maxWrites: parseMaxWrites(flags.maxWrites), ...(flags.repo === undefined ? {} : { repo: flags.repo }) };
    return runEnforce(dir, enforceFlags, { ...options, format }, io, makeTracker);
  }
  if (flags.dryRun === true || flags.repo !== undefined || flags.maxWrites !== undefined) {
    const flag = flags.dryRun === true ? "--dry-run" : flags.repo !== undefined ? "--repo" : "--max-writes";
    throw new UsageError(`${flag} only applies with --enforce`, "Add --enforce to write reminders to GitHub, or drop the flag.");
  }
  const result = await deadlines(new NodeFileSource(dir), options);
  if (!result.ok) {
    throw new UsageError(`${dir} is not a fireline workspace: it has no fireline.yaml`, "Run fireline in the workspace's root folder, or pass --dir <path>.");
  }
  for (const problem of result.calendarProblems) io.stderr.write(`fireline: warning: fireline.yaml ${problem.message}\n`);
  if (result.errors > 0) {
    io.stderr.write(`fireline: warning: the workspace has ${result.errors} error(s), so some deadlines may be missing; run fireline validate\n`);
  }
  const report = result.report;
  io.stdout.write(
    format === "json"
      ? renderDeadlinesJson(report)
      : format === "markdown"
        ? renderDeadlinesMarkdown(report)
        : renderDeadlinesHuman(report, { color: useColor(io.stdout, io.env) }),
  );
  const overdue = countOverdue(report);
  return flags.failOnOverdue === true && overdue.postmortems + overdue.actionItems > 0 ? EXIT.findings : EXIT.ok;
}

export const registerDeadlines: RegisterCommand = (program, io, setExit) => {
  program
    .command("deadlines")
    .description("postmortems and action items due or overdue, in business days of the organisation's calendar")
    .option("-d, --dir <path>", "workspace folder", ".")
    .option("--now <time>", "judge at this time instead of now: 2026-03-20T09:00:00Z, or 2026-03-20T10:00 in the organisation's time zone")
    .addOption(new Option("-f, --format <format>", "output format").choices(DEADLINES_FORMATS).default("human"))
    .option("--fail-on-overdue", "exit 1 when a postmortem or an action item is overdue (for a scheduled CI job)")
    .option("--max-file-bytes <size>", "largest file to read (default 1MiB, or limits.max_file_bytes)")
    .option("--enforce", "open, comment on and close GitHub issues for due and overdue postmortems, and label overdue action items' issues (GITHUB_TOKEN with issues: write)")
    .option("--dry-run", "with --enforce: print what would be written to GitHub, write nothing")
    .option("--repo <owner/name>", "with --enforce: the repository (default: github.repository in fireline.yaml, then GITHUB_REPOSITORY)")
    .option("--max-writes <n>", "with --enforce: stop after n write requests, below GitHub's hourly limit; the next run continues (default 400)")
    .addHelpText(
      "after",
      "\nExamples:\n  fireline deadlines\n  fireline deadlines --now 2026-12-01 --format markdown >> \"$GITHUB_STEP_SUMMARY\"\n  fireline deadlines --format json --fail-on-overdue\n  GITHUB_TOKEN=… fireline deadlines --enforce --dry-run --repo acme/incidents",
    )
    .action(async (flags: DeadlinesFlags) => {
      setExit(await runDeadlines(flags, io));
    });
};
