import type { Diagnostic } from "../../model/diagnostic.js";

/**
 * Why a command could not do what was asked. `usage`: the input was wrong (exit 2); `refused`:
 * the edit would break the file or the file is already broken (exit 1); `conflict`: another
 * process kept changing the file (exit 1).
 */
export interface Problem {
  kind: "usage" | "refused" | "conflict";
  message: string;
  hint?: string;
  /** The validation findings behind a refusal, with file:line:column. */
  diagnostics?: Diagnostic[];
}

export type Planned<T> = { ok: true; value: T } | { ok: false; problem: Problem };

export function usage(message: string, hint?: string): { ok: false; problem: Problem } {
  return { ok: false, problem: hint === undefined ? { kind: "usage", message } : { kind: "usage", message, hint } };
}

export function planned<T>(value: T): { ok: true; value: T } {
  return { ok: true, value };
}
