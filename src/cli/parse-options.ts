import { Temporal } from "temporal-polyfill";
import { UsageError } from "./io.js";

/** Parses a positive whole number of bytes, accepting 512KiB / 2MiB for convenience. */
export function parseByteSize(text: string): number {
  const match = /^(\d+)\s*(B|KiB|MiB)?$/i.exec(text.trim());
  if (!match) throw new UsageError(`--max-file-bytes must be a number of bytes such as 1048576 or 2MiB, got '${text}'`);
  const unit = (match[2] ?? "B").toLowerCase();
  const factor = unit === "mib" ? 1024 * 1024 : unit === "kib" ? 1024 : 1;
  const bytes = Number(match[1]) * factor;
  if (bytes < 1024) throw new UsageError(`--max-file-bytes must be at least 1024, got '${text}'`);
  return bytes;
}

export function oneOf<const T extends readonly string[]>(flag: string, allowed: T, value: string): T[number] {
  if ((allowed as readonly string[]).includes(value)) return value;
  throw new UsageError(`${flag} must be one of ${allowed.join(", ")}, got '${value}'`);
}

/**
 * Parses `--now`/`--at`-style options: an RFC 3339 instant with an offset
 * (2026-03-03T09:12:00Z), or a local date-time read in `timeZone` (2026-03-03T10:12).
 */
export function parseInstantOption(flag: string, text: string, timeZone: string): Temporal.Instant {
  try {
    return Temporal.Instant.from(text);
  } catch {
    try {
      return Temporal.PlainDateTime.from(text).toZonedDateTime(timeZone, { disambiguation: "compatible" }).toInstant();
    } catch {
      throw new UsageError(`${flag} must be a time such as 2026-03-03T09:12:00Z or 2026-03-03T10:12 (read in ${timeZone}), got '${text}'`);
    }
  }
}
