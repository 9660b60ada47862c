import { describe, expect, it } from "vitest";
import { parseByteSize, parseInstantOption } from "../../src/cli/parse-options.js";

describe("parseInstantOption", () => {
  it("takes an instant with an offset as it is", () => {
    expect(parseInstantOption("--at", "2026-03-03T10:12:00+01:00", "UTC").toString()).toBe("2026-03-03T09:12:00Z");
  });

  it("reads a local date-time in the given zone, summer time included", () => {
    expect(parseInstantOption("--at", "2026-07-01T09:00", "Europe/Berlin").toString()).toBe("2026-07-01T07:00:00Z");
  });

  it("rejects text that is not a time with a usage error naming the flag", () => {
    expect(() => parseInstantOption("--now", "tomorrow", "UTC")).toThrow("--now must be a time such as 2026-03-03T09:12:00Z");
  });
});

describe("parseByteSize", () => {
  it("accepts bytes, KiB and MiB", () => {
    expect(parseByteSize("2048")).toBe(2048);
    expect(parseByteSize("512KiB")).toBe(524288);
    expect(parseByteSize("2MiB")).toBe(2097152);
  });

  it("refuses sizes below 1 KiB", () => {
    expect(() => parseByteSize("10")).toThrow("at least 1024");
  });
});
