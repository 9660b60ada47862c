import fc from "fast-check";
import { Temporal } from "temporal-polyfill";
import { describe, expect, it } from "vitest";
import { isPlainDate } from "../../src/load/time-values.js";

function temporalSays(text: string): boolean {
  try {
    Temporal.PlainDate.from(text, { overflow: "reject" });
    return true;
  } catch {
    return false;
  }
}

const pad = (n: number, width: number) => String(n).padStart(width, "0");

describe("recognising a calendar date", () => {
  it("agrees with Temporal on every YYYY-MM-DD text, real or impossible", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 19 }), fc.integer({ min: 0, max: 39 }), (year, month, day) => {
        const text = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
        expect(isPlainDate(text)).toBe(temporalSays(text));
      }),
      { numRuns: 5000 },
    );
  });

  it("refuses February 29 outside leap years and other spellings of a date", () => {
    expect(isPlainDate("2024-02-29")).toBe(true);
    expect(isPlainDate("2026-02-29")).toBe(false);
    expect(isPlainDate("1900-02-29")).toBe(false);
    expect(isPlainDate("2026-04-31")).toBe(false);
    for (const text of ["2026-3-03", "20260303", "2026-03-03T00:00:00Z", "+002026-03-03", "2026-03-03 "]) expect(isPlainDate(text)).toBe(false);
  });
});
