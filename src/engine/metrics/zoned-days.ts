import { Temporal } from "temporal-polyfill";
import { startOfDay } from "./period.js";

/** Beyond this many days from what it holds, a lookup is answered directly instead of filling the table. */
const MAX_FILL_DAYS = 3660;

/**
 * Which calendar day of one time zone an instant falls on, for many instants. The start of every
 * day in the range seen so far is computed once with Temporal (so daylight-saving changes and
 * odd offsets are Temporal's business, not this class's); each lookup is then a binary search.
 * Converting each instant with Temporal instead costs tens of microseconds apiece, which adds
 * up over a hundred thousand incidents.
 */
export class ZonedDays {
  readonly timeZone: string;
  /** Day starts, epoch ms, ascending and consecutive: starts[i] begins day first + i. */
  #starts: number[] = [];
  #labels: string[] = [];
  #first: Temporal.PlainDate | undefined;
  /** Epoch-day number of `first`, so day numbers compare and subtract across the table. */
  #firstNumber = 0;

  constructor(timeZone: string) {
    this.timeZone = timeZone;
  }

  /** The date (YYYY-MM-DD) `ms` falls on. */
  dateOf(ms: number): string {
    const index = this.#index(ms);
    return index === undefined ? this.#direct(ms).toString() : (this.#labels[index] ?? "");
  }

  /** A day number: consecutive dates have consecutive numbers, so differences are calendar days. */
  dayNumberOf(ms: number): number {
    const index = this.#index(ms);
    return index === undefined ? epochDay(this.#direct(ms)) : this.#firstNumber + index;
  }

  #direct(ms: number): Temporal.PlainDate {
    return Temporal.Instant.fromEpochMilliseconds(ms).toZonedDateTimeISO(this.timeZone).toPlainDate();
  }

  #index(ms: number): number | undefined {
    if (!this.#covers(ms) && !this.#extendTo(ms)) return undefined;
    const starts = this.#starts;
    let low = 0;
    let high = starts.length - 2;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((starts[mid] ?? 0) <= ms) low = mid;
      else high = mid - 1;
    }
    return low;
  }

  /** Whether ms lies in [starts[0], starts[last]): the last entry is the end of the last day. */
  #covers(ms: number): boolean {
    const starts = this.#starts;
    return starts.length > 1 && ms >= (starts[0] ?? 0) && ms < (starts[starts.length - 1] ?? 0);
  }

  #extendTo(ms: number): boolean {
    const date = this.#direct(ms);
    const first = this.#first;
    if (!first) {
      this.#first = date;
      this.#firstNumber = epochDay(date);
      this.#starts = [startOfDay(date, this.timeZone), startOfDay(date.add({ days: 1 }), this.timeZone)];
      this.#labels = [date.toString()];
      return true;
    }
    const last = first.add({ days: this.#labels.length - 1 });
    if (Temporal.PlainDate.compare(date, first) < 0) {
      const days = date.until(first, { largestUnit: "days" }).days;
      if (days > MAX_FILL_DAYS) return false;
      const starts: number[] = [];
      const labels: string[] = [];
      for (let day = date; Temporal.PlainDate.compare(day, first) < 0; day = day.add({ days: 1 })) {
        starts.push(startOfDay(day, this.timeZone));
        labels.push(day.toString());
      }
      this.#starts = [...starts, ...this.#starts];
      this.#labels = [...labels, ...this.#labels];
      this.#first = date;
      this.#firstNumber -= days;
      return true;
    }
    const days = last.until(date, { largestUnit: "days" }).days;
    if (days > MAX_FILL_DAYS) return false;
    for (let day = last.add({ days: 1 }); Temporal.PlainDate.compare(day, date) <= 0; day = day.add({ days: 1 })) {
      this.#labels.push(day.toString());
      this.#starts.push(startOfDay(day.add({ days: 1 }), this.timeZone));
    }
    return true;
  }
}

function epochDay(date: Temporal.PlainDate): number {
  return Temporal.PlainDate.from("1970-01-01").until(date, { largestUnit: "days" }).days;
}
