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
