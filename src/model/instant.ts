import { Temporal } from "temporal-polyfill";

/** Epoch milliseconds of a schema-checked RFC 3339 instant, for ordering. */
export function epochMs(text: string): number {
  return Temporal.Instant.from(text).epochMilliseconds;
}

/** The calendar date an instant falls on in a time zone (YYYY-MM-DD). */
export function dateIn(text: string, timeZone: string): string {
  return Temporal.Instant.from(text).toZonedDateTimeISO(timeZone).toPlainDate().toString();
}
