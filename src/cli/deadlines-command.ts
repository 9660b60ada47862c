import { cliNow } from "./clock.js";
import { resolve } from "node:path";
import { Option } from "commander";
import { NodeFileSource } from "../adapters/node-file-source.js";
import { deadlines } from "../commands/deadlines.js";
import { countOverdue } from "../engine/postmortem/deadlines.js";
import { renderDeadlinesHuman } from "../render/deadlines-text.js";
import { renderDeadlinesJson } from "../render/deadlines-json.js";
import { renderDeadlinesMarkdown } from "../render/deadlines-markdown.js";
import { EXIT, UsageError, useColor, type CliIo } from "./io.js";
import { oneOf, parseByteSize, parseInstantOption } from "./parse-options.js";
import type { RegisterCommand } from "./register-command.js";

export const DEADLINES_FORMATS = ["human", "json", "markdown"] as const;

export interface DeadlinesFlags {
  dir: string;
  format: string;
  now?: string;
  failOnOverdue?: boolean;
  maxFileBytes?: string;
}

/** `fireline deadlines`: prints the report; exit 1 with --fail-on-overdue when anything is overdue. */
export async function runDeadlines(flags: DeadlinesFlags, io: CliIo): Promise<number> {
  const format = oneOf("--format", DEADLINES_FORMATS, flags.format);
  const dir = resolve(io.cwd, flags.dir);
  const nowText = flags.now;
  const result = await deadlines(new NodeFileSource(dir), {
    now: nowText === undefined ? cliNow(io) : (timeZone) => parseInstantOption("--now", nowText, timeZone),
    ...(flags.maxFileBytes === undefined ? {} : { maxFileBytes: parseByteSize(flags.maxFileBytes) }),
  });
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
    .addHelpText(
      "after",
      "\nExamples:\n  fireline deadlines\n  fireline deadlines --now 2026-12-01 --format markdown >> \"$GITHUB_STEP_SUMMARY\"\n  fireline deadlines --format json --fail-on-overdue",
    )
    .action(async (flags: DeadlinesFlags) => {
      setExit(await runDeadlines(flags, io));
    });
};
