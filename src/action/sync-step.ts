import { NodeFileSource } from "../adapters/node-file-source.js";
import { NodeWorkspaceWriter } from "../adapters/node-workspace-writer.js";
import { templateReader } from "../adapters/template-files.js";
import { displayRoot } from "../cli/display-paths.js";
import { UsageError } from "../cli/io.js";
import { budgetStopMessage } from "../cli/max-writes-option.js";
import { syncActionItems } from "../commands/sync-action-items.js";
import type { ActionInputs } from "./action-inputs.js";
import type { ActionRuntime } from "./action-runtime.js";
import { actionTracker, issueList } from "./action-tracker.js";
import { annotateDiagnostics } from "./annotations.js";
import { notAWorkspace } from "./not-a-workspace.js";
import { renderSyncSummary } from "./sync-summary.js";

/** `command: sync`: one issue per action item (`fireline sync`); with write-back, closed issues tick their boxes. */
export async function syncStep(runtime: ActionRuntime, inputs: ActionInputs): Promise<void> {
  const { tracker, repository } = await actionTracker(runtime, inputs);
  const result = await syncActionItems(new NodeFileSource(inputs.dir), tracker, {
    links: { serverUrl: runtime.env.GITHUB_SERVER_URL || "https://github.com", repository },
    readTemplate: templateReader(inputs.dir),
    dryRun: inputs.dryRun,
    maxWrites: inputs.maxWrites,
    ...(inputs.writeBack ? { writeBack: new NodeWorkspaceWriter(inputs.dir) } : {}),
  });
  if (!result.ok) {
    if (result.reason === "not-a-workspace") throw notAWorkspace(runtime, inputs.dir);
    // The message already starts with the template's path.
    if (result.reason === "template") throw new UsageError(result.message, "Fix the template, or delete your copy to use the built-in one.");
    const hint = result.failure.hint === undefined ? "" : `\nhint: ${result.failure.hint}`;
    runtime.fail(`fireline sync: GitHub request failed before anything was written: ${result.failure.message}${hint}`);
    return;
  }
  const root = displayRoot(runtime.cwd, inputs.dir);
  annotateDiagnostics(runtime, result.diagnostics, root);
  const summary = renderSyncSummary(result, repository, root);
  runtime.info(summary.log);
  await runtime.appendSummary(summary.markdown);
  runtime.setOutput("created", issueList(result.created));
  runtime.setOutput("updated", issueList(result.updated));
  runtime.setOutput("closed", issueList(result.closed));
  runtime.setOutput("written-back", JSON.stringify([...new Set(result.ticked.map((item) => `${root}${item.file}`))].sort()));
  if (result.budgetStop) runtime.annotate("warning", budgetStopMessage("fireline sync", result.budgetStop));
  if (result.failure) {
    const hint = result.failure.hint === undefined ? "" : `\nhint: ${result.failure.hint}`;
    runtime.fail(`fireline sync: GitHub request failed: ${result.failure.message}${hint}\nWhat was written before the failure stays; run the workflow again to continue.`);
  }
}
