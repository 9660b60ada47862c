import Holidays, { type HolidaysTypes } from "date-holidays";
import { Temporal } from "temporal-polyfill";
import { WEEKDAYS, type Weekday } from "../../schema/common.js";

/** fireline.yaml's business_calendar, in the engine's words. */
export interface CalendarSettings {
  /** ISO 3166-1 alpha-2 country whose public holidays are closed. Without it, only weekends and closedDays are. */
  country?: string;
  /** State or region code as date-holidays names it (BE for Berlin, CA for California). */
  region?: string;
  /** Working weekdays. Defaults to the country's working week (Monday to Friday in most places). */
  workingDays?: readonly Weekday[];
  /** Extra closed dates, YYYY-MM-DD. */
  closedDays?: readonly string[];
}

/** Why a calendar could not be set up exactly as asked; the calendar still works with what it has. */
export interface CalendarProblem {
  field: "country" | "region";
  message: string;
  hint?: string;
}

/** Why a day is not a business day, for reports ("Good Friday"). */
export type ClosedReason = { kind: "weekend" } | { kind: "holiday"; name: string } | { kind: "closed-day" };

/**
 * Which dates are business days. Pure apart from the holiday tables date-holidays ships; every
 * computation is on calendar dates (Temporal.PlainDate), never on instants, so time zones and
 * daylight-saving changes cannot shift a day.
 */
export class BusinessCalendar {
  readonly #holidays: Holidays | undefined;
  readonly #holidaysByYear = new Map<number, Map<string, string>>();
  readonly #working: ReadonlySet<number>;
  readonly #closed: ReadonlySet<string>;

  constructor(settings: CalendarSettings, holidays: Holidays | undefined) {
    this.#holidays = holidays;
    const workingDays = settings.workingDays ?? defaultWorkingDays(settings.country);
    this.#working = new Set(workingDays.map((day) => WEEKDAYS.indexOf(day) + 1));
    this.#closed = new Set(settings.closedDays ?? []);
  }

  /** Undefined for a business day, else why the day is closed. */
  closedReason(date: Temporal.PlainDate): ClosedReason | undefined {
    if (!this.#working.has(date.dayOfWeek)) return { kind: "weekend" };
    const iso = date.toString();
    const holiday = this.#holidaysOf(date.year).get(iso);
    if (holiday !== undefined) return { kind: "holiday", name: holiday };
    if (this.#closed.has(iso)) return { kind: "closed-day" };
    return undefined;
  }

  isBusinessDay(date: Temporal.PlainDate): boolean {
    return this.closedReason(date) === undefined;
  }

  /**
   * The n-th business day after `date` (n ≥ 1), or `date` itself for n = 0. Resolved on a Friday
   * with "5 business days" is due the next Friday, or later when a holiday falls in between.
   */
  addBusinessDays(date: Temporal.PlainDate, n: number): Temporal.PlainDate {
    if (!Number.isInteger(n) || n < 0) throw new RangeError(`business days must be a whole number ≥ 0, got ${n}`);
    if (n > 0 && this.#working.size === 0) throw new RangeError("the calendar has no working days");
    let day = date;
    for (let left = n; left > 0; ) {
      day = day.add({ days: 1 });
      if (this.isBusinessDay(day)) left--;
    }
    return day;
  }

  /**
   * Business days in (from, to]: how many business days `to` lies after `from`. Negative when `to`
   * is before `from`. From a due date to today it is how many business days late something is.
   */
  businessDaysBetween(from: Temporal.PlainDate, to: Temporal.PlainDate): number {
    const order = Temporal.PlainDate.compare(from, to);
    if (order === 0) return 0;
    if (order > 0) return -this.businessDaysBetween(to, from);
    let count = 0;
    for (let day = from.add({ days: 1 }); Temporal.PlainDate.compare(day, to) <= 0; day = day.add({ days: 1 })) {
      if (this.isBusinessDay(day)) count++;
    }
    return count;
  }

  /** Public holidays of a year, by date: date-holidays computes a year at a time, so cache per year. */
  #holidaysOf(year: number): Map<string, string> {
    let byDate = this.#holidaysByYear.get(year);
    if (byDate) return byDate;
    byDate = new Map();
    for (const holiday of this.#holidays?.getHolidays(year) ?? []) {
      if (holiday.type !== "public") continue;
      for (const day of holidayDates(holiday)) if (!byDate.has(day)) byDate.set(day, holiday.name);
    }
    this.#holidaysByYear.set(year, byDate);
    return byDate;
  }
}

/** Every date a holiday covers: usually one, several for holidays such as a three-day new year. */
function holidayDates(holiday: HolidaysTypes.Holiday): string[] {
  const first = Temporal.PlainDate.from(holiday.date.slice(0, 10));
  const hours = Temporal.Instant.fromEpochMilliseconds(holiday.start.getTime()).until(
    Temporal.Instant.fromEpochMilliseconds(holiday.end.getTime()),
    { largestUnit: "hours" },
  ).hours;
  const days = Math.max(1, Math.round(hours / 24));
  return Array.from({ length: days }, (_, i) => first.add({ days: i }).toString());
}

/** The country's working week from the Unicode CLDR data in Intl (Sunday to Thursday in Israel); Monday to Friday otherwise. */
export function defaultWorkingDays(country: string | undefined): Weekday[] {
  const weekend = country === undefined ? [6, 7] : localeWeekend(country);
  return WEEKDAYS.filter((_, i) => !weekend.includes(i + 1));
}

function localeWeekend(country: string): number[] {
  try {
    const locale = new Intl.Locale(`und-${country}`) as Intl.Locale & {
      getWeekInfo?: () => { weekend: number[] };
      weekInfo?: { weekend: number[] };
    };
    return locale.getWeekInfo?.().weekend ?? locale.weekInfo?.weekend ?? [6, 7];
  } catch {
    return [6, 7];
  }
}

/**
 * Builds the calendar and reports settings date-holidays does not know (it would silently give no
 * holidays for them): an unknown country, or a region the country does not have.
 */
export function createBusinessCalendar(settings: CalendarSettings): { calendar: BusinessCalendar; problems: CalendarProblem[] } {
  const problems: CalendarProblem[] = [];
  let holidays: Holidays | undefined;
  if (settings.country !== undefined) {
    const registry = new Holidays();
    const countries = registry.getCountries("en");
    if (!Object.hasOwn(countries, settings.country)) {
      problems.push({
        field: "country",
        message: `business_calendar.country: no public-holiday table for '${settings.country}', so no holidays are closed`,
        hint: "Use an ISO 3166-1 alpha-2 code such as DE, US or GB.",
      });
    } else {
      // Typed as always present, but undefined for a country without regions.
      const found: unknown = registry.getStates(settings.country, "en");
      const states = typeof found === "object" && found !== null ? (found as Record<string, string>) : {};
      const region = settings.region;
      if (region !== undefined && !Object.hasOwn(states, region)) {
        const known = Object.keys(states);
        problems.push({
          field: "region",
          message: `business_calendar.region: ${countries[settings.country] ?? settings.country} has no region '${region}'; only nationwide holidays are closed`,
          hint: known.length > 0 ? `Regions of ${settings.country}: ${known.join(", ")}.` : `${settings.country} has no regional holidays; remove region.`,
        });
        holidays = new Holidays(settings.country, { languages: "en" });
      } else {
        holidays = region === undefined ? new Holidays(settings.country, { languages: "en" }) : new Holidays(settings.country, region, { languages: "en" });
      }
    }
  }
  return { calendar: new BusinessCalendar(settings, holidays), problems };
}
