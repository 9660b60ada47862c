import { Temporal } from "temporal-polyfill";

const DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"] as const;

/** "Sat 2026-12-05 08:00 +01:00": a local time as people read it, with the offset so it is unambiguous. */
export function formatLocal(ms: number, timeZone: string): string {
  const zoned = Temporal.Instant.fromEpochMilliseconds(ms).toZonedDateTimeISO(timeZone);
  return `${DAYS[zoned.dayOfWeek - 1] ?? ""} ${zoned.toPlainDate().toString()} ${zoned.toPlainTime().toString({ smallestUnit: "minute" })} ${zoned.offset}`;
}

/** RFC 3339 with the zone's offset at that instant: 2026-03-08T03:00:00-04:00. */
export function formatOffset(ms: number, timeZone: string): string {
  return Temporal.Instant.fromEpochMilliseconds(ms).toZonedDateTimeISO(timeZone).toString({ timeZoneName: "never" });
}

/** RFC 3339 in UTC: 2026-03-08T07:00:00Z. */
export function formatUtc(ms: number): string {
  return Temporal.Instant.fromEpochMilliseconds(ms).toString();
}

/** "7d 2h", "23h", "45m": a length of time for tables. */
export function formatLength(ms: number): string {
  const minutes = Math.round(ms / 60_000);
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const rest = minutes % 60;
  const parts = [days > 0 ? `${days}d` : "", hours > 0 ? `${hours}h` : "", rest > 0 ? `${rest}m` : ""].filter(Boolean);
  return parts.length > 0 ? parts.join(" ") : "0m";
}
