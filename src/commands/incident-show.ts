import type { Temporal } from "temporal-polyfill";
import { cadenceSeverity, nextUpdateDue, type UpdateDue } from "../engine/incident/cadence.js";
import { resolveIncidentId } from "../engine/incident/find-incident.js";
import type { Problem } from "../engine/incident/problem.js";
import type { Diagnostic } from "../model/diagnostic.js";
import type { FileSource } from "../ports.js";
import type { IncidentFile } from "../schema/incident.js";
import type { Severity } from "../schema/severity-policy.js";
import { incidentPath, listIncidentIds, loadIncidentContext } from "./incident-context.js";

export interface ShownIncident {
  ok: true;
  id: string;
  path: string;
  incident: IncidentFile;
  severity?: Severity;
  /** Names of the people in roles and updates, by handle. */
  names: Record<string, string>;
  serviceNames: Record<string, string>;
  nextUpdate?: UpdateDue;
  /** What `fireline validate` says about this incident's folder. */
  diagnostics: Diagnostic[];
}

export type ShowResult = ShownIncident | { ok: false; problem: Problem };

/** `fireline incident show`: one incident's facts, roles and timeline. */
export async function showIncident(files: FileSource, options: { id: string; now: Temporal.Instant }): Promise<ShowResult> {
  const resolved = resolveIncidentId(options.id, await listIncidentIds(files));
  if (!resolved.ok) return resolved;
  const id = resolved.value;
  const loaded = await loadIncidentContext(files, options.now, new Set([id]));
  if (!loaded.ok) return loaded;
  const { workspace, diagnostics } = loaded.context;
  const path = incidentPath(id);
  const mine = diagnostics.filter((d) => d.file.startsWith(`incidents/${id}/`));
  const incident = workspace.incidents.find((entry) => entry.id === id)?.incident?.data;
  if (!incident) {
    return { ok: false, problem: { kind: "refused", message: `${path} has errors`, diagnostics: mine.filter((d) => d.severity === "error") } };
  }
  const severity = workspace.severity?.data.severities[incident.severity];
  const people = workspace.people?.data.people ?? {};
  const services = workspace.services?.data.services ?? {};
  const shown: ShownIncident = {
    ok: true,
    id,
    path,
    incident,
    names: namesOf(involved(incident), (handle) => people[handle]?.name),
    serviceNames: namesOf(Object.keys(incident.services), (service) => services[service]?.name),
    diagnostics: mine,
  };
  if (severity) shown.severity = severity;
  const due = nextUpdateDue(incident, cadenceSeverity(incident, workspace.severity?.data.severities).severity);
  if (due) shown.nextUpdate = due;
  return shown;
}

/** Everyone the incident mentions: role holders and update authors. */
function involved(incident: IncidentFile): string[] {
  const roles = Object.values(incident.roles ?? {}).filter((handle): handle is string => handle !== undefined);
  const handles = [...roles, ...incident.updates.flatMap((update) => (update.author === undefined ? [] : [update.author]))];
  return [...new Set(handles)];
}

function namesOf(keys: readonly string[], name: (key: string) => string | undefined): Record<string, string> {
  return Object.fromEntries(keys.flatMap((key) => {
    const found = name(key);
    return found === undefined ? [] : [[key, found]];
  }));
}
