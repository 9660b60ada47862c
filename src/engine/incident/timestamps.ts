import { Temporal } from "temporal-polyfill";
import type { IncidentFile } from "../../schema/incident.js";
import type { Problem } from "./problem.js";

/** Clocks on laptops and CI runners drift; a time this far ahead of ours is still accepted. */
export const FUTURE_TOLERANCE = Temporal.Duration.from({ minutes: 5 });

/** How instants are written into incident files: whole seconds, UTC. */
export function formatInstant(at: Temporal.Instant): string {
  return at.toString({ smallestUnit: "second" });
}

export function checkNotInFuture(flag: string, at: Temporal.Instant, now: Temporal.Instant): Problem | undefined {
  if (Temporal.Instant.compare(at, now.add(FUTURE_TOLERANCE)) <= 0) return undefined;
  return {
    kind: "usage",
    message: `${flag} ${formatInstant(at)} is in the future (it is now ${formatInstant(now)})`,
    hint: `Times may be at most ${FUTURE_TOLERANCE.minutes} minutes ahead of the clock; leave ${flag} out to use the current time.`,
  };
}

/** Updates are kept oldest first, and none may predate the incident. */
export function checkTimelineOrder(flag: string, at: Temporal.Instant, incident: IncidentFile): Problem | undefined {
  if (Temporal.Instant.compare(at, Temporal.Instant.from(incident.started_at)) < 0) {
    return { kind: "usage", message: `${flag} ${formatInstant(at)} is before the incident started (${incident.started_at})` };
  }
  const latest = incident.updates.at(-1);
  if (latest && Temporal.Instant.compare(at, Temporal.Instant.from(latest.at)) < 0) {
    return {
      kind: "usage",
      message: `${flag} ${formatInstant(at)} is before the latest update (${latest.at}); the timeline is kept oldest first`,
      hint: `Use a time at or after ${latest.at}.`,
    };
  }
  return undefined;
}

/**
 * When an event without an explicit --at happened: now, but never before the latest update, which
 * a parallel fireline process may have written a moment ago (times are kept to the second).
 */
export function eventInstant(requested: Temporal.Instant | undefined, now: Temporal.Instant, incident: IncidentFile): Temporal.Instant {
  if (requested !== undefined) return requested;
  const latest = incident.updates.at(-1);
  if (!latest) return now;
  const latestAt = Temporal.Instant.from(latest.at);
  const ahead = Temporal.Instant.compare(latestAt, now) > 0 && Temporal.Instant.compare(latestAt, now.add(FUTURE_TOLERANCE)) <= 0;
  return ahead ? latestAt : now;
}
