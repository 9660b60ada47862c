import { describe, expect, it } from "vitest";
import { cliNow } from "../../src/cli/clock.js";

describe("the CLI clock", () => {
  it("is FIRELINE_NOW when it is set, so transcripts replay as of a fixed moment", () => {
    expect(cliNow({ env: { FIRELINE_NOW: "2026-11-23T12:05:00Z" } }).toString()).toBe("2026-11-23T12:05:00Z");
  });

  it("is the real time otherwise", () => {
    const before = Date.now();
    const now = cliNow({ env: {} }).epochMilliseconds;
    expect(now).toBeGreaterThanOrEqual(before);
    expect(now).toBeLessThanOrEqual(Date.now());
  });

  it("refuses a FIRELINE_NOW without an offset with a usage error", () => {
    expect(() => cliNow({ env: { FIRELINE_NOW: "2026-11-23 12:05" } })).toThrow("FIRELINE_NOW must be a time with an offset");
  });
});
