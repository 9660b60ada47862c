import type { Temporal } from "temporal-polyfill";
import { compareDiagnostics, type Diagnostic } from "../model/diagnostic.js";
import type { Workspace } from "../model/workspace.js";
import { loadWorkspace, type LoadOptions } from "../load/load-workspace.js";
import { preparePostmortemFacts } from "../engine/postmortem/prepare.js";
import type { FileSource } from "../ports.js";
import { runRules } from "../validate/run-rules.js";

export interface ValidateOptions extends LoadOptions {
  /** Warnings fail the run too. */
  strict?: boolean;
  /** The instant deadlines are judged against (the CLI passes the real time); without it, clock-dependent rules are skipped. */
  now?: Temporal.Instant | ((timeZone: string) => Temporal.Instant);
}

export interface DiagnosticCounts {
  files: number;
  errors: number;
  warnings: number;
  notices: number;
}

export type ValidateResult =
  | { ok: true; workspace: Workspace; diagnostics: Diagnostic[]; counts: DiagnosticCounts; failed: boolean }
  | { ok: false; reason: "not-a-workspace" };

/** Loads and checks a workspace: schema problems, then the cross-file rules. Diagnostics come sorted. */
export async function validateWorkspace(files: FileSource, options: ValidateOptions = {}): Promise<ValidateResult> {
  const loaded = await loadWorkspace(files, options);
  if (!loaded.ok) return loaded;
  // A function is given the organisation's time zone, for a --now written without an offset.
  const now = typeof options.now === "function" ? options.now(loaded.workspace.config?.data.organization.time_zone ?? "UTC") : options.now;
  const postmortems = await preparePostmortemFacts(loaded.workspace, { ...(now ? { now } : {}), ...(options.parser ? { parser: options.parser } : {}) });
  const extra = { postmortems, ...(now ? { now } : {}) };
  const diagnostics = [...loaded.diagnostics, ...runRules(loaded.workspace, undefined, extra)].sort(compareDiagnostics);
  const counts = countDiagnostics(diagnostics, loaded.workspace.fileCount);
  const failed = counts.errors > 0 || (options.strict === true && counts.warnings > 0);
  return { ok: true, workspace: loaded.workspace, diagnostics, counts, failed };
}

export function countDiagnostics(diagnostics: readonly Diagnostic[], files: number): DiagnosticCounts {
  const counts: DiagnosticCounts = { files, errors: 0, warnings: 0, notices: 0 };
  for (const { severity } of diagnostics) {
    if (severity === "error") counts.errors++;
    else if (severity === "warning") counts.warnings++;
    else counts.notices++;
  }
  return counts;
}
