import { NodeFileSource } from "../adapters/node-file-source.js";
import { cliNow } from "../cli/clock.js";
import { UsageError } from "../cli/io.js";
import { budgetStopMessage } from "../cli/max-writes-option.js";
import { enforceDeadlines } from "../commands/enforce-deadlines.js";
import { renderDeadlinesMarkdown } from "../render/deadlines-markdown.js";
import { renderEnforcementHuman } from "../render/enforcement-text.js";
import { escapeXml } from "../render/status-page/badges.js";
import type { ActionInputs } from "./action-inputs.js";
import type { ActionRuntime } from "./action-runtime.js";
import { actionTracker, issueList } from "./action-tracker.js";
import { annotateDiagnostics } from "./annotations.js";
import { displayRoot } from "../cli/display-paths.js";
import { notAWorkspace } from "./not-a-workspace.js";

/** `command: deadlines`: tracking issues, reminders and overdue comments (`fireline deadlines --enforce`). */
export async function deadlinesStep(runtime: ActionRuntime, inputs: ActionInputs): Promise<void> {
  const { tracker, repository } = await actionTracker(runtime, inputs);
  const result = await enforceDeadlines(new NodeFileSource(inputs.dir), tracker, { now: cliNow(runtime), repository, dryRun: inputs.dryRun, maxWrites: inputs.maxWrites });
  if (!result.ok) {
    if (result.reason === "not-a-workspace") throw notAWorkspace(runtime, inputs.dir);
    annotateDiagnostics(runtime, result.diagnostics, displayRoot(runtime.cwd, inputs.dir));
    throw new UsageError("policies/postmortem.yaml has errors, so the enforcement settings are unknown; nothing was read from or written to GitHub.");
  }
  annotateDiagnostics(runtime, result.diagnostics, displayRoot(runtime.cwd, inputs.dir));
  const heading = { repository, today: result.report.today, timeZone: result.report.timeZone, dryRun: inputs.dryRun };
  const done = renderEnforcementHuman(heading, result.plan, result.applied);
  runtime.info(done.trimEnd());
  await runtime.appendSummary(`## fireline deadlines\n\n<pre>${escapeXml(done.trimEnd())}</pre>\n\n${renderDeadlinesMarkdown(result.report)}`);
  runtime.setOutput("created", issueList(result.applied.opened));
  runtime.setOutput("commented", issueList(result.applied.commented));
  runtime.setOutput("closed", issueList(result.applied.closed));
  if (result.budgetStop) runtime.annotate("warning", budgetStopMessage("fireline deadlines", result.budgetStop));
  if (result.failure) {
    const hint = result.failure.hint === undefined ? "" : `\nhint: ${result.failure.hint}`;
    runtime.fail(`fireline deadlines: GitHub request failed: ${result.failure.message}${hint}\nWhat was written before the failure stays; run the workflow again to continue.`);
  }
}
