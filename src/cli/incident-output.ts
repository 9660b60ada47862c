import type { DeclareResult } from "../commands/incident-declare.js";
import type { EditResult } from "../commands/incident-edit.js";
import type { Problem } from "../engine/incident/problem.js";
import type { Diagnostic } from "../model/diagnostic.js";
import { describeOperations } from "../render/incident/describe-operations.js";
import { EXIT, type CliIo } from "./io.js";

/** Prints why a command did nothing and returns its exit code: 2 for bad input, 1 for a refused or conflicting edit. */
export function reportProblem(problem: Problem, io: CliIo, format: "human" | "json"): number {
  if (format === "json") io.stdout.write(`${JSON.stringify({ ok: false, error: problem }, null, 2)}\n`);
  const lines = [`fireline: ${problem.message}`];
  for (const d of problem.diagnostics ?? []) lines.push(formatDiagnostic(d));
  if (problem.hint) lines.push(`hint: ${problem.hint}`);
  io.stderr.write(`${lines.join("\n")}\n`);
  return problem.kind === "usage" ? EXIT.usage : EXIT.findings;
}

/** `path:line:column: error message [FL-301 unknown-person]`, the form editors and terminals link. */
export function formatDiagnostic(d: Diagnostic): string {
  return `  ${d.file}:${d.line}:${d.column}: ${d.severity} ${d.message} [${d.code} ${d.rule}]${d.hint ? `\n    hint: ${d.hint}` : ""}`;
}

/** The outcome of update, assign or resolve. */
export function reportEdit(result: EditResult, io: CliIo, format: "human" | "json"): number {
  if (!result.ok) return reportProblem(result.problem, io, format);
  if (format === "json") {
    const { operations, ...rest } = result;
    io.stdout.write(`${JSON.stringify({ ...rest, changes: describeOperations(operations) }, null, 2)}\n`);
    return EXIT.ok;
  }
  if (!result.changed) {
    io.stdout.write(`Nothing to change in ${result.path}.\n`);
    return EXIT.ok;
  }
  if (!result.written) {
    io.stdout.write(result.diff);
    io.stdout.write(`\n(dry run: ${result.path} was not written)\n`);
    return EXIT.ok;
  }
  const changes = describeOperations(result.operations).map((line) => `  ${line}`);
  io.stdout.write(`Updated ${result.path}\n${changes.join("\n")}\n${warningLines(result.warnings)}`);
  return EXIT.ok;
}

/** The outcome of declare, before the announcement. */
export function reportDeclared(result: Extract<DeclareResult, { ok: true }>, io: CliIo): void {
  if (!result.written) {
    io.stdout.write(`${result.diff}\n(dry run: ${result.path} was not written)\n`);
    return;
  }
  const commander = result.incident.roles?.commander;
  const from = result.commanderFromOnCall === undefined ? "" : ` (${result.commanderFromOnCall})`;
  io.stdout.write(`Declared ${result.id}\n  ${result.path}\n${commander === undefined ? "" : `  commander: ${commander}${from}\n`}${warningLines(result.warnings)}`);
}

function warningLines(warnings: readonly Diagnostic[]): string {
  return warnings.length === 0 ? "" : `${warnings.map(formatDiagnostic).join("\n")}\n`;
}
