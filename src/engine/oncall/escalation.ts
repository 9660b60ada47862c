import { Temporal } from "temporal-polyfill";
import type { EscalationPolicyFile } from "../../schema/escalation-policy.js";
import { exactDuration, minutesOf, parseDuration } from "./duration.js";

type PolicyFile = EscalationPolicyFile["escalation_policies"][string];

/** Someone notified at one step of the chain. */
export type PagedTarget =
  | { kind: "person"; person: string }
  /** `person` is whoever was on call in the rotation then; absent when nobody was (or the rotation is unknown). */
  | { kind: "schedule"; schedule: string; person?: string; known: boolean };

export interface Page {
  /** Minutes after the alert. */
  minute: number;
  /** 1 for the first run through the levels, 2 for the first repeat, ... */
  cycle: number;
  /** 1-based level number. */
  level: number;
  /** The instant of this page, epoch milliseconds. */
  at: number;
  targets: PagedTarget[];
}

export interface EscalationTimeline {
  pages: Page[];
  /** Minute at which the chain gives up if nobody has acknowledged. */
  endMinute: number;
  cycles: number;
}

/**
 * Who is paged at which minute if nobody acknowledges an alert raised at `start`: each level
 * waits its `escalate_after` before the next one is paged; after the last level the chain
 * starts again, `repeat` more times. Schedules are resolved at the instant of each page, so a
 * hand-off during the escalation pages the new person.
 *
 * `onCall(schedule, at)` returns the person on call, `undefined` for nobody, or `null` for a
 * rotation that does not exist.
 */
export function escalationTimeline(
  policy: PolicyFile,
  start: Temporal.Instant,
  onCall: (schedule: string, at: number) => string | undefined | null,
): EscalationTimeline {
  const cycles = (policy.repeat ?? 0) + 1;
  const pages: Page[] = [];
  let elapsed = Temporal.Duration.from({ minutes: 0 });
  for (let cycle = 1; cycle <= cycles; cycle++) {
    policy.levels.forEach((level, l) => {
      const at = start.add(elapsed).epochMilliseconds;
      const targets = level.notify.map((target): PagedTarget => {
        if (target.schedule === undefined) return { kind: "person", person: target.person ?? "" };
        const person = onCall(target.schedule, at);
        const paged: PagedTarget = { kind: "schedule", schedule: target.schedule, known: person !== null };
        if (typeof person === "string") paged.person = person;
        return paged;
      });
      pages.push({ minute: minutesOf(elapsed), cycle, level: l + 1, at, targets });
      elapsed = elapsed.add(exactDuration(parseDuration(level.escalate_after)));
    });
  }
  return { pages, endMinute: minutesOf(elapsed), cycles };
}
