import type { Diagnostic, DiagnosticSeverity } from "../model/diagnostic.js";
import type { ActionRuntime } from "./action-runtime.js";

/** GitHub shows at most ten annotations of each kind per step; more are dropped silently. */
export const ANNOTATIONS_PER_KIND = 10;

export interface AnnotationPick {
  shown: Diagnostic[];
  leftOut: Record<DiagnosticSeverity, number>;
}

/** The first `limit` diagnostics of each severity, in the order given, and how many of each were left out. */
export function pickAnnotations(diagnostics: readonly Diagnostic[], limit = ANNOTATIONS_PER_KIND): AnnotationPick {
  const seen: Record<DiagnosticSeverity, number> = { error: 0, warning: 0, notice: 0 };
  const leftOut: Record<DiagnosticSeverity, number> = { error: 0, warning: 0, notice: 0 };
  const shown: Diagnostic[] = [];
  for (const diagnostic of diagnostics) {
    if (seen[diagnostic.severity]++ < limit) shown.push(diagnostic);
    else leftOut[diagnostic.severity]++;
  }
  return { shown, leftOut };
}

/** Annotates the diff with the first ten of each kind and says, in the log, how many more the summary lists. */
export function annotateDiagnostics(runtime: ActionRuntime, diagnostics: readonly Diagnostic[], displayRoot: string): AnnotationPick {
  const pick = pickAnnotations(diagnostics);
  for (const d of pick.shown) {
    runtime.annotate(d.severity, d.hint ? `${d.message}\n${d.hint}` : d.message, {
      title: `${d.code} ${d.rule}`,
      file: `${displayRoot}${d.file}`,
      line: d.line,
      column: d.column,
    });
  }
  const parts = (["error", "warning", "notice"] as const).filter((kind) => pick.leftOut[kind] > 0).map((kind) => `${String(pick.leftOut[kind])} ${kind}${pick.leftOut[kind] === 1 ? "" : "s"}`);
  if (parts.length > 0) {
    runtime.info(`GitHub shows ${String(ANNOTATIONS_PER_KIND)} annotations of each kind; ${parts.join(", ")} more are listed in the job summary.`);
  }
  return pick;
}
