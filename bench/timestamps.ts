const MINUTE_MS = 60_000;
export const DAY_MS = 24 * 60 * MINUTE_MS;

/** RFC 3339 in UTC without milliseconds: 2026-03-03T09:12:00Z. */
export function instant(ms: number): string {
  return new Date(ms).toISOString().replace(".000Z", "Z");
}

/** The UTC calendar date: 2026-03-03. */
export function utcDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** Wall-clock HH:MM in UTC, for postmortem timelines. */
export function utcTime(ms: number): string {
  return new Date(ms).toISOString().slice(11, 16);
}

export function addMinutes(ms: number, minutes: number): number {
  return ms + minutes * MINUTE_MS;
}

/**
 * The instant the bench validates against (validate's `now`): shortly after the last resolved
 * incident, so deadline rules see recent open work and nothing long overdue.
 */
export const BENCH_NOW_MS = Date.UTC(2026, 0, 2, 12, 0);
