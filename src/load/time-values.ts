import { Temporal } from "temporal-polyfill";

/** True when the text names one instant unambiguously (it carries Z or an offset). */
export function isInstant(text: string): boolean {
  try {
    Temporal.Instant.from(text);
    return true;
  } catch {
    return false;
  }
}

/** A date-time that would be valid if it had an offset: the usual "forgot the Z" mistake. */
export function isLocalDateTime(text: string): boolean {
  try {
    Temporal.PlainDateTime.from(text);
    return /\d{2}:\d{2}/.test(text);
  } catch {
    return false;
  }
}

/**
 * A real calendar date written YYYY-MM-DD. Date reads that form natively as UTC midnight and rolls
 * an impossible day over (February 30 becomes March 2), so a date is real exactly when it comes
 * back unchanged; Temporal, which says the same, costs about ten times more, and every incident
 * folder name is checked.
 */
export function isPlainDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const ms = Date.parse(text);
  return !Number.isNaN(ms) && new Date(ms).toISOString().slice(0, 10) === text;
}

let zoneNames: string[] | undefined;

export function isTimeZone(text: string): boolean {
  try {
    Temporal.Now.instant().toZonedDateTimeISO(text);
    return true;
  } catch {
    return false;
  }
}

export function knownTimeZones(): string[] {
  zoneNames ??= Intl.supportedValuesOf("timeZone");
  return zoneNames;
}
