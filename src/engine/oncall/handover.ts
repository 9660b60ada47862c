import { Temporal } from "temporal-polyfill";
import { rotationSchedule } from "./schedule.js";
import type { CompiledRotation } from "./types.js";
import { whoIsOnCall } from "./who-is-on-call.js";

export interface HandoverIncident {
  id: string;
  title: string;
  severity: string;
  status: string;
  startedAt: number;
  resolvedAt?: number;
  links: readonly { title: string; url: string }[];
}

export interface HandoverIncidentEntry {
  incident: HandoverIncident;
  /** Opened during the outgoing shift. */
  openedDuringShift: boolean;
}

export interface Handover {
  rotation: CompiledRotation;
  at: number;
  /** The person on call at `at`, since when and until when (their back-to-back stretch). */
  outgoing?: { person: string; since: number; until?: number };
  /** Who takes over next, and from when. */
  incoming?: { person: string; from: number; until: number };
  /** Incidents not resolved at `at`. */
  stillOpen: HandoverIncidentEntry[];
  /** Incidents resolved during the outgoing shift, up to `at`. */
  resolved: HandoverIncidentEntry[];
}

const LOOK_BACK_DAYS = 60;

/**
 * What the outgoing on-call hands over at `at`: the current and next person, and the incidents
 * still open or resolved during the current shift (up to `at`), oldest first. `incidents` are the
 * ones that concern the rotation.
 */
export function handover(rotation: CompiledRotation, at: number, incidents: readonly HandoverIncident[]): Handover {
  const answer = whoIsOnCall(rotation, at);
  const result: Handover = { rotation, at, stillOpen: [], resolved: [] };
  let since = at;
  if (answer.current) {
    since = stretchStart(rotation, at, answer.current.person, answer.current.start);
    result.outgoing = { person: answer.current.person, since };
    if (answer.until !== undefined) result.outgoing.until = answer.until;
  }
  if (answer.next) result.incoming = { person: answer.next.person, from: answer.next.start, until: answer.next.end };
  const sorted = [...incidents].sort((a, b) => a.startedAt - b.startedAt || (a.id < b.id ? -1 : 1));
  for (const incident of sorted) {
    if (incident.startedAt > at) continue;
    const openedDuringShift = answer.current !== undefined && incident.startedAt >= since;
    const resolvedAt = incident.resolvedAt;
    if (resolvedAt === undefined || resolvedAt > at) result.stillOpen.push({ incident, openedDuringShift });
    else if (answer.current !== undefined && resolvedAt >= since) result.resolved.push({ incident, openedDuringShift });
  }
  return result;
}

/** Where the person's back-to-back stretch containing `at` began. */
function stretchStart(rotation: CompiledRotation, at: number, person: string, currentStart: number): number {
  const from = Temporal.Instant.fromEpochMilliseconds(at).subtract({ hours: LOOK_BACK_DAYS * 24 }).epochMilliseconds;
  const shifts = rotationSchedule(rotation, from, at + 1);
  let start = currentStart;
  for (let i = shifts.length - 1; i >= 0; i--) {
    const shift = shifts[i];
    if (!shift || shift.start >= start) continue;
    if (shift.end !== start || shift.person !== person) break;
    start = shift.start;
  }
  return start;
}
