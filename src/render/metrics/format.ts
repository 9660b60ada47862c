import { Temporal } from "temporal-polyfill";
import type { Period } from "../../engine/metrics/period.js";

const MINUTE = 60_000;

/**
 * A duration for people, rounded to the minute: `45m`, `1h 05m`, `3d 04h 10m` (a day is 24
 * hours). Under a minute shows as `<1m` (never `0m`, which would read as "instant").
 */
export function formatDuration(ms: number): string {
  if (ms > 0 && ms < 30_000) return "<1m";
  const minutes = Math.round(ms / MINUTE);
  if (minutes < 60) return `${String(minutes)}m`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return `${String(hours)}h ${pad2(minutes % 60)}m`;
  return `${String(Math.floor(hours / 24))}d ${pad2(hours % 24)}h ${pad2(minutes % 60)}m`;
}

/** Minutes with at most two decimals, for JSON and CSV. */
export function minutes(ms: number): number {
  return Math.round((ms / MINUTE) * 100) / 100;
}

/** 87.5 → "88%"; whole percent, halves rounded up. */
export function formatPercent(percent: number): string {
  return `${String(Math.round(percent))}%`;
}

/** One decimal at most: 7.666 → "7.7", 7 → "7". */
export function formatNumber(value: number): string {
  return String(Math.round(value * 10) / 10);
}

/** An instant as RFC 3339 UTC to the second: 2026-11-23T12:00:00Z. */
export function isoInstant(ms: number): string {
  return Temporal.Instant.fromEpochMilliseconds(ms).toString({ smallestUnit: "second" });
}

/** An instant as the organisation sees it, 2026-11-23 13:00. */
export function localDateTime(ms: number, timeZone: string): string {
  const local = Temporal.Instant.fromEpochMilliseconds(ms).toZonedDateTimeISO(timeZone).toPlainDateTime();
  return `${local.toPlainDate().toString()} ${local.toPlainTime().toString({ smallestUnit: "minute" })}`;
}

/**
 * The period in the organisation's zone, both ends included as people read them: a bound at
 * midnight shows as a date (the end as the day before it), any other as a date and time.
 * 2025-12-01 to 2026-11-30; 2025-12-01 to 2026-11-23 13:00.
 */
export function describePeriod(period: Period, timeZone: string): { from: string; to: string } {
  const bound = (ms: number, end: boolean) => {
    const zoned = Temporal.Instant.fromEpochMilliseconds(ms).toZonedDateTimeISO(timeZone);
    if (zoned.epochMilliseconds !== zoned.startOfDay().epochMilliseconds) return localDateTime(ms, timeZone);
    return (end ? zoned.toPlainDate().subtract({ days: 1 }) : zoned.toPlainDate()).toString();
  };
  return { from: bound(period.from, false), to: bound(period.to, true) };
}

/** Days with one decimal: 173.1 days. */
export function formatDays(ms: number): string {
  return `${formatNumber(ms / 86_400_000)} days`;
}

export function plural(count: number, word: string, many = `${word}s`): string {
  return `${String(count)} ${count === 1 ? word : many}`;
}

function pad2(n: number): string {
  return String(n).padStart(2, "0");
}
