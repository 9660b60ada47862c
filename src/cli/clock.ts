import { Temporal } from "temporal-polyfill";
import { UsageError, type CliIo } from "./io.js";

/**
 * The CLI's clock: the real time, or FIRELINE_NOW when set (an RFC 3339 instant), so a transcript,
 * a demo or a test can replay commands as of a fixed moment. Only the CLI layer reads the clock.
 */
export function cliNow(io: Pick<CliIo, "env">): Temporal.Instant {
  const fixed = io.env.FIRELINE_NOW;
  if (fixed === undefined || fixed === "") return Temporal.Now.instant();
  try {
    return Temporal.Instant.from(fixed);
  } catch {
    throw new UsageError(`FIRELINE_NOW must be a time with an offset such as 2026-03-03T09:12:00Z, got '${fixed}'`);
  }
}
