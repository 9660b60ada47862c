import { Temporal } from "temporal-polyfill";
import { defaultPeriod, startOfDay, type Period } from "../engine/metrics/period.js";
import { exactDuration, parseDuration } from "../engine/oncall/duration.js";
import { DEFAULT_RECURRENCE_WINDOW } from "../engine/metrics/recurrence.js";
import { localDateTime } from "../render/metrics/format.js";
import { UsageError } from "./io.js";
import { parseInstantOption } from "./parse-options.js";

/** Shared by `fireline metrics` and `fireline report`. */
export interface PeriodFlags {
  from?: string;
  to?: string;
}

/**
 * The period from --from and --to, read in the organisation's zone. Each takes a date
 * (2026-03-01: the whole day; --to includes it), a month (2026-03: the whole month; --to
 * includes it) or a time (2026-03-01T09:00:00Z, or 2026-03-01T10:00 in the zone). Without
 * --to the period ends now; without --from it starts at the beginning of the calendar month
 * eleven months before the end's month, so it spans twelve calendar months.
 */
export function parsePeriod(flags: PeriodFlags, timeZone: string, now: number): Period {
  const to = flags.to === undefined ? now : parseBound("--to", flags.to, timeZone, "end");
  const from = flags.from === undefined ? defaultPeriod(to - 1, timeZone).from : parseBound("--from", flags.from, timeZone, "start");
  if (from >= to) {
    const end = flags.to === undefined ? `now (${localDateTime(to, timeZone)})` : flags.to;
    throw new UsageError(
      `--from ${flags.from ?? ""} is not before --to ${end}: the period would be empty`,
      "Give --from an earlier date than --to; --to includes the day or month it names.",
    );
  }
  return { from, to };
}

function parseBound(flag: string, text: string, timeZone: string, side: "start" | "end"): number {
  const trimmed = text.trim();
  try {
    if (/^\d{4}-\d{2}$/.test(trimmed)) {
      const month = Temporal.PlainYearMonth.from(trimmed, { overflow: "reject" });
      const first = month.toPlainDate({ day: 1 });
      return startOfDay(side === "end" ? first.add({ months: 1 }) : first, timeZone);
    }
    if (/^\d{4}-\d{2}-\d{2}$/.test(trimmed)) {
      const date = Temporal.PlainDate.from(trimmed, { overflow: "reject" });
      return startOfDay(side === "end" ? date.add({ days: 1 }) : date, timeZone);
    }
  } catch {
    throw new UsageError(`${flag} '${text}' is not a date in the calendar`, "Write a date as YYYY-MM-DD (2026-03-01) or a month as YYYY-MM (2026-03).");
  }
  try {
    return parseInstantOption(flag, trimmed, timeZone).epochMilliseconds;
  } catch {
    throw new UsageError(
      `${flag} must be a date (2026-03-01), a month (2026-03) or a time (2026-03-01T09:00:00Z, or 2026-03-01T10:00 in ${timeZone}), got '${text}'`,
    );
  }
}

/** --recurrence-window: 90d, 12w, 72h (a day is 24 hours). */
export function parseWindow(text: string | undefined): { text: string; ms: number } {
  const value = (text ?? DEFAULT_RECURRENCE_WINDOW).trim();
  if (!/^[1-9][0-9]*[mhdw]$/.test(value)) {
    throw new UsageError(`--recurrence-window must be a duration such as 90d, 12w or 72h, got '${value}'`);
  }
  return { text: value, ms: exactDuration(parseDuration(value)).total({ unit: "milliseconds" }) };
}

/** The instant the metrics are computed at: --now, or the clock. An offset-less --now is read in the organisation's zone. */
export function parseNow(text: string | undefined, timeZone: string, clock: () => number): number {
  return text === undefined ? clock() : parseInstantOption("--now", text, timeZone).epochMilliseconds;
}
