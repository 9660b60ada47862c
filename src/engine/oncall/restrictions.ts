import { Temporal } from "temporal-polyfill";
import { mergeIntervals, type Interval } from "./intervals.js";
import type { CompiledRestriction } from "./types.js";
import { wallClockMs, zonedAt } from "./wall-clock.js";

/**
 * The instants covered by a layer's weekly restrictions between `from` and `to`, merged and
 * sorted. Each window opens at its `from` on the listed days and closes at its `to` the same
 * day, or the next day when `to` is earlier than `from`. A window whose ends are equal is empty
 * (validate reports it). Both ends follow the wall clock through DST changes.
 */
export function restrictionWindows(timeZone: string, restrictions: readonly CompiledRestriction[], from: number, to: number): Interval[] {
  const windows: Interval[] = [];
  // Start a day early: yesterday's overnight window may still be open at `from`.
  let date = zonedAt(from, timeZone).toPlainDate().subtract({ days: 1 });
  const last = zonedAt(to, timeZone).toPlainDate();
  while (Temporal.PlainDate.compare(date, last) <= 0) {
    for (const restriction of restrictions) {
      if (restriction.days && !restriction.days.has(date.dayOfWeek)) continue;
      const order = Temporal.PlainTime.compare(restriction.from, restriction.to);
      if (order === 0) continue;
      const start = wallClockMs(date.toPlainDateTime(restriction.from), timeZone);
      const endDate = order < 0 ? date : date.add({ days: 1 });
      const end = wallClockMs(endDate.toPlainDateTime(restriction.to), timeZone);
      if (end > start && end > from && start < to) windows.push({ start, end });
    }
    date = date.add({ days: 1 });
  }
  return mergeIntervals(windows);
}
