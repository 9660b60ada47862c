import Handlebars from "handlebars";
import { Temporal } from "temporal-polyfill";
import type { IncidentFile } from "../schema/incident.js";
import type { PeopleFile } from "../schema/people.js";
import type { ServicesFile } from "../schema/services.js";
import type { Severity } from "../schema/severity-policy.js";

/** What templates/postmortem.md.hbs sees. Everything is formatted here; the template only places it. */
export interface PostmortemScaffoldView {
  id: string;
  title: string;
  /** "Sev2 (Major)". */
  severity: string;
  /** Handles for the front matter's authors. */
  authors: string[];
  /** "2026-03-03, 10:12–11:40 Europe/Berlin". */
  window: string;
  /** "Checkout (partial outage), Payments API (partial outage)". */
  affected: string;
  summary?: string;
  services: { id: string; name: string; impact: string }[];
  /** Started to mitigated (or resolved): "50 minutes". */
  impactDuration?: string;
  roles: { role: string; label: string; handle: string; name: string }[];
  timeZone: string;
  timeline: { when: string; text: string }[];
  due?: { date: string; rule: string };
}

export interface ScaffoldInput {
  id: string;
  incident: IncidentFile;
  severity?: Severity;
  people?: PeopleFile;
  services?: ServicesFile;
  timeZone: string;
  authors: string[];
  due?: { date: string; rule: string };
}

const ROLE_LABELS = { commander: "Incident commander", communications: "Communications lead", operations: "Operations lead", scribe: "Scribe" } as const;
const LIFECYCLE = [
  ["started_at", "Impact begins."],
  ["detected_at", "Detected."],
  ["acknowledged_at", "Acknowledged by the on-call responder."],
  ["mitigated_at", "Customer impact ends (mitigated)."],
  ["resolved_at", "Status: Resolved."],
] as const;

/** The view for a new postmortem, from incident.yaml: summary, impact, roles, and a timeline of lifecycle times and updates. */
export function scaffoldView(input: ScaffoldInput): PostmortemScaffoldView {
  const { incident, timeZone } = input;
  const local = (at: string) => Temporal.Instant.from(at).toZonedDateTimeISO(timeZone);
  const people = input.people?.people ?? {};
  const serviceNames = input.services?.services ?? {};
  const services = Object.entries(incident.services).map(([id, impact]) => ({
    id,
    name: Object.hasOwn(serviceNames, id) ? (serviceNames[id]?.name ?? id) : id,
    impact: impact.replace(/_/g, " "),
  }));
  const roles = Object.entries(ROLE_LABELS).flatMap(([role, label]) => {
    const handle = incident.roles?.[role as keyof typeof ROLE_LABELS];
    if (handle === undefined) return [];
    const name = Object.hasOwn(people, handle) ? (people[handle]?.name ?? handle) : handle;
    return [{ role, label, handle, name }];
  });

  const events: { at: Temporal.ZonedDateTime; order: number; text: string }[] = [];
  LIFECYCLE.forEach(([key, text], order) => {
    const at = incident[key];
    if (at !== undefined) events.push({ at: local(at), order, text });
  });
  incident.updates.forEach((update, i) => {
    const status = capitalise(update.status);
    const message = update.message.replace(/\s+/g, " ").trim();
    // The final "Resolved" update repeats resolved_at's entry; keep one line for it.
    if (update.status === "resolved" && incident.resolved_at !== undefined && sameMinute(update.at, incident.resolved_at)) {
      const resolved = events.find((event) => event.text === "Status: Resolved.");
      if (resolved) resolved.text = `${update.public === true ? "Status page" : "Status"}: Resolved. ${message}`;
      return;
    }
    events.push({ at: local(update.at), order: LIFECYCLE.length + i, text: `${update.public === true ? "Status page" : "Status"}: ${status}. ${message}` });
  });
  events.sort((a, b) => Temporal.ZonedDateTime.compare(a.at, b.at) || a.order - b.order);
  // Times alone while the incident stays on one day; the date too where a new day starts.
  const dateOf = (event: (typeof events)[number]) => event.at.toPlainDate().toString();
  const multiDay = events.some((event) => dateOf(event) !== dateOf(events[0] ?? event));
  let previousDate: string | undefined;
  const timeline = events.map((event) => {
    const date = dateOf(event);
    const time = event.at.toPlainTime().toString().slice(0, 5);
    const when = (previousDate === undefined ? multiDay : date !== previousDate) ? `${date} ${time}` : time;
    previousDate = date;
    return { when, text: event.text };
  });

  const start = local(incident.started_at);
  const end = incident.resolved_at === undefined ? undefined : local(incident.resolved_at);
  const impactEnd = incident.mitigated_at ?? incident.resolved_at;
  const view: PostmortemScaffoldView = {
    id: input.id,
    title: incident.title,
    severity: `${capitalise(incident.severity)}${input.severity ? ` (${input.severity.name})` : ""}`,
    authors: input.authors,
    window: `${start.toPlainDate().toString()}, ${start.toPlainTime().toString().slice(0, 5)}–${
      end === undefined ? "ongoing" : `${end.toPlainDate().equals(start.toPlainDate()) ? "" : `${end.toPlainDate().toString()} `}${end.toPlainTime().toString().slice(0, 5)}`
    } ${timeZone}`,
    affected: services.map((service) => `${service.name} (${service.impact})`).join(", "),
    services,
    roles,
    timeZone,
    timeline,
  };
  if (incident.summary !== undefined && incident.summary.trim() !== "") view.summary = incident.summary.replace(/\s+/g, " ").trim();
  if (impactEnd !== undefined) view.impactDuration = formatDuration(Temporal.Instant.from(incident.started_at).until(Temporal.Instant.from(impactEnd), { largestUnit: "hours" }));
  if (input.due) view.due = input.due;
  return view;
}

/** Renders a postmortem template (Handlebars, no HTML escaping: the output is markdown). */
export function renderScaffold(template: string, view: PostmortemScaffoldView): string {
  const handlebars = Handlebars.create();
  return handlebars.compile(template, { noEscape: true, knownHelpersOnly: true })(view);
}

/** "1 hour 28 minutes", "50 minutes", "26 hours". */
export function formatDuration(duration: Temporal.Duration): string {
  const parts: string[] = [];
  if (duration.hours > 0) parts.push(`${duration.hours} hour${duration.hours === 1 ? "" : "s"}`);
  if (duration.minutes > 0 || parts.length === 0) parts.push(`${duration.minutes} minute${duration.minutes === 1 ? "" : "s"}`);
  return parts.join(" ");
}

function sameMinute(a: string, b: string): boolean {
  return Temporal.Instant.from(a).round({ smallestUnit: "minute", roundingMode: "floor" }).equals(Temporal.Instant.from(b).round({ smallestUnit: "minute", roundingMode: "floor" }));
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
