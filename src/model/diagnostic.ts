export type DiagnosticSeverity = "error" | "warning" | "notice";

/** A 1-based place in a file, as editors and GitHub annotations count. */
export interface Position {
  line: number;
  column: number;
}

/**
 * A finding about the workspace. It is data: the same value is printed for a terminal,
 * as JSON and as a GitHub annotation.
 */
export interface Diagnostic {
  severity: DiagnosticSeverity;
  /** Stable code such as FL-301, listed in the README. */
  code: string;
  /** Stable rule name such as unknown-person. */
  rule: string;
  message: string;
  /** Workspace-relative POSIX path. */
  file: string;
  line: number;
  column: number;
  /** How to fix it, when there is something better to say than the message. */
  hint?: string;
}

const SEVERITY_ORDER: Record<DiagnosticSeverity, number> = { error: 0, warning: 1, notice: 2 };

/** Sort by file, then place, then code: output never depends on discovery or rule order. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return (
    a.line - b.line ||
    a.column - b.column ||
    SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
    (a.code < b.code ? -1 : a.code > b.code ? 1 : 0) ||
    (a.message < b.message ? -1 : a.message > b.message ? 1 : 0)
  );
}
