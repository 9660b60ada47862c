import { trackerFromEnvironment } from "../adapters/github/tracker-from-env.js";
import { NodeFileSource } from "../adapters/node-file-source.js";
import { configuredRepository } from "../commands/early-config.js";
import { countDiagnostics } from "../commands/validate.js";
import { enforceDeadlines, type EnforceDeadlinesOptions } from "../commands/enforce-deadlines.js";
import { countOverdue } from "../engine/postmortem/deadlines.js";
import { CODES } from "../model/codes.js";
import type { Diagnostic } from "../model/diagnostic.js";
import type { IssueTracker } from "../ports.js";
import { renderHuman } from "../render/diagnostics-human.js";
import { renderEnforcementHuman, renderEnforcementJson } from "../render/enforcement-text.js";
import { displayRoot } from "./display-paths.js";
import { budgetStopMessage } from "./max-writes-option.js";
import { EXIT, UsageError, useColor, type CliIo } from "./io.js";

export interface EnforceFlags {
  dryRun?: boolean;
  repo?: string;
  failOnOverdue?: boolean;
  /** Write requests allowed in this run (--max-writes). */
  maxWrites?: number;
}

/** How the CLI gets its tracker; tests pass one in memory. */
export type TrackerFactory = (io: CliIo, choice: { repo?: string; configRepository?: string }) => { tracker: IssueTracker; repository: string };

export const githubTracker: TrackerFactory = (io, choice) => {
  const picked = trackerFromEnvironment(io.env, choice, { onWarning: (message) => io.stderr.write(`fireline: warning: ${message}\n`) });
  if (!picked.ok) throw new UsageError(picked.message, picked.hint);
  return { tracker: picked.tracker, repository: picked.repository };
};

/**
 * `fireline deadlines --enforce`: exit 0 when applied (or planned), 1 when GitHub refused a request
 * (or, with --fail-on-overdue, when something is overdue), 2 for a bad policy.
 */
export async function runEnforce(
  dir: string,
  flags: EnforceFlags,
  options: Omit<EnforceDeadlinesOptions, "repository" | "dryRun"> & { format: string },
  io: CliIo,
  makeTracker: TrackerFactory = githubTracker,
): Promise<number> {
  const files = new NodeFileSource(dir);
  const configRepository = await configuredRepository(files, options.maxFileBytes);
  const { tracker, repository } = makeTracker(io, { ...(flags.repo === undefined ? {} : { repo: flags.repo }), ...(configRepository === undefined ? {} : { configRepository }) });
  const dryRun = flags.dryRun === true;
  const result = await enforceDeadlines(files, tracker, { ...options, repository, dryRun, ...(flags.maxWrites === undefined ? {} : { maxWrites: flags.maxWrites }) });
  const root = displayRoot(io.cwd, dir);
  if (!result.ok) {
    if (result.reason === "not-a-workspace") {
      throw new UsageError(`${dir} is not a fireline workspace: it has no fireline.yaml`, "Run fireline in the workspace's root folder, or pass --dir <path>.");
    }
    io.stderr.write(renderHuman(result.diagnostics, countDiagnostics(result.diagnostics, 1), { color: useColor(io.stderr, io.env), displayRoot: root }));
    io.stderr.write("fireline: policies/postmortem.yaml has errors, so the enforcement settings are unknown; nothing was read from or written to GitHub.\n");
    return EXIT.usage;
  }
  for (const problem of result.calendarProblems) io.stderr.write(`fireline: warning: fireline.yaml ${problem.message}\n`);
  if (result.errors > 0) io.stderr.write(`fireline: warning: the workspace has ${String(result.errors)} error(s), so some deadlines may be missing; run fireline validate\n`);
  for (const diagnostic of result.diagnostics) io.stderr.write(warningLine(diagnostic, root));
  const heading = { repository, today: result.report.today, timeZone: result.report.timeZone, dryRun };
  io.stdout.write(options.format === "json" ? renderEnforcementJson(heading, result.plan, result.applied) : renderEnforcementHuman(heading, result.plan, result.applied));
  // A budget stop is planned work left for the next run, not a failure: exit 0 with a warning.
  if (result.budgetStop) io.stderr.write(`fireline: warning: ${budgetStopMessage("fireline deadlines --enforce", result.budgetStop)}\n`);
  if (!result.failure) {
    const overdue = countOverdue(result.report);
    return flags.failOnOverdue === true && overdue.postmortems + overdue.actionItems > 0 ? EXIT.findings : EXIT.ok;
  }
  io.stderr.write(`fireline: error: GitHub request failed: ${result.failure.message} (${CODES["enforce-apply-failed"].code})\n`);
  if (result.failure.hint !== undefined) io.stderr.write(`  hint: ${result.failure.hint}\n`);
  io.stderr.write("  What was written before the failure stays; run the command again to continue.\n");
  return EXIT.findings;
}

function warningLine(d: Diagnostic, root: string): string {
  const hint = d.hint === undefined ? "" : `\n  hint: ${d.hint}`;
  return `fireline: ${d.severity}: ${root}${d.file}:${String(d.line)}:${String(d.column)}: ${d.message} (${d.code})${hint}\n`;
}
