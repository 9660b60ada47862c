import { Temporal } from "temporal-polyfill";
import type { BusinessCalendar } from "./business-calendar.js";

/** "5 business days" (the schema's BUSINESS_DAYS_PATTERN) → 5. */
export function parseBusinessDays(text: string): number {
  const match = /^([1-9][0-9]*) business days?$/.exec(text.trim());
  if (!match) throw new RangeError(`not a number of business days: '${text}'`);
  return Number(match[1]);
}

/** An instant: a Temporal.Instant, RFC 3339 text, or epoch milliseconds. */
export type InstantLike = Temporal.Instant | string | number;

/** The calendar date an instant falls on in a time zone. */
export function dateInZone(instant: InstantLike, timeZone: string): Temporal.PlainDate {
  const at = typeof instant === "number" ? Temporal.Instant.fromEpochMilliseconds(instant) : Temporal.Instant.from(instant);
  return at.toZonedDateTimeISO(timeZone).toPlainDate();
}

/**
 * When a postmortem is due: the n-th business day after the day the incident was resolved, that
 * day taken in the organisation's time zone (resolved at 23:30 UTC on a Friday is Saturday in
 * Berlin, so the count starts on Monday either way).
 */
export function dueAfter(resolvedAt: InstantLike, timeZone: string, businessDays: number, calendar: BusinessCalendar): Temporal.PlainDate {
  return calendar.addBusinessDays(dateInZone(resolvedAt, timeZone), businessDays);
}

export type DeadlineState =
  | { state: "due"; due: string; businessDaysLeft: number }
  | { state: "overdue"; due: string; businessDaysLate: number };

/**
 * Where `today` stands against a due date: due (up to and including the due date itself, with the
 * business days left after today) or overdue (the day after it, with the business days since).
 */
export function deadlineState(due: Temporal.PlainDate, today: Temporal.PlainDate, calendar: BusinessCalendar): DeadlineState {
  if (Temporal.PlainDate.compare(today, due) <= 0) {
    return { state: "due", due: due.toString(), businessDaysLeft: calendar.businessDaysBetween(today, due) };
  }
  return { state: "overdue", due: due.toString(), businessDaysLate: calendar.businessDaysBetween(due, today) };
}
