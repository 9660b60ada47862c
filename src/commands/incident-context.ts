import type { Temporal } from "temporal-polyfill";
import { OverlayFileSource } from "../adapters/overlay-file-source.js";
import type { Diagnostic } from "../model/diagnostic.js";
import type { Workspace } from "../model/workspace.js";
import type { FileSource } from "../ports.js";
import type { Problem } from "../engine/incident/problem.js";
import { validateWorkspace } from "./validate.js";

export interface IncidentContext {
  workspace: Workspace;
  /** Every finding for the workspace's shared files and the incidents in view. */
  diagnostics: Diagnostic[];
}

/**
 * Loads and validates the workspace as it would be with `files` replaced, showing only the
 * incidents in `only`: what an edit needs to check its input and to be checked itself.
 */
export async function loadIncidentContext(
  files: FileSource,
  now: Temporal.Instant,
  only: ReadonlySet<string>,
  replaced: Readonly<Record<string, string>> = {},
): Promise<{ ok: true; context: IncidentContext } | { ok: false; problem: Problem }> {
  const result = await validateWorkspace(new OverlayFileSource(files, replaced, only), { now });
  if (!result.ok) {
    return { ok: false, problem: { kind: "usage", message: "this folder is not a fireline workspace: it has no fireline.yaml", hint: "Run fireline in the workspace's root folder, or pass --dir <path>." } };
  }
  return { ok: true, context: { workspace: result.workspace, diagnostics: result.diagnostics } };
}

/** The incident ids (folder names) in the workspace, sorted. */
export async function listIncidentIds(files: FileSource): Promise<string[]> {
  const entries = await files.list("incidents");
  return entries.filter((entry) => entry.kind === "directory" && !entry.name.startsWith(".")).map((entry) => entry.name).sort();
}

export function incidentPath(id: string): string {
  return `incidents/${id}/incident.yaml`;
}

/**
 * Errors an edit introduced in an incident's folder (incident.yaml, and postmortem.md whose rules
 * read it) that were not there before. Positions move with an edit, so findings are compared by
 * file, code and message.
 */
export function newErrors(before: readonly Diagnostic[], after: readonly Diagnostic[], id: string): Diagnostic[] {
  const folder = `incidents/${id}/`;
  const key = (d: Diagnostic) => `${d.file} ${d.code} ${d.message}`;
  const existing = new Set(before.filter((d) => d.file.startsWith(folder)).map(key));
  return after.filter((d) => d.file.startsWith(folder) && d.severity === "error" && !existing.has(key(d)));
}
