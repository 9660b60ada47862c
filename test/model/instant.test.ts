import fc from "fast-check";
import { Temporal } from "temporal-polyfill";
import { describe, expect, it } from "vitest";
import { dateIn, epochMs, localDateTime } from "../../src/model/instant.js";

const MIN = Date.UTC(1, 0, 1);
const MAX = Date.UTC(9999, 11, 30);
const offsets = fc.integer({ min: -23 * 60 - 59, max: 23 * 60 + 59 });
const zones = fc.constantFrom("UTC", "Europe/Berlin", "America/St_Johns", "Asia/Kolkata", "Pacific/Chatham", "Australia/Lord_Howe");

/** RFC 3339 text for an instant, written by Temporal itself in the given offset and fraction digits. */
function rfc3339(ms: number, offsetMinutes: number, digits: 0 | 1 | 2 | 3 | 9): string {
  const sign = offsetMinutes < 0 ? "-" : "+";
  const offset = `${sign}${String(Math.trunc(Math.abs(offsetMinutes) / 60)).padStart(2, "0")}:${String(Math.abs(offsetMinutes) % 60).padStart(2, "0")}`;
  const text = Temporal.Instant.fromEpochMilliseconds(ms).toString({ timeZone: offset, fractionalSecondDigits: digits });
  return offsetMinutes === 0 ? text.replace("+00:00", "Z") : text;
}

describe("reading instants", () => {
  it("gives the same epoch milliseconds as Temporal for any instant, offset and precision", () => {
    fc.assert(
      fc.property(fc.integer({ min: MIN, max: MAX }), offsets, fc.constantFrom<0 | 1 | 2 | 3 | 9>(0, 1, 2, 3, 9), (ms, offset, digits) => {
        const text = rfc3339(ms, offset, digits);
        expect(epochMs(text)).toBe(Temporal.Instant.from(text).epochMilliseconds);
      }),
      { numRuns: 2000 },
    );
  });

  it("reads the spellings outside the native format through Temporal", () => {
    for (const text of ["2026-03-03t09:12:00z", "2026-03-03 09:12:00Z", "2026-03-03T09:12Z", "2026-03-03T09:12:00.123456789+01:00", "1969-12-31T23:59:59.9999Z"]) {
      expect(epochMs(text)).toBe(Temporal.Instant.from(text).epochMilliseconds);
    }
  });

  it("gives the same local date and minute as Temporal in any time zone", () => {
    fc.assert(
      fc.property(fc.integer({ min: MIN, max: MAX }), offsets, zones, (ms, offset, zone) => {
        const text = rfc3339(ms, offset, 3);
        const local = Temporal.Instant.from(text).toZonedDateTimeISO(zone);
        const expected = { date: local.toPlainDate().toString(), time: local.toPlainTime().toString().slice(0, 5) };
        expect(localDateTime(text, zone)).toEqual(expected);
        expect(dateIn(text, zone)).toBe(expected.date);
      }),
      { numRuns: 1000 },
    );
  });

  it("puts a late-evening start in Berlin on the next day there and on its own day in UTC", () => {
    expect(dateIn("2026-03-03T23:30:00Z", "UTC")).toBe("2026-03-03");
    expect(dateIn("2026-03-03T23:30:00Z", "Europe/Berlin")).toBe("2026-03-04");
    expect(localDateTime("2026-03-03T23:30:00-02:00", "UTC")).toEqual({ date: "2026-03-04", time: "01:30" });
  });
});
