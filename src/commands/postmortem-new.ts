import { decodeText } from "../load/decode-text.js";
import { postmortemRequirement, requirementPolicy } from "../engine/postmortem/requirement.js";
import { calendarSettings } from "../engine/business-days/settings.js";
import { resolveIncidentId } from "../engine/incident/find-incident.js";
import { loadWorkspace, type LoadOptions } from "../load/load-workspace.js";
import { dueAfter, parseBusinessDays } from "../engine/business-days/deadline.js";
import type { FileSource } from "../ports.js";
import { renderScaffold, scaffoldView } from "../render/postmortem-scaffold.js";

export const WORKSPACE_TEMPLATE = "templates/postmortem.md.hbs";

export interface NewPostmortemOptions extends LoadOptions {
  /** Front-matter authors; default the incident commander. */
  authors?: string[];
  /** The built-in template, used when the workspace has no templates/postmortem.md.hbs. */
  builtInTemplate: () => Promise<string>;
}

export type NewPostmortemResult =
  | { ok: true; id: string; path: string; text: string; due?: string; template: string }
  | { ok: false; reason: "not-a-workspace" }
  | { ok: false; reason: "unknown-incident"; message: string; hint?: string }
  | { ok: false; reason: "incident-not-loaded"; id: string }
  | { ok: false; reason: "exists"; path: string }
  | { ok: false; reason: "no-author"; id: string }
  | { ok: false; reason: "template-error"; template: string; message: string };

/**
 * `fireline postmortem new <incident>`: the text of a new postmortem.md, pre-filled from
 * incident.yaml through the workspace's template (or the built-in one). Writes nothing; the
 * caller writes the file. Reports an existing postmortem instead of replacing it unless `force`.
 */
export async function newPostmortem(files: FileSource, input: string, options: NewPostmortemOptions & { force?: boolean }): Promise<NewPostmortemResult> {
  const loaded = await loadWorkspace(files, options);
  if (!loaded.ok) return loaded;
  const workspace = loaded.workspace;
  // The same ids as the incident commands: the folder name, its slug, or its unique end.
  const resolved = resolveIncidentId(input, workspace.incidents.map((incident) => incident.id));
  if (!resolved.ok) return { ok: false, reason: "unknown-incident", message: resolved.problem.message, ...(resolved.problem.hint === undefined ? {} : { hint: resolved.problem.hint }) };
  const id = resolved.value;
  const entry = workspace.incidents.find((incident) => incident.id === id);
  if (!entry) return { ok: false, reason: "incident-not-loaded", id };
  const path = `incidents/${id}/postmortem.md`;
  if (entry.postmortem && options.force !== true) return { ok: false, reason: "exists", path };
  const incident = entry.incident?.data;
  if (!incident) return { ok: false, reason: "incident-not-loaded", id };

  const authors = options.authors ?? (incident.roles?.commander === undefined ? [] : [incident.roles.commander]);
  if (authors.length === 0) return { ok: false, reason: "no-author", id };
  const severities = workspace.severity?.data.severities ?? {};
  const severity = Object.hasOwn(severities, incident.severity) ? severities[incident.severity] : undefined;
  const timeZone = workspace.config?.data.organization.time_zone ?? "UTC";

  let due: { date: string; rule: string } | undefined;
  const requirement = postmortemRequirement(incident, requirementPolicy(workspace.severity?.data));
  const rule = requirement.due;
  if (requirement.required && rule !== undefined && incident.resolved_at !== undefined) {
    const { createBusinessCalendar } = await import("../engine/business-days/business-calendar.js");
    const { calendar } = createBusinessCalendar(calendarSettings(workspace.config?.data));
    due = { date: dueAfter(incident.resolved_at, timeZone, parseBusinessDays(rule), calendar).toString(), rule };
  }

  const own = await readWorkspaceTemplate(files);
  const template = own ?? (await options.builtInTemplate());
  const origin = own === undefined ? `built-in ${WORKSPACE_TEMPLATE}` : WORKSPACE_TEMPLATE;
  const view = scaffoldView({
    id,
    incident,
    timeZone,
    authors,
    ...(severity ? { severity } : {}),
    ...(workspace.people ? { people: workspace.people.data } : {}),
    ...(workspace.services ? { services: workspace.services.data } : {}),
    ...(due ? { due } : {}),
  });
  try {
    return { ok: true, id, path, text: renderScaffold(template, view), template: origin, ...(due ? { due: due.date } : {}) };
  } catch (error) {
    return { ok: false, reason: "template-error", template: origin, message: error instanceof Error ? error.message : String(error) };
  }
}

async function readWorkspaceTemplate(files: FileSource): Promise<string | undefined> {
  const read = await files.read(WORKSPACE_TEMPLATE, 1024 * 1024);
  if (!read.ok) return undefined;
  const decoded = decodeText(WORKSPACE_TEMPLATE, read.bytes);
  return decoded.ok ? decoded.text : undefined;
}
