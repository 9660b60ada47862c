import { CODES, type RuleName } from "./codes.js";
import type { Diagnostic, Position } from "./diagnostic.js";

/** Builds a diagnostic whose code and default severity come from the code table. */
export function makeDiagnostic(rule: RuleName, file: string, at: Position, message: string, hint?: string): Diagnostic {
  const info = CODES[rule];
  const diagnostic: Diagnostic = { severity: info.severity, code: info.code, rule, message, file, line: at.line, column: at.column };
  if (hint !== undefined) diagnostic.hint = hint;
  return diagnostic;
}

export const START_OF_FILE: Position = { line: 1, column: 1 };
