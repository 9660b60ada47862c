import type { Temporal } from "temporal-polyfill";
import { workspaceFacts } from "../engine/incident/facts.js";
import { onCallCommander } from "../engine/incident/on-call-commander.js";
import { planDeclare, type DeclareRequest } from "../engine/incident/plan-declare.js";
import type { Problem } from "../engine/incident/problem.js";
import type { Diagnostic } from "../model/diagnostic.js";
import type { IncidentFile } from "../schema/incident.js";
import { SCHEMA_BASE_URL } from "../schema/common.js";
import type { FileSource } from "../ports.js";
import type { EditIo } from "./incident-edit.js";
import { unifiedDiff, writeOrProblem } from "./incident-edit.js";
import { incidentPath, listIncidentIds, loadIncidentContext, newErrors } from "./incident-context.js";

export interface Declared {
  ok: true;
  id: string;
  path: string;
  incident: IncidentFile;
  /** The new file's text. */
  text: string;
  written: boolean;
  diff: string;
  /** How the commander was chosen when --commander was not given, e.g. "on call in payments-primary (payments-critical, level 1)". */
  commanderFromOnCall?: string;
  warnings: Diagnostic[];
}

export type DeclareResult = Declared | { ok: false; problem: Problem };

/** Two people declaring the same title at once get two ids; this many are tried. */
const MAX_ATTEMPTS = 5;

/** `fireline incident declare`: writes a new incident file, checked like any other before it lands. */
export async function declareIncident(io: EditIo, options: { now: Temporal.Instant; dryRun: boolean }, request: DeclareRequest): Promise<DeclareResult> {
  const loaded = await loadIncidentContext(io.files, options.now, new Set());
  if (!loaded.ok) return loaded;
  const { workspace } = loaded.context;
  const ids = await listIncidentIds(io.files);
  const taken = new Set(ids);
  const header = await schemaHeader(io.files, ids);
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
    const plan = planDeclare({ facts: workspaceFacts(workspace, options.now), taken, onCall: onCallCommander(workspace), header }, request);
    if (!plan.ok) return plan;
    const { id, path, text, incident } = plan.value;
    const checked = await loadIncidentContext(io.files, options.now, new Set([id]), { [path]: text });
    if (!checked.ok) return checked;
    const errors = newErrors([], checked.context.diagnostics, id);
    if (errors.length > 0) return { ok: false, problem: { kind: "refused", message: `the new incident would not be valid, so ${path} was not written`, diagnostics: errors } };
    const warnings = checked.context.diagnostics.filter((d) => d.file === path && d.severity === "warning");
    const declared: Declared = { ok: true, id, path, incident, text, written: false, diff: unifiedDiff(path, "", text), warnings };
    if (plan.value.commanderFromOnCall !== undefined) declared.commanderFromOnCall = plan.value.commanderFromOnCall;
    if (options.dryRun) return declared;
    const written = await writeOrProblem(io, path, text, undefined);
    if ("problem" in written) return written;
    if (written.ok) return { ...declared, written: true };
    if (written.reason === "busy") return { ok: false, problem: { kind: "conflict", message: `${path} is being written by ${written.holder}`, hint: "Run the command again in a moment." } };
    taken.add(id);
  }
  return { ok: false, problem: { kind: "conflict", message: `could not find a free incident id for '${request.title}' after ${MAX_ATTEMPTS} attempts` } };
}

/** New files start with the same `$schema` comment as the newest incident, or the published schema's URL. */
async function schemaHeader(files: FileSource, ids: readonly string[]): Promise<string> {
  const fallback = `# yaml-language-server: $schema=${SCHEMA_BASE_URL}incident.schema.json`;
  const newest = ids.at(-1);
  if (newest === undefined) return fallback;
  const read = await files.read(incidentPath(newest), 64 * 1024);
  if (!read.ok) return fallback;
  const first = new TextDecoder().decode(read.bytes).split(/\r?\n/, 1)[0] ?? "";
  return first.startsWith("# yaml-language-server: $schema=") ? first : fallback;
}
