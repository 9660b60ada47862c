import { createTwoFilesPatch } from "diff";
import type { Temporal } from "temporal-polyfill";
import { applyEdits } from "../engine/incident/apply-edits.js";
import type { EditOperation } from "../engine/incident/edit-operations.js";
import { workspaceFacts, type IncidentFacts } from "../engine/incident/facts.js";
import { resolveIncidentId } from "../engine/incident/find-incident.js";
import type { Planned, Problem } from "../engine/incident/problem.js";
import { decodeText } from "../load/decode-text.js";
import type { Diagnostic } from "../model/diagnostic.js";
import type { FileSource, WorkspaceWriter, WriteOutcome } from "../ports.js";
import { incidentPath, listIncidentIds, loadIncidentContext, newErrors } from "./incident-context.js";

export interface EditIo {
  files: FileSource;
  writer: WorkspaceWriter;
}

export interface EditOptions {
  /** The id as the user typed it. */
  id: string;
  now: Temporal.Instant;
  dryRun: boolean;
  /** Pure: what to change, given the incident as it is now. Called again if the file changed meanwhile. */
  plan: (facts: IncidentFacts) => Planned<EditOperation[]>;
}

export interface Edited {
  ok: true;
  id: string;
  path: string;
  /** False when the plan changed nothing (the file is untouched). */
  changed: boolean;
  written: boolean;
  /** Unified diff of the change ("" when nothing changed). */
  diff: string;
  /** What was planned, for a one-line summary per change. */
  operations: EditOperation[];
  /** The incident's warnings after the edit, e.g. a status that differs from the latest update. */
  warnings: Diagnostic[];
  /** How many times the edit was planned: more than 1 when another process changed the file meanwhile. */
  attempts: number;
}

export type EditResult = Edited | { ok: false; problem: Problem };

/** Another process may edit the same incident; an edit is re-planned on the fresh file this many times. */
const MAX_ATTEMPTS = 5;
const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/**
 * Edits one incident file: read it with its version, plan, apply the plan to the text, validate
 * the result, then write it only if the file still has the version read. If another process
 * wrote in between, the edit is planned again on the new content, so both edits land.
 */
export async function editIncident(io: EditIo, options: EditOptions): Promise<EditResult> {
  const resolved = resolveIncidentId(options.id, await listIncidentIds(io.files));
  if (!resolved.ok) return resolved;
  const id = resolved.value;
  const path = incidentPath(id);
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
    const outcome = await attemptEdit(io, options, id, path, attempt);
    if (outcome !== "retry") return outcome;
  }
  return {
    ok: false,
    problem: { kind: "conflict", message: `${path} kept changing while fireline was editing it (${MAX_ATTEMPTS} attempts); nothing was written`, hint: "Run the command again." },
  };
}

async function attemptEdit(io: EditIo, options: EditOptions, id: string, path: string, attempt: number): Promise<EditResult | "retry"> {
  const file = await io.writer.read(path);
  if (!file) return { ok: false, problem: { kind: "usage", message: `${path} does not exist`, hint: "The folder is there but has no incident.yaml." } };
  let text: string;
  try {
    text = utf8.decode(file.bytes);
  } catch {
    const decoded = decodeText(path, file.bytes);
    return refused(`${path} is not UTF-8 text`, decoded.ok ? [] : [decoded.diagnostic]);
  }
  const only = new Set([id]);
  const before = await loadIncidentContext(io.files, options.now, only, { [path]: text });
  if (!before.ok) return before;
  const incident = before.context.workspace.incidents.find((entry) => entry.id === id)?.incident;
  if (!incident) {
    const errors = before.context.diagnostics.filter((d) => d.file === path && d.severity === "error");
    return refused(`${path} has errors; fix them before editing it with fireline`, errors);
  }
  const plan = options.plan({ ...workspaceFacts(before.context.workspace, options.now), id, incident: incident.data });
  if (!plan.ok) return plan;
  const unchanged: Edited = { ok: true, id, path, changed: false, written: false, diff: "", operations: [], warnings: [], attempts: attempt };
  if (plan.value.length === 0) return unchanged;

  const edited = applyEdits(text, plan.value);
  if (!edited.ok) {
    const line = text.slice(0, edited.offset).split("\n").length;
    return refused(`fireline cannot make this change without reformatting ${path}: ${edited.reason} (line ${line})`, [], "Make the change by hand, or rewrite that part of the file in block style.");
  }
  if (edited.text === text) return unchanged;
  const after = await loadIncidentContext(io.files, options.now, only, { [path]: edited.text });
  if (!after.ok) return after;
  const errors = newErrors(before.context.diagnostics, after.context.diagnostics, id);
  if (errors.length > 0) return refused(`the change would make ${path} invalid, so it was not made`, errors);

  const diff = unifiedDiff(path, text, edited.text);
  const warnings = after.context.diagnostics.filter((d) => d.file === path && d.severity === "warning");
  const result: Edited = { ok: true, id, path, changed: true, written: false, diff, operations: plan.value, warnings, attempts: attempt };
  if (options.dryRun) return result;
  const written = await writeOrProblem(io, path, edited.text, file.version);
  if ("problem" in written) return written;
  if (!written.ok && written.reason === "busy") {
    return { ok: false, problem: { kind: "conflict", message: `${path} is being edited by ${written.holder}; nothing was written`, hint: "Run the command again in a moment." } };
  }
  if (!written.ok) return "retry";
  return { ...result, written: true };
}

/** A file system error while writing (permissions, a full disk) is the environment's, not a bug: say what failed. */
export async function writeOrProblem(io: EditIo, path: string, text: string, expected: string | undefined): Promise<WriteOutcome | { ok: false; problem: Problem }> {
  try {
    return await io.writer.write(path, text, expected);
  } catch (error) {
    return { ok: false, problem: { kind: "refused", message: `could not write ${path}: ${error instanceof Error ? error.message : String(error)}` } };
  }
}

function refused(message: string, diagnostics: Diagnostic[], hint?: string): { ok: false; problem: Problem } {
  const problem: Problem = { kind: "refused", message, diagnostics };
  if (hint !== undefined) problem.hint = hint;
  return { ok: false, problem };
}

/** A git-style unified diff, as `--dry-run` prints it. */
export function unifiedDiff(path: string, before: string, after: string): string {
  return createTwoFilesPatch(before === "" ? "/dev/null" : `a/${path}`, `b/${path}`, before, after, undefined, undefined, { context: 3 })
    .split("\n")
    .filter((line) => !line.startsWith("===="))
    .join("\n");
}
