import { Temporal } from "temporal-polyfill";

/**
 * The ECMAScript date-time string format with seconds and at most milliseconds, which Date.parse
 * reads natively and exactly. Date.parse is about fifty times cheaper than Temporal.Instant.from,
 * and the rules read every timestamp of every incident. Anything else (more fraction digits, a
 * lower-case t or z, a space) goes through Temporal.
 */
const NATIVE_FORMAT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?(?:Z|[+-]\d{2}:\d{2})$/;

/**
 * Epoch milliseconds of a schema-checked RFC 3339 instant, for ordering. Only for checked text:
 * Date.parse also accepts impossible dates (February 30) that the schema has already refused.
 */
export function epochMs(text: string): number {
  if (NATIVE_FORMAT.test(text)) {
    const ms = Date.parse(text);
    if (!Number.isNaN(ms)) return ms;
  }
  return Temporal.Instant.from(text).epochMilliseconds;
}

/** The calendar date an instant falls on in a time zone (YYYY-MM-DD). */
export function dateIn(text: string, timeZone: string): string {
  return localDateTime(text, timeZone).date;
}

/** The calendar date (YYYY-MM-DD) and wall-clock minute (HH:MM) of an instant in a time zone. */
export function localDateTime(text: string, timeZone: string): { date: string; time: string } {
  const ms = epochMs(text);
  if (timeZone === "UTC" && ms >= 0 && ms < LAST_FOUR_DIGIT_YEAR_MS) {
    // toISOString is Date's own UTC rendering; within years 1970–9999 it is exactly YYYY-MM-DDTHH:MM.
    const iso = new Date(ms).toISOString();
    return { date: iso.slice(0, 10), time: iso.slice(11, 16) };
  }
  const local = Temporal.Instant.fromEpochMilliseconds(ms).toZonedDateTimeISO(timeZone);
  return { date: local.toPlainDate().toString(), time: local.toPlainTime().toString().slice(0, 5) };
}

const LAST_FOUR_DIGIT_YEAR_MS = Date.UTC(10000, 0, 1);
