import { Temporal } from "temporal-polyfill";
import { describe, expect, it } from "vitest";
import { wallClockInstant } from "../../../src/engine/oncall/wall-clock.js";

const at = (local: string, zone: string) => wallClockInstant(Temporal.PlainDateTime.from(local), zone).toString({ timeZoneName: "never" });

describe("the hand-off rule for local wall-clock times", () => {
  it("reads a time that occurs once as that instant", () => {
    expect(at("2026-03-09T09:00", "America/New_York")).toBe("2026-03-09T09:00:00-04:00");
    expect(at("2026-07-01T09:00", "Asia/Kolkata")).toBe("2026-07-01T09:00:00+05:30");
  });

  it("moves a skipped time to the instant the clocks jump, not by the length of the gap", () => {
    expect(at("2026-03-08T02:30", "America/New_York")).toBe("2026-03-08T03:00:00-04:00");
    expect(at("2026-03-29T02:30", "Europe/Berlin")).toBe("2026-03-29T03:00:00+02:00");
    expect(at("2026-10-04T02:15", "Australia/Lord_Howe")).toBe("2026-10-04T02:30:00+11:00");
  });

  it("moves the first minute of a gap to the jump too", () => {
    expect(at("2026-03-08T02:00", "America/New_York")).toBe("2026-03-08T03:00:00-04:00");
    expect(at("2026-10-04T02:00", "Australia/Lord_Howe")).toBe("2026-10-04T02:30:00+11:00");
  });

  it("uses the first occurrence of a repeated time", () => {
    expect(at("2026-11-01T01:30", "America/New_York")).toBe("2026-11-01T01:30:00-04:00");
    expect(at("2026-10-25T02:30", "Europe/Berlin")).toBe("2026-10-25T02:30:00+02:00");
    expect(at("2026-04-05T01:45", "Australia/Lord_Howe")).toBe("2026-04-05T01:45:00+11:00");
  });

  it("keeps the times just outside a change as they are", () => {
    expect(at("2026-03-08T01:59", "America/New_York")).toBe("2026-03-08T01:59:00-05:00");
    expect(at("2026-03-08T03:00", "America/New_York")).toBe("2026-03-08T03:00:00-04:00");
    expect(at("2026-11-01T02:00", "America/New_York")).toBe("2026-11-01T02:00:00-05:00");
  });
});
