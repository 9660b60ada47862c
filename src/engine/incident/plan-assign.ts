import type { Temporal } from "temporal-polyfill";
import type { Role } from "../../schema/common.js";
import type { EditOperation } from "./edit-operations.js";
import { personLabel, type IncidentFacts } from "./facts.js";
import { INCIDENT_KEY_ORDER, ROLE_ORDER } from "./key-order.js";
import { planned, type Planned } from "./problem.js";
import { unknownName } from "./references.js";
import { timelineEntry } from "./timeline-entry.js";
import { checkNotInFuture, checkTimelineOrder, eventInstant, formatInstant } from "./timestamps.js";

export interface AssignRequest {
  role: Role;
  person: string;
  /** When command changed hands; defaults to now. */
  at?: Temporal.Instant;
  /** Context for the timeline, e.g. why command changes hands. */
  note?: string;
}

const ROLE_NAMES: Record<Role, string> = {
  commander: "incident commander",
  communications: "communications lead",
  operations: "operations lead",
  scribe: "scribe",
};

/**
 * What `fireline incident assign` changes: the role, and a timeline entry saying who handed over
 * to whom, so the hand-over of command is part of the record (seed 002: "hands over the
 * ownership when needed if their shifts end"). Assigning the current holder changes nothing.
 */
export function planAssign(facts: IncidentFacts, request: AssignRequest): Planned<EditOperation[]> {
  const unknown = unknownName("person", request.person, facts.index.people, "people.yaml");
  if (unknown) return { ok: false, problem: { ...unknown, message: `--person: ${unknown.message}` } };
  const at = eventInstant(request.at, facts.now, facts.incident);
  const problem = checkNotInFuture("--at", at, facts.now) ?? checkTimelineOrder("--at", at, facts.incident);
  if (problem) return { ok: false, problem };
  const previous = facts.incident.roles?.[request.role];
  if (previous === request.person) return planned([]);

  const setRole: EditOperation = facts.incident.roles
    ? { op: "set", path: ["roles", request.role], value: request.person, order: ROLE_ORDER }
    : { op: "set", path: ["roles"], value: { [request.role]: request.person }, order: INCIDENT_KEY_ORDER };
  const entry = timelineEntry({
    at: formatInstant(at),
    status: facts.incident.status,
    public: false,
    author: request.person,
    message: handOverMessage(facts, request, previous),
  });
  return planned([setRole, { op: "append", path: ["updates"], value: entry }]);
}

function handOverMessage(facts: IncidentFacts, request: AssignRequest, previous: string | undefined): string {
  const role = ROLE_NAMES[request.role];
  const next = personLabel(facts, request.person);
  const sentence =
    request.role === "commander"
      ? previous === undefined
        ? `${next} takes command.`
        : `Hand-over of command: ${personLabel(facts, previous)} hands over to ${next}.`
      : previous === undefined
        ? `${next} is now the ${role}.`
        : `${next} is now the ${role}, taking over from ${personLabel(facts, previous)}.`;
  const note = request.note?.trim();
  return note ? `${sentence} ${note}` : sentence;
}
