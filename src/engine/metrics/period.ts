import { Temporal } from "temporal-polyfill";

/** A half-open window [from, to) of epoch milliseconds. An incident belongs to it when it started inside it. */
export interface Period {
  from: number;
  to: number;
}

/** A calendar month or quarter of the organisation's time zone, as a window of instants. */
export interface Bucket {
  /** "2026-03" for a month, "2026-Q1" for a quarter: sorts in time order. */
  key: string;
  /** "Mar 2026", "Q1 2026". */
  label: string;
  start: number;
  end: number;
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"] as const;

/** The instant a calendar date begins in a zone (midnight, or the first instant after a DST gap at midnight). */
export function startOfDay(date: Temporal.PlainDate, timeZone: string): number {
  return date.toZonedDateTime({ timeZone }).epochMilliseconds;
}

/** The calendar date an instant falls on in a zone. */
export function dateAt(ms: number, timeZone: string): Temporal.PlainDate {
  return Temporal.Instant.fromEpochMilliseconds(ms).toZonedDateTimeISO(timeZone).toPlainDate();
}

/**
 * The default period: the current calendar month and the eleven before it, in the organisation's
 * zone, up to `now`.
 */
export function defaultPeriod(now: number, timeZone: string): Period {
  const first = dateAt(now, timeZone).with({ day: 1 }).subtract({ months: 11 });
  return { from: startOfDay(first, timeZone), to: now };
}

/** Every calendar month that overlaps the period, in order, including months without incidents. */
export function monthBuckets(period: Period, timeZone: string): Bucket[] {
  return buckets(period, timeZone, 1, (date) => ({
    key: `${pad(date.year, 4)}-${pad(date.month, 2)}`,
    label: `${MONTHS[date.month - 1] ?? ""} ${String(date.year)}`,
  }));
}

/** Every calendar quarter (Jan–Mar, Apr–Jun, ...) that overlaps the period, in order. */
export function quarterBuckets(period: Period, timeZone: string): Bucket[] {
  return buckets(period, timeZone, 3, (date) => {
    const quarter = Math.ceil(date.month / 3);
    return { key: `${pad(date.year, 4)}-Q${String(quarter)}`, label: `Q${String(quarter)} ${String(date.year)}` };
  });
}

function buckets(period: Period, timeZone: string, months: 1 | 3, name: (first: Temporal.PlainDate) => { key: string; label: string }): Bucket[] {
  if (period.to <= period.from) return [];
  const start = dateAt(period.from, timeZone);
  let first = start.with({ day: 1, month: start.month - ((start.month - 1) % months) });
  const found: Bucket[] = [];
  let begins = startOfDay(first, timeZone);
  while (begins < period.to) {
    const next = first.add({ months });
    const ends = startOfDay(next, timeZone);
    found.push({ ...name(first), start: begins, end: ends });
    first = next;
    begins = ends;
  }
  return found;
}

/** Index of the bucket holding `at` (buckets sorted and touching), or -1 when none does. */
export function bucketIndex(buckets: readonly Bucket[], at: number): number {
  let low = 0;
  let high = buckets.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const bucket = buckets[mid];
    if (!bucket) break;
    if (at < bucket.start) high = mid - 1;
    else if (at >= bucket.end) low = mid + 1;
    else return mid;
  }
  return -1;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, "0");
}
