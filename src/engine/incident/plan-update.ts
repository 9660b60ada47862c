import type { Temporal } from "temporal-polyfill";
import { COMPONENT_STATUSES, type ComponentStatus, type IncidentStatus } from "../../schema/common.js";
import type { IncidentUpdate } from "../../schema/incident.js";
import type { EditOperation } from "./edit-operations.js";
import type { IncidentFacts } from "./facts.js";
import { lifecycleStamps } from "./lifecycle.js";
import { timelineEntry } from "./timeline-entry.js";
import { planned, usage, type Planned, type Problem } from "./problem.js";
import { unknownName } from "./references.js";
import { checkNotInFuture, checkTimelineOrder, eventInstant, formatInstant } from "./timestamps.js";

export interface UpdateRequest {
  /** Defaults to the incident's current status. */
  status?: IncidentStatus;
  /** Required, except with a severity change, whose entry then says "Severity changed from sev2 to sev1". */
  message?: string;
  /** Shown on the status page. */
  public: boolean;
  /** The component statuses this update reports: `--component payments-api=degraded_performance`. */
  components: Readonly<Record<string, ComponentStatus>>;
  /** Defaults to who speaks for the incident: the communications lead for a public update, else the commander; null for none (an alert). */
  author?: string | null;
  /** When it was said; defaults to now. */
  at?: Temporal.Instant;
  /** Allows leaving `resolved`. */
  reopen: boolean;
  /** Re-classifies the incident: severity: changes and the update records the change (seed 004: the IC re-classifies). */
  severity?: string;
}

/** What `fireline incident update` changes: status and lifecycle timestamps, worst impact per service, and one timeline entry. */
export function planUpdate(facts: IncidentFacts, request: UpdateRequest): Planned<EditOperation[]> {
  const { incident } = facts;
  const status = request.status ?? incident.status;
  const when = eventInstant(request.at, facts.now, incident);
  const problem = checkRequest(facts, request, status, when);
  if (problem) return { ok: false, problem };

  const at = formatInstant(when);
  const operations: EditOperation[] = [];
  if (status !== incident.status) operations.push({ op: "set", path: ["status"], value: status });
  // A reopened incident is not resolved any more; the earlier resolution stays in the timeline.
  if (incident.status === "resolved" && status !== "resolved") operations.push({ op: "delete", path: ["resolved_at"] });
  operations.push(...lifecycleStamps(incident, status, at));
  operations.push(...worstImpact(facts, request.components));
  const change = severityChange(facts, request);
  if (change) operations.push({ op: "set", path: ["severity"], value: change.to });
  operations.push({ op: "append", path: ["updates"], value: updateEntry(facts, request, status, at, change) });
  return planned(operations);
}

function checkRequest(facts: IncidentFacts, request: UpdateRequest, status: IncidentStatus, at: Temporal.Instant): Problem | undefined {
  const { incident } = facts;
  if (incident.status === "resolved" && status !== "resolved" && !request.reopen) {
    return {
      kind: "usage",
      message: `${facts.id} is resolved; moving it back to ${status} reopens it`,
      hint: "Pass --reopen to reopen the incident (resolved_at is removed; the timeline keeps the resolution).",
    };
  }
  if (request.message === undefined) {
    if (severityChange(facts, request) === undefined) return usage("--message is required", "Say what changed; only a change of --severity has a message of its own.").problem;
  } else if (request.message.trim() === "") return usage("--message must not be empty").problem;
  if (request.severity !== undefined) {
    const unknown = unknownName("severity", request.severity, facts.index.severities, "policies/severity.yaml");
    if (unknown) return { ...unknown, message: `--severity: ${unknown.message}` };
    if (status === "resolved" && request.severity !== incident.severity) {
      return { kind: "usage", message: `${facts.id} is resolved; its severity can change only while it is open`, hint: "Re-classify before resolving, or reopen it with --reopen and a new --status." };
    }
  }
  for (const service of Object.keys(request.components)) {
    const unknown = unknownName("service", service, facts.index.services, "services.yaml");
    if (unknown) return { ...unknown, message: `--component: ${unknown.message}` };
  }
  if (typeof request.author === "string") {
    const unknown = unknownName("person", request.author, facts.index.people, "people.yaml");
    if (unknown) return { ...unknown, message: `--author: ${unknown.message}` };
  }
  return checkNotInFuture("--at", at, facts.now) ?? checkTimelineOrder("--at", at, incident);
}

/** services: holds the worst impact each service had; an update can only raise it, or add a service. */
function worstImpact(facts: IncidentFacts, components: Readonly<Record<string, ComponentStatus>>): EditOperation[] {
  const operations: EditOperation[] = [];
  for (const [service, status] of Object.entries(components)) {
    const current = facts.incident.services[service];
    const worse = current === undefined ? status !== "operational" : COMPONENT_STATUSES.indexOf(status) > COMPONENT_STATUSES.indexOf(current);
    if (worse) operations.push({ op: "set", path: ["services", service], value: status });
  }
  return operations;
}

/** The change --severity makes; none when it names the current severity. */
function severityChange(facts: IncidentFacts, request: UpdateRequest): { from: string; to: string } | undefined {
  const to = request.severity;
  return to === undefined || to === facts.incident.severity ? undefined : { from: facts.incident.severity, to };
}

function updateEntry(facts: IncidentFacts, request: UpdateRequest, status: IncidentStatus, at: string, change: { from: string; to: string } | undefined): IncidentUpdate {
  return timelineEntry({
    at,
    status,
    public: request.public,
    author: request.author === null ? undefined : (request.author ?? defaultAuthor(facts, request.public)),
    message: entryMessage(request, change),
    components: request.components,
    ...(change === undefined ? {} : { severityChange: change }),
  });
}

/** The message as given; without one (allowed only for a severity change), the change in words. */
function entryMessage(request: UpdateRequest, change: { from: string; to: string } | undefined): string {
  if (request.message !== undefined) return request.message.trim();
  return change === undefined ? "" : `Severity changed from ${change.from} to ${change.to}`;
}

/** The communications lead speaks to customers (seeds 000-002); everything else is the commander's. */
export function defaultAuthor(facts: IncidentFacts, isPublic: boolean): string | undefined {
  const roles = facts.incident.roles ?? {};
  return (isPublic ? roles.communications : undefined) ?? roles.commander;
}
