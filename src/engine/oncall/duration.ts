import { Temporal } from "temporal-polyfill";

export type DurationUnit = "m" | "h" | "d" | "w";

export interface ParsedDuration {
  count: number;
  unit: DurationUnit;
}

/** Parses a schema-checked duration such as `5m`, `12h`, `1d` or `2w`. */
export function parseDuration(text: string): ParsedDuration {
  const match = /^([1-9][0-9]*)(m|h|d|w)$/.exec(text);
  if (!match) throw new Error(`not a duration: '${text}'`);
  return { count: Number(match[1]), unit: match[2] as DurationUnit };
}

/**
 * The duration on the wall clock: days and weeks stay calendar units, so adding `1d` to a
 * zoned time keeps its local time of day across a DST change.
 */
export function calendarDuration({ count, unit }: ParsedDuration): Temporal.Duration {
  switch (unit) {
    case "m":
      return Temporal.Duration.from({ minutes: count });
    case "h":
      return Temporal.Duration.from({ hours: count });
    case "d":
      return Temporal.Duration.from({ days: count });
    case "w":
      return Temporal.Duration.from({ weeks: count });
  }
}

/** The duration in elapsed time (a day is 24 hours), for delays such as escalate_after. */
export function exactDuration({ count, unit }: ParsedDuration): Temporal.Duration {
  switch (unit) {
    case "m":
      return Temporal.Duration.from({ minutes: count });
    case "h":
      return Temporal.Duration.from({ hours: count });
    case "d":
      return Temporal.Duration.from({ hours: count * 24 });
    case "w":
      return Temporal.Duration.from({ hours: count * 24 * 7 });
  }
}

/** Whole minutes in an exact duration. */
export function minutesOf(duration: Temporal.Duration): number {
  return duration.total({ unit: "minutes" });
}
