import { NodeFileSource } from "../adapters/node-file-source.js";
import { cliNow } from "../cli/clock.js";
import { displayRoot } from "../cli/display-paths.js";
import { validateWorkspace, type DiagnosticCounts } from "../commands/validate.js";
import type { Diagnostic } from "../model/diagnostic.js";
import { renderDiagnosticsSummary } from "../render/diagnostics-summary.js";
import type { ActionInputs } from "./action-inputs.js";
import type { ActionRuntime } from "./action-runtime.js";
import { annotateDiagnostics } from "./annotations.js";
import { notAWorkspace } from "./not-a-workspace.js";

/** `command: validate`: annotations on the diff, the full table in the job summary, counts as outputs. */
export async function validateStep(runtime: ActionRuntime, inputs: ActionInputs): Promise<void> {
  const result = await validateWorkspace(new NodeFileSource(inputs.dir), { strict: inputs.failOn === "warning", now: cliNow(runtime) });
  if (!result.ok) throw notAWorkspace(runtime, inputs.dir);
  await reportDiagnostics(runtime, inputs, result.diagnostics, result.counts);
  if (result.failed) runtime.fail(`fireline validate: ${failureText(result.counts, inputs.failOn)}; the job summary lists every finding.`);
}

/** Annotations, job summary and count outputs: what validate and a refused build both show. */
export async function reportDiagnostics(runtime: ActionRuntime, inputs: ActionInputs, diagnostics: readonly Diagnostic[], counts: DiagnosticCounts): Promise<void> {
  const root = displayRoot(runtime.cwd, inputs.dir);
  annotateDiagnostics(runtime, diagnostics, root);
  await runtime.appendSummary(renderDiagnosticsSummary(diagnostics, counts, { displayRoot: root }));
  runtime.setOutput("errors", String(counts.errors));
  runtime.setOutput("warnings", String(counts.warnings));
  runtime.setOutput("notices", String(counts.notices));
  runtime.info(`${plural(counts.files, "file")}: ${plural(counts.errors, "error")}, ${plural(counts.warnings, "warning")}, ${plural(counts.notices, "notice")}.`);
}

function failureText(counts: DiagnosticCounts, failOn: ActionInputs["failOn"]): string {
  const errors = plural(counts.errors, "error");
  if (failOn === "error" || counts.warnings === 0) return errors;
  return `${errors} and ${plural(counts.warnings, "warning")} (fail-on: warning)`;
}

function plural(n: number, word: string): string {
  return `${String(n)} ${word}${n === 1 ? "" : "s"}`;
}
