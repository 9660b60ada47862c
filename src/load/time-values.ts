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

export function isPlainDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  try {
    Temporal.PlainDate.from(text, { overflow: "reject" });
    return true;
  } catch {
    return false;
  }
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
