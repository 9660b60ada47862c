import type { Temporal } from "temporal-polyfill";
import type { TemplateText } from "../adapters/template-files.js";
import { cadenceSeverity, nextUpdateDue } from "../engine/incident/cadence.js";
import { resolveIncidentId } from "../engine/incident/find-incident.js";
import type { Problem } from "../engine/incident/problem.js";
import type { FileSource } from "../ports.js";
import { COMMS_FORMATS, commsTemplateName, defaultKind, type CommsFormat, type CommsKind } from "../render/comms/comms-kinds.js";
import { commsView, type CommsFacts } from "../render/comms/comms-view.js";
import { renderComms } from "../render/comms/render-comms.js";
import { incidentPath, listIncidentIds, loadIncidentContext } from "./incident-context.js";

export type ReadTemplate = (name: string) => Promise<TemplateText>;

export interface CommsMessage {
  ok: true;
  id: string;
  kind: CommsKind;
  /** The message in every format: markdown, slack and text. */
  texts: Record<CommsFormat, string>;
  /** When the next update is due (open incidents with a cadence). */
  nextUpdateDue?: string;
  /** Whether it is already overdue at `now`. */
  overdue: boolean;
}

export type CommsResult = CommsMessage | { ok: false; problem: Problem };

/** `fireline comms`: the incident's announcement, update or resolution, rendered from the templates. */
export async function incidentComms(
  files: FileSource,
  readTemplate: ReadTemplate,
  options: { id: string; kind?: CommsKind; now: Temporal.Instant },
): Promise<CommsResult> {
  const resolved = resolveIncidentId(options.id, await listIncidentIds(files));
  if (!resolved.ok) return resolved;
  const id = resolved.value;
  const loaded = await loadIncidentContext(files, options.now, new Set([id]));
  if (!loaded.ok) return loaded;
  const { workspace, diagnostics } = loaded.context;
  const incident = workspace.incidents.find((entry) => entry.id === id)?.incident?.data;
  if (!incident) {
    const path = incidentPath(id);
    return { ok: false, problem: { kind: "refused", message: `${path} has errors`, diagnostics: diagnostics.filter((d) => d.file === path && d.severity === "error") } };
  }
  const severity = workspace.severity?.data.severities[incident.severity];
  const due = nextUpdateDue(incident, cadenceSeverity(incident, workspace.severity?.data.severities).severity);
  const facts: CommsFacts = {
    id,
    incident,
    people: workspace.people?.data.people ?? {},
    services: workspace.services?.data.services ?? {},
    timeZone: workspace.config?.data.organization.time_zone ?? "UTC",
  };
  if (severity) facts.severity = severity;
  if (due) facts.nextUpdate = due;
  const statusPageUrl = workspace.config?.data.status_page?.url;
  if (statusPageUrl !== undefined) facts.statusPageUrl = statusPageUrl.endsWith("/") ? statusPageUrl : `${statusPageUrl}/`;

  const kind = options.kind ?? defaultKind(incident.status, incident.updates.length);
  const texts = {} as Record<CommsFormat, string>;
  for (const format of COMMS_FORMATS) {
    const rendered = renderComms(await readTemplate(commsTemplateName(kind, format)), commsView(facts, format));
    if (!rendered.ok) return { ok: false, problem: { kind: "usage", message: `the template ${rendered.message}` } };
    texts[format] = rendered.text;
  }
  const message: CommsMessage = { ok: true, id, kind, texts, overdue: due !== undefined && due.due.epochMilliseconds < options.now.epochMilliseconds };
  if (due) message.nextUpdateDue = due.due.toString({ smallestUnit: "second" });
  return message;
}
