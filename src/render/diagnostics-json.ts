import type { Diagnostic } from "../model/diagnostic.js";
import type { DiagnosticCounts } from "../commands/validate.js";

/**
 * The documented, stable JSON report (README: "JSON output"). `version` changes only when a field
 * is removed or changes meaning; new fields may be added.
 */
export function renderJson(diagnostics: readonly Diagnostic[], counts: DiagnosticCounts): string {
  const report = {
    version: 1,
    summary: counts,
    diagnostics: diagnostics.map((d) => ({
      file: d.file,
      line: d.line,
      column: d.column,
      severity: d.severity,
      code: d.code,
      rule: d.rule,
      message: d.message,
      ...(d.hint === undefined ? {} : { hint: d.hint }),
    })),
  };
  return `${JSON.stringify(report, null, 2)}\n`;
}
