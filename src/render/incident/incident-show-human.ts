import { Temporal } from "temporal-polyfill";
import type { ShownIncident } from "../../commands/incident-show.js";
import type { IncidentUpdate } from "../../schema/incident.js";
import { formatSpan, formatUtc } from "./format-time.js";

const STAMPS = [
  ["started_at", "Started"],
  ["detected_at", "Detected"],
  ["acknowledged_at", "Acknowledged"],
  ["mitigated_at", "Mitigated"],
  ["resolved_at", "Resolved"],
] as const;

/** The incident as a responder reads it: what, how bad, who, when, and the timeline. */
export function renderIncidentShow(shown: ShownIncident, now: Temporal.Instant): string {
  const { incident } = shown;
  const who = (handle: string) => (shown.names[handle] ? `${shown.names[handle]} (${handle})` : handle);
  const lines = [
    shown.id,
    incident.title,
    "",
    field("Severity", `${incident.severity}${shown.severity ? ` (${shown.severity.name})` : ""}`),
    field("Status", `${incident.status}${incident.public ? ", public" : ", internal"}`),
    field("Services", Object.entries(incident.services).map(([id, impact]) => `${shown.serviceNames[id] ?? id}: ${impact.replaceAll("_", " ")}`).join(", ")),
    ...Object.entries(incident.roles ?? {}).flatMap(([role, handle]) => (handle === undefined ? [] : [field(capitalise(role), who(handle))])),
    ...STAMPS.flatMap(([key, label]) => (incident[key] === undefined ? [] : [field(label, formatUtc(incident[key]))])),
  ];
  if (shown.nextUpdate) {
    const late = Temporal.Instant.compare(now, shown.nextUpdate.due) > 0;
    const when = `${formatUtc(shown.nextUpdate.due)} (every ${shown.nextUpdate.cadence}; ${late ? `overdue by ${formatSpan(shown.nextUpdate.due, now)}` : `in ${formatSpan(now, shown.nextUpdate.due)}`})`;
    lines.push(field(shown.nextUpdate.publicOnly ? "Next public update" : "Next update", when));
  }
  lines.push("", `Timeline (${incident.updates.length} ${incident.updates.length === 1 ? "update" : "updates"})`);
  for (const update of incident.updates) lines.push(...timelineLines(update, who));
  const links = incident.links ?? [];
  if (links.length > 0) lines.push("", "Links", ...links.map((link) => `  ${link.title}: ${link.url}`));
  return `${lines.join("\n")}\n`;
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

function field(label: string, value: string): string {
  return `${`${label}:`.padEnd(20)}${value}`;
}

function timelineLines(update: IncidentUpdate, who: (handle: string) => string): string[] {
  const tags = [update.status, update.public === true ? "public" : "internal", ...(update.author === undefined ? [] : [who(update.author)])];
  const components = Object.entries(update.components ?? {}).map(([id, status]) => `${id}=${status}`);
  return [`  ${formatUtc(update.at)}  ${tags.join(" · ")}`, ...wrap(update.message, 84).map((line) => `      ${line}`), ...(components.length > 0 ? [`      components: ${components.join(", ")}`] : [])];
}

function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split("\n")) {
    let line = "";
    for (const word of paragraph.split(" ")) {
      if (line !== "" && line.length + word.length + 1 > width) {
        lines.push(line);
        line = word;
      } else line = line === "" ? word : `${line} ${word}`;
    }
    lines.push(line);
  }
  return lines;
}
