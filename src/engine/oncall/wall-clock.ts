import { Temporal } from "temporal-polyfill";

/**
 * The instant a local wall-clock time names in a time zone, by fireline's hand-off rule:
 *
 * - a time that occurs once is that instant;
 * - a repeated time (the clocks go back) is its first occurrence;
 * - a time the clocks skip (they go forward) becomes the first valid instant after it: the
 *   moment the clocks jump. 02:30 on a spring-forward day in New York hands off at 03:00 EDT.
 *
 * Temporal's `compatible` disambiguation gives the first occurrence of a repeated time; for a
 * skipped time it moves forward by the length of the gap (02:30 becomes 03:30), so the jump
 * itself is taken from the zone's transition instead.
 */
export function wallClockInstant(local: Temporal.PlainDateTime, timeZone: string): Temporal.ZonedDateTime {
  // Nearly every local time occurs exactly once; only the rare repeated or skipped one pays for the checks.
  try {
    return local.toZonedDateTime(timeZone, { disambiguation: "reject" });
  } catch {
    return ambiguousOrSkipped(local, timeZone);
  }
}

function ambiguousOrSkipped(local: Temporal.PlainDateTime, timeZone: string): Temporal.ZonedDateTime {
  const zoned = local.toZonedDateTime(timeZone, { disambiguation: "compatible" });
  if (zoned.toPlainDateTime().equals(local)) return zoned;
  // `zoned` lies at or after the jump (exactly on it when the time skipped is the first of the gap).
  return zoned.add({ nanoseconds: 1 }).getTimeZoneTransition("previous") ?? zoned;
}

/** {@link wallClockInstant} as epoch milliseconds, the engine's unit for instants. */
export function wallClockMs(local: Temporal.PlainDateTime, timeZone: string): number {
  return wallClockInstant(local, timeZone).epochMilliseconds;
}

/** The zoned date-time of an instant given in epoch milliseconds. */
export function zonedAt(ms: number, timeZone: string): Temporal.ZonedDateTime {
  return Temporal.Instant.fromEpochMilliseconds(ms).toZonedDateTimeISO(timeZone);
}

/** Epoch milliseconds of an RFC 3339 instant. */
export function instantMs(text: string): number {
  return Temporal.Instant.from(text).epochMilliseconds;
}
