import { Temporal } from "temporal-polyfill";

/** One calendar day in the page's time zone, as the instants it starts and ends at. */
export interface CalendarDay {
  /** YYYY-MM-DD */
  date: string;
  start: number;
  end: number;
}

/**
 * The `count` calendar days ending with the day `now` falls on, oldest first. Days follow the
 * time zone's clock, so one is 23 or 25 hours long across a DST change.
 */
export function calendarDaysEnding(now: number, count: number, timeZone: string): CalendarDay[] {
  const today = Temporal.Instant.fromEpochMilliseconds(now).toZonedDateTimeISO(timeZone).toPlainDate();
  return Array.from({ length: count }, (_, i) => {
    const date = today.subtract({ days: count - 1 - i });
    return { date: date.toString(), start: startOfDay(date, timeZone), end: startOfDay(date.add({ days: 1 }), timeZone) };
  });
}

/** The instant a calendar date (YYYY-MM-DD) begins in a time zone. */
export function startOfDate(date: string, timeZone: string): number {
  return startOfDay(Temporal.PlainDate.from(date), timeZone);
}

function startOfDay(date: Temporal.PlainDate, timeZone: string): number {
  return date.toZonedDateTime({ timeZone }).epochMilliseconds;
}
