import { Temporal } from "temporal-polyfill";
import type { ComponentStatus, Role } from "../../schema/common.js";
import { ROLES } from "../../schema/common.js";
import type { IncidentFile } from "../../schema/incident.js";
import type { WorkspaceFacts } from "./facts.js";
import { newIncidentId } from "./incident-id.js";
import { planned, usage, type Planned, type Problem } from "./problem.js";
import { unknownName } from "./references.js";
import { renderBlock } from "./render-yaml.js";
import { timelineEntry } from "./timeline-entry.js";
import { checkNotInFuture, formatInstant } from "./timestamps.js";

export interface DeclareRequest {
  title: string;
  severity: string;
  /** Affected services in the order given; impact defaults from the severity. */
  services: readonly { id: string; impact?: ComponentStatus }[];
  roles: Partial<Record<Role, string>>;
  public: boolean;
  /** When the incident is declared: detected_at, and the first update. */
  at: Temporal.Instant;
  /** When impact began, if earlier than the declaration. */
  startedAt?: Temporal.Instant;
  summary?: string;
  /** The first update; default: We are investigating "<title>". */
  message?: string;
  /** A person declaring it is responding to it; an alert is not. */
  acknowledged: boolean;
  /** The Alertmanager group the incident comes from. */
  alertGroup?: string;
  /** The triage answers the severity was chosen with, recorded as the incident's triage:. */
  triage?: Readonly<Record<string, string>>;
}

/** Who is on call for the first of these services that has someone, per its escalation policy. */
export type OnCallLookup = (services: readonly string[], at: Temporal.Instant) => { person: string; via: string } | undefined;

export interface DeclareContext {
  facts: WorkspaceFacts;
  /** Incident ids already in use. */
  taken: ReadonlySet<string>;
  onCall: OnCallLookup;
  /** First line(s) of the new file, e.g. the `# yaml-language-server: $schema=...` comment its siblings use. */
  header?: string;
}

export interface DeclaredIncident {
  id: string;
  path: string;
  text: string;
  incident: IncidentFile;
  /** Set when the commander was not named and came from the on-call schedule. */
  commanderFromOnCall?: string;
}

/** What `fireline incident declare` writes: a new incidents/<date>-<slug>/incident.yaml. */
export function planDeclare(context: DeclareContext, request: DeclareRequest): Planned<DeclaredIncident> {
  const { facts } = context;
  const startedAt = request.startedAt ?? request.at;
  const problem = checkRequest(facts, request, startedAt);
  if (problem) return { ok: false, problem };

  const roles = { ...request.roles };
  let commanderFromOnCall: string | undefined;
  if (roles.commander === undefined) {
    const onCall = context.onCall(request.services.map((service) => service.id), request.at);
    if (onCall) {
      roles.commander = onCall.person;
      commanderFromOnCall = onCall.via;
    }
  }
  const missing = missingRoles(facts, request.severity, roles);
  if (missing) return { ok: false, problem: missing };

  const incident = incidentData(facts, request, roles, startedAt);
  const id = newIncidentId(startedAt, facts.timeZone, request.title, context.taken);
  const text = `${context.header ? `${context.header}\n` : ""}${renderBlock(incident, 0)}`;
  const declared: DeclaredIncident = { id, path: `incidents/${id}/incident.yaml`, text, incident };
  if (commanderFromOnCall !== undefined) declared.commanderFromOnCall = commanderFromOnCall;
  return planned(declared);
}

function checkRequest(facts: WorkspaceFacts, request: DeclareRequest, startedAt: Temporal.Instant): Problem | undefined {
  if (request.title.trim() === "") return usage("--title must not be empty").problem;
  if (request.title.length > 200) return usage(`--title is ${request.title.length} characters; at most 200 fit on the status page`).problem;
  const severity = unknownName("severity", request.severity, facts.index.severities, "policies/severity.yaml");
  if (severity) return { ...severity, message: `--severity: ${severity.message}` };
  if (request.services.length === 0) return usage("name at least one affected service with --service").problem;
  for (const { id } of request.services) {
    const unknown = unknownName("service", id, facts.index.services, "services.yaml");
    if (unknown) return { ...unknown, message: `--service: ${unknown.message}` };
  }
  for (const [role, person] of Object.entries(request.roles)) {
    const unknown = unknownName("person", person, facts.index.people, "people.yaml");
    if (unknown) return { ...unknown, message: `--${role}: ${unknown.message}` };
  }
  if (Temporal.Instant.compare(startedAt, request.at) > 0) {
    return usage(`--started-at ${formatInstant(startedAt)} is after the incident was declared (${formatInstant(request.at)})`).problem;
  }
  return checkNotInFuture("--at", request.at, facts.now);
}

function missingRoles(facts: WorkspaceFacts, severity: string, roles: Partial<Record<Role, string>>): Problem | undefined {
  const required = facts.severities?.[severity]?.required_roles ?? [];
  const missing = required.find((role) => roles[role] === undefined);
  if (missing === undefined) return undefined;
  if (missing === "commander") {
    return {
      kind: "usage",
      message: `${severity} needs an incident commander and nobody is on call for the affected services`,
      hint: "Name one with --commander <handle>.",
    };
  }
  return { kind: "usage", message: `${severity} needs a ${missing} role`, hint: `Name one with --${missing} <handle>.` };
}

function incidentData(facts: WorkspaceFacts, request: DeclareRequest, roles: Partial<Record<Role, string>>, startedAt: Temporal.Instant): IncidentFile {
  const at = formatInstant(request.at);
  const impact = defaultImpact(facts, request.severity);
  const services = Object.fromEntries(request.services.map((service) => [service.id, service.impact ?? impact]));
  const orderedRoles = Object.fromEntries(ROLES.flatMap((role) => (roles[role] === undefined ? [] : [[role, roles[role]]])));
  const message = request.message?.trim() || `We are investigating "${request.title.trim()}".`;
  return {
    title: request.title.trim(),
    ...(request.summary?.trim() ? { summary: request.summary.trim() } : {}),
    severity: request.severity,
    status: "investigating",
    public: request.public,
    services,
    ...(Object.keys(orderedRoles).length > 0 ? { roles: orderedRoles } : {}),
    ...(request.triage === undefined || Object.keys(request.triage).length === 0 ? {} : { triage: { ...request.triage } }),
    ...(request.alertGroup === undefined ? {} : { alert_group: request.alertGroup }),
    started_at: formatInstant(startedAt),
    detected_at: at,
    ...(request.acknowledged ? { acknowledged_at: at } : {}),
    updates: [timelineEntry({ at, status: "investigating", public: request.public, author: roles.commander, message })],
  };
}

/** The most severe level means a major outage, the next a partial one, anything lower degraded performance. */
function defaultImpact(facts: WorkspaceFacts, severity: string): ComponentStatus {
  const rank = Object.keys(facts.severities ?? {}).indexOf(severity);
  return rank === 0 ? "major_outage" : rank === 1 ? "partial_outage" : "degraded_performance";
}
