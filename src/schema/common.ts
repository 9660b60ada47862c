import { Type, type TSchema, type SchemaOptions, type Static } from "@sinclair/typebox";

/** Base URL of the published schemas; `$id`s and `$schema` comments point here. */
export const SCHEMA_BASE_URL = "https://fireline.dev/schemas/";

/** A string restricted to a closed set, emitted as `enum` so editors offer the values. */
export function StringEnum<const T extends readonly string[]>(
  values: T,
  options: SchemaOptions & { description: string },
) {
  return Type.Unsafe<T[number]>(Type.String({ ...options, enum: [...values] }));
}

/** Identifier used as a map key or reference: lower-case, digits and dashes/underscores. */
export const ID_PATTERN = "^[a-z0-9][a-z0-9_-]*$";

export function Id(description: string, examples: string[]) {
  return Type.String({ pattern: ID_PATTERN, description, examples });
}

/** An instant: RFC 3339 with an explicit offset; a local time without one is ambiguous. */
export function Instant(description: string) {
  return Type.String({
    format: "date-time",
    description: `${description} RFC 3339 with an offset, e.g. 2026-03-03T09:12:00Z or 2026-03-03T10:12:00+01:00.`,
    examples: ["2026-03-03T09:12:00Z"],
  });
}

export function LocalDate(description: string) {
  return Type.String({ format: "date", description: `${description} (YYYY-MM-DD)`, examples: ["2026-03-20"] });
}

export const DURATION_PATTERN = "^[1-9][0-9]*(m|h|d|w)$";
export function Duration(description: string, examples: string[]) {
  return Type.String({
    pattern: DURATION_PATTERN,
    description: `${description} A whole number followed by m (minutes), h (hours), d (days) or w (weeks).`,
    examples,
  });
}

/** At most four digits, so time arithmetic on rotations and escalations stays inside the calendar's range. */
export const BOUNDED_DURATION_PATTERN = "^[1-9][0-9]{0,3}(m|h|d|w)$";
/** A rotation layer's shift: hours, days or weeks, at most four digits. */
export const SHIFT_PATTERN = "^[1-9][0-9]{0,3}(h|d|w)$";

export const BUSINESS_DAYS_PATTERN = "^[1-9][0-9]* business days?$";

export const TIME_ZONE_DESCRIPTION = "IANA time zone name such as Europe/Berlin or America/New_York.";
export function TimeZone(description: string) {
  return Type.String({
    format: "time-zone",
    description: `${description} ${TIME_ZONE_DESCRIPTION}`,
    examples: ["Europe/Berlin", "America/New_York", "UTC"],
  });
}

/** Local wall-clock time of day, 24-hour `HH:MM`. */
export const LOCAL_TIME_PATTERN = "^([01][0-9]|2[0-3]):[0-5][0-9]$";

export const WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export const COMPONENT_STATUSES = [
  "operational",
  "degraded_performance",
  "partial_outage",
  "major_outage",
] as const;
export type ComponentStatus = (typeof COMPONENT_STATUSES)[number];

export const INCIDENT_STATUSES = ["investigating", "identified", "monitoring", "resolved"] as const;
export type IncidentStatus = (typeof INCIDENT_STATUSES)[number];

export const ROLES = ["commander", "communications", "operations", "scribe"] as const;
export type Role = (typeof ROLES)[number];

/** Every object in every file kind rejects unknown keys, so typos surface. */
export function Strict<T extends Record<string, TSchema>>(properties: T, options: SchemaOptions & { description: string }) {
  return Type.Object(properties, { ...options, additionalProperties: false });
}

export function MapOf<T extends TSchema>(value: T, keyDescription: string, options: SchemaOptions & { description: string }) {
  return Type.Record(Type.String({ pattern: ID_PATTERN, description: keyDescription }), value, {
    ...options,
    additionalProperties: false,
  });
}

export type { Static };
