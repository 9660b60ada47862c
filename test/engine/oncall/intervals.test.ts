import { describe, expect, it } from "vitest";
import { complementIntervals, intersectIntervals, mergeIntervals, subtractIntervals } from "../../../src/engine/oncall/intervals.js";

const iv = (start: number, end: number, tag = "") => ({ start, end, tag });

describe("interval sets", () => {
  it("merges overlapping and touching intervals and drops empty ones", () => {
    expect(mergeIntervals([iv(5, 7), iv(0, 2), iv(2, 3), iv(6, 9), iv(4, 4)])).toEqual([
      { start: 0, end: 3 },
      { start: 5, end: 9 },
    ]);
  });

  it("subtracts, keeping the other fields of each item and every piece left over", () => {
    expect(subtractIntervals([iv(0, 10, "a"), iv(10, 20, "b")], [{ start: 2, end: 4 }, { start: 8, end: 12 }, { start: 15, end: 30 }])).toEqual([
      iv(0, 2, "a"),
      iv(4, 8, "a"),
      iv(12, 15, "b"),
    ]);
  });

  it("intersects, keeping the other fields of each item", () => {
    expect(intersectIntervals([iv(0, 10, "a"), iv(10, 20, "b")], [{ start: 5, end: 12 }, { start: 18, end: 30 }])).toEqual([iv(5, 10, "a"), iv(10, 12, "b"), iv(18, 20, "b")]);
  });

  it("finds the uncovered parts of a window", () => {
    expect(complementIntervals([iv(2, 4), iv(3, 6), iv(8, 20)], 0, 10)).toEqual([
      { start: 0, end: 2 },
      { start: 6, end: 8 },
    ]);
    expect(complementIntervals([], 0, 10)).toEqual([{ start: 0, end: 10 }]);
  });
});
