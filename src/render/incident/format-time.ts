import { Temporal } from "temporal-polyfill";

/** "2026-11-23 07:41 UTC": unambiguous for responders in any zone. */
export function formatUtc(instant: string | Temporal.Instant): string {
  const zoned = Temporal.Instant.from(instant.toString()).toZonedDateTimeISO("UTC");
  return `${zoned.toPlainDate().toString()} ${zoned.toPlainTime().toString({ smallestUnit: "minute" })} UTC`;
}

/** "08:41 Europe/Berlin", for the organisation's own clock beside UTC. */
export function formatLocalTime(instant: string | Temporal.Instant, timeZone: string): string {
  const zoned = Temporal.Instant.from(instant.toString()).toZonedDateTimeISO(timeZone);
  return `${zoned.toPlainTime().toString({ smallestUnit: "minute" })} ${timeZone}`;
}

/** "1 h 16 min", "45 min", "2 d 3 h": how long ago or how far ahead, to the minute. */
export function formatSpan(from: Temporal.Instant, to: Temporal.Instant): string {
  const minutes = Math.floor(Math.abs(to.epochMilliseconds - from.epochMilliseconds) / 60_000);
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const rest = minutes % 60;
  const parts = [days > 0 ? `${days} d` : "", hours > 0 ? `${hours} h` : "", rest > 0 || minutes === 0 ? `${rest} min` : ""];
  return parts.filter((part) => part !== "").slice(0, 2).join(" ");
}
