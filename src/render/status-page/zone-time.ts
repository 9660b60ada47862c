import { Temporal } from "temporal-polyfill";

const CACHE_LIMIT = 50_000;

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** A time for a template: `<time datetime="{{iso}}">{{text}}</time>`. */
export interface TimeView {
  iso: string;
  text: string;
}

/**
 * Formats instants in the page's time zone. The wording is built here rather than by Intl, so
 * the output is the same on every machine and Node version.
 */
export class ZoneClock {
  /** Zone conversions are the costliest step of a large build, and the same instant shows on several pages. */
  private readonly cache = new Map<number, Temporal.ZonedDateTime>();

  constructor(readonly timeZone: string) {}

  private zoned(ms: number): Temporal.ZonedDateTime {
    let zoned = this.cache.get(ms);
    if (zoned === undefined) {
      if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
      zoned = Temporal.Instant.fromEpochMilliseconds(ms).toZonedDateTimeISO(this.timeZone);
      this.cache.set(ms, zoned);
    }
    return zoned;
  }

  /** "23 Nov 2026, 08:58 UTC+1" */
  dateTime(ms: number): TimeView {
    const z = this.zoned(ms);
    return { iso: isoUtc(ms), text: `${dateText(z)}, ${timeText(z)} ${offsetText(z.offset)}` };
  }

  /** "23 Nov 2026" */
  date(ms: number): TimeView {
    return { iso: isoUtc(ms), text: dateText(this.zoned(ms)) };
  }

  /** "08:58 UTC+1": for the second half of a range on the same day. */
  time(ms: number): TimeView {
    const z = this.zoned(ms);
    return { iso: isoUtc(ms), text: `${timeText(z)} ${offsetText(z.offset)}` };
  }

  /** Whether two instants fall on the same calendar day here. */
  sameDay(a: number, b: number): boolean {
    return this.zoned(a).toPlainDate().equals(this.zoned(b).toPlainDate());
  }

  /** The month an instant falls in: a sortable key and its name ("2026-11", "November 2026"). */
  month(ms: number): { key: string; label: string } {
    const z = this.zoned(ms);
    return { key: z.toPlainDate().toPlainYearMonth().toString(), label: `${MONTHS[z.month - 1] ?? ""} ${String(z.year)}` };
  }

  /** The months from `from` back to `to` (both "YYYY-MM"), newest first. */
  monthsBetween(newest: string, oldest: string): { key: string; label: string }[] {
    const months: { key: string; label: string }[] = [];
    for (let m = Temporal.PlainYearMonth.from(newest); Temporal.PlainYearMonth.compare(m, Temporal.PlainYearMonth.from(oldest)) >= 0; m = m.subtract({ months: 1 })) {
      months.push({ key: m.toString(), label: `${MONTHS[m.month - 1] ?? ""} ${String(m.year)}` });
    }
    return months;
  }

  /** "UTC+1" at that instant, for "times are shown in …" notes. */
  offset(ms: number): string {
    return offsetText(this.zoned(ms).offset);
  }
}

/**
 * RFC 3339 in UTC without fractional seconds: "2026-11-23T07:58:00Z". A UTC rendering needs no
 * time zone rules, and Date's is many times faster than Temporal's, which matters at 100k incidents.
 */
export function isoUtc(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, "Z");
}

/** "1 h 28 min", "3 d 2 h", "45 min", "less than a minute". Elapsed time, so no calendar is involved. */
export function durationText(ms: number): string {
  const minutes = Math.floor(ms / 60_000);
  if (minutes < 1) return "less than a minute";
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const rest = minutes % 60;
  if (days > 0) return hours > 0 ? `${String(days)} d ${String(hours)} h` : `${String(days)} d`;
  if (hours > 0) return rest > 0 ? `${String(hours)} h ${String(rest)} min` : `${String(hours)} h`;
  return `${String(rest)} min`;
}

function dateText(z: Temporal.ZonedDateTime): string {
  return `${String(z.day)} ${(MONTHS[z.month - 1] ?? "").slice(0, 3)} ${String(z.year)}`;
}

function timeText(z: Temporal.ZonedDateTime): string {
  return `${String(z.hour).padStart(2, "0")}:${String(z.minute).padStart(2, "0")}`;
}

/** "+01:00" -> "UTC+1", "+05:30" -> "UTC+5:30", "+00:00" -> "UTC". */
function offsetText(offset: string): string {
  const match = /^([+-])(\d\d):(\d\d)/.exec(offset);
  if (!match || (match[2] === "00" && match[3] === "00")) return "UTC";
  const hours = String(Number(match[2]));
  return `UTC${match[1] ?? "+"}${hours}${match[3] === "00" ? "" : `:${match[3] ?? ""}`}`;
}

/** "2026-11-23" -> "23 Nov 2026": a calendar date needs no time zone. */
export function calendarDateText(date: string): string {
  const [year, month, day] = date.split("-").map(Number);
  return `${String(day)} ${(MONTHS[(month ?? 1) - 1] ?? "").slice(0, 3)} ${String(year)}`;
}

/** Uptime as shown: rounded down to two decimals, so a day with any downtime never shows 100.00%. */
export function percentText(ratio: number): string {
  return `${(Math.floor(ratio * 10_000 + 1e-9) / 100).toFixed(2)}%`;
}
