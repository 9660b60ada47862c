import fc from "fast-check";
import { Temporal } from "temporal-polyfill";
import { describe, expect, it } from "vitest";
import { createBusinessCalendar, defaultWorkingDays, type CalendarSettings } from "../../src/engine/business-days/business-calendar.js";
import { deadlineState, dueAfter, parseBusinessDays } from "../../src/engine/business-days/deadline.js";

const BERLIN: CalendarSettings = { country: "DE", region: "BE" };
const LARKSPUR: CalendarSettings = { ...BERLIN, workingDays: ["mon", "tue", "wed", "thu", "fri"], closedDays: ["2026-12-24", "2026-12-31"] };
const BRANDENBURG: CalendarSettings = { country: "DE", region: "BB" };
const US: CalendarSettings = { country: "US" };

const calendar = (settings: CalendarSettings) => createBusinessCalendar(settings).calendar;
const date = (text: string) => Temporal.PlainDate.from(text);

describe("adding business days", () => {
  const cases: [string, CalendarSettings, string, number, string][] = [
    ["an ordinary week in Berlin", BERLIN, "2026-03-02", 5, "2026-03-09"],
    ["a Friday plus one skips the weekend", BERLIN, "2026-03-06", 1, "2026-03-09"],
    ["a Saturday plus one is the Monday", BERLIN, "2026-03-07", 1, "2026-03-09"],
    ["Good Friday and Easter Monday are closed in Berlin", BERLIN, "2026-04-02", 1, "2026-04-07"],
    ["five business days across Easter", BERLIN, "2026-04-02", 5, "2026-04-13"],
    ["Women's Day (8 March) is a Berlin holiday", BERLIN, "2027-03-05", 1, "2027-03-09"],
    ["Women's Day is not a holiday in Brandenburg", BRANDENBURG, "2027-03-05", 1, "2027-03-08"],
    ["Reformation Day (31 October) is not a Berlin holiday", BERLIN, "2025-10-30", 1, "2025-10-31"],
    ["Reformation Day is a Brandenburg holiday", BRANDENBURG, "2025-10-30", 1, "2025-11-03"],
    ["German Unity Day is closed nationwide", BERLIN, "2025-10-02", 1, "2025-10-06"],
    ["Christmas Day and Boxing Day are closed", BERLIN, "2025-12-24", 1, "2025-12-29"],
    ["Christmas Eve is a business day without closed_days", BERLIN, "2026-12-23", 1, "2026-12-24"],
    ["closed_days close Christmas Eve", LARKSPUR, "2026-12-23", 1, "2026-12-28"],
    ["across the year end with New Year's Eve closed", LARKSPUR, "2026-12-30", 2, "2027-01-05"],
    ["across the year end without closed days", BERLIN, "2026-12-30", 2, "2027-01-04"],
    ["US: Thanksgiving is closed", US, "2026-11-25", 1, "2026-11-27"],
    ["US: Independence Day on a Saturday is observed on the Friday", US, "2026-07-02", 1, "2026-07-06"],
    ["US: Christmas on a Saturday is observed on the Friday before", US, "2027-12-23", 2, "2027-12-28"],
    ["US: New Year's Day 2028 on a Saturday is observed on 31 December", US, "2027-12-30", 1, "2028-01-03"],
    ["US: Whit Monday is a business day", US, "2027-05-14", 1, "2027-05-17"],
    ["Berlin: Whit Monday is closed", BERLIN, "2027-05-14", 1, "2027-05-18"],
    ["zero business days is the day itself", BERLIN, "2026-04-04", 0, "2026-04-04"],
    ["a Sunday-to-Thursday week", { workingDays: ["sun", "mon", "tue", "wed", "thu"] }, "2026-03-05", 1, "2026-03-08"],
  ];
  it.each(cases)("%s: %s + %i → %s", (_, settings, from, n, expected) => {
    expect(calendar(settings).addBusinessDays(date(from), n).toString()).toBe(expected);
  });
});

describe("counting business days between two dates", () => {
  const cases: [string, CalendarSettings, string, string, number][] = [
    ["the same day", BERLIN, "2026-03-02", "2026-03-02", 0],
    ["Monday to Friday", BERLIN, "2026-03-02", "2026-03-06", 4],
    ["Friday to Monday", BERLIN, "2026-03-06", "2026-03-09", 1],
    ["Friday to Sunday", BERLIN, "2026-03-06", "2026-03-08", 0],
    ["across Easter", BERLIN, "2026-04-02", "2026-04-07", 1],
    ["backwards is negative", BERLIN, "2026-03-09", "2026-03-06", -1],
    ["a US week with Thanksgiving", US, "2026-11-23", "2026-11-30", 4],
  ];
  it.each(cases)("%s: (%s, %s] has %i", (_, settings, from, to, expected) => {
    expect(calendar(settings).businessDaysBetween(date(from), date(to))).toBe(expected);
  });
});

describe("the business calendar", () => {
  it("names the holiday a date is closed for", () => {
    expect(calendar(BERLIN).closedReason(date("2026-04-03"))).toEqual({ kind: "holiday", name: "Good Friday" });
    expect(calendar(LARKSPUR).closedReason(date("2026-12-24"))).toEqual({ kind: "closed-day" });
    expect(calendar(BERLIN).closedReason(date("2026-03-07"))).toEqual({ kind: "weekend" });
    expect(calendar(BERLIN).closedReason(date("2026-03-09"))).toBeUndefined();
  });

  it("takes the working week from the country when working_days is not set", () => {
    expect(defaultWorkingDays("DE")).toEqual(["mon", "tue", "wed", "thu", "fri"]);
    expect(defaultWorkingDays("IL")).toEqual(["mon", "tue", "wed", "thu", "sun"]);
    expect(defaultWorkingDays(undefined)).toEqual(["mon", "tue", "wed", "thu", "fri"]);
  });

  it("reports a country date-holidays does not know, and still counts weekends", () => {
    const { calendar: cal, problems } = createBusinessCalendar({ country: "XX" });
    expect(problems).toEqual([expect.objectContaining({ field: "country", message: expect.stringContaining("'XX'") as string })]);
    expect(cal.addBusinessDays(date("2026-03-06"), 1).toString()).toBe("2026-03-09");
  });

  it("reports a region the country does not have, and falls back to the national holidays", () => {
    const { calendar: cal, problems } = createBusinessCalendar({ country: "DE", region: "XX" });
    expect(problems).toEqual([expect.objectContaining({ field: "region", hint: expect.stringContaining("BE") as string })]);
    expect(cal.isBusinessDay(date("2026-04-03"))).toBe(false);
    expect(cal.isBusinessDay(date("2027-03-08"))).toBe(true);
  });

  it("refuses a negative or fractional number of business days", () => {
    expect(() => calendar(BERLIN).addBusinessDays(date("2026-03-02"), -1)).toThrow(RangeError);
    expect(() => calendar(BERLIN).addBusinessDays(date("2026-03-02"), 1.5)).toThrow(RangeError);
  });
});

describe("postmortem deadlines", () => {
  it("counts from the day the incident was resolved in the organisation's time zone", () => {
    // Thursday 23:30 UTC is already Friday in Berlin.
    expect(dueAfter("2026-03-05T23:30:00Z", "Europe/Berlin", 1, calendar(BERLIN)).toString()).toBe("2026-03-09");
    expect(dueAfter("2026-03-05T23:30:00Z", "UTC", 1, calendar(BERLIN)).toString()).toBe("2026-03-06");
  });

  it("gives the example's sev2 incident of 10 November 2026 the due date its draft quotes", () => {
    expect(dueAfter("2026-11-10T17:10:00Z", "Europe/Berlin", 10, calendar(LARKSPUR)).toString()).toBe("2026-11-24");
  });

  it("is due up to and including the due date, then overdue by business days", () => {
    const cal = calendar(BERLIN);
    expect(deadlineState(date("2026-03-13"), date("2026-03-09"), cal)).toEqual({ state: "due", due: "2026-03-13", businessDaysLeft: 4 });
    expect(deadlineState(date("2026-03-13"), date("2026-03-13"), cal)).toEqual({ state: "due", due: "2026-03-13", businessDaysLeft: 0 });
    expect(deadlineState(date("2026-03-13"), date("2026-03-14"), cal)).toEqual({ state: "overdue", due: "2026-03-13", businessDaysLate: 0 });
    expect(deadlineState(date("2026-03-13"), date("2026-03-17"), cal)).toEqual({ state: "overdue", due: "2026-03-13", businessDaysLate: 2 });
  });

  it("reads the policy's '5 business days'", () => {
    expect(parseBusinessDays("5 business days")).toBe(5);
    expect(parseBusinessDays("1 business day")).toBe(1);
    expect(() => parseBusinessDays("5 days")).toThrow(RangeError);
  });
});

describe("business-day arithmetic, for any start date and count", () => {
  const calendars = [BERLIN, LARKSPUR, BRANDENBURG, US, { country: "IL" }, { workingDays: ["wed" as const] }].map(calendar);
  const start = fc
    .integer({ min: 0, max: 365 * 12 })
    .map((offset) => Temporal.PlainDate.from("2020-01-01").add({ days: offset }));
  const pick = fc.integer({ min: 0, max: calendars.length - 1 }).map((i) => calendars[i] ?? calendar(BERLIN));

  it("never lands on a closed day", () => {
    fc.assert(
      fc.property(pick, start, fc.integer({ min: 1, max: 60 }), (cal, from, n) => {
        expect(cal.isBusinessDay(cal.addBusinessDays(from, n))).toBe(true);
      }),
    );
  });

  it("is strictly increasing in n", () => {
    fc.assert(
      fc.property(pick, start, fc.integer({ min: 0, max: 40 }), fc.integer({ min: 1, max: 20 }), (cal, from, n, more) => {
        expect(Temporal.PlainDate.compare(cal.addBusinessDays(from, n), cal.addBusinessDays(from, n + more))).toBe(-1);
      }),
    );
  });

  it("is undone by counting the business days in between", () => {
    fc.assert(
      fc.property(pick, start, fc.integer({ min: 0, max: 60 }), (cal, from, n) => {
        expect(cal.businessDaysBetween(from, cal.addBusinessDays(from, n))).toBe(n);
      }),
    );
  });
});
