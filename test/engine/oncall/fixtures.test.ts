import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { rotationSchedule } from "../../../src/engine/oncall/schedule.js";
import { describeShift, ms, rotationFromYaml } from "../../helpers/oncall.js";

interface Expected {
  windows: { from: string; to: string; shifts: { person: string; start: string; end: string; hours: number }[] }[];
}

const root = join(import.meta.dirname, "..", "..", "fixtures", "oncall");
const cases = readdirSync(root, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();

describe("schedules across DST changes (test/fixtures/oncall/<case>/rotation.yaml and expected.json)", () => {
  it("has a fixture for daily, weekly and 12-hour rotations in each of the five zones", () => {
    for (const zone of ["new-york", "berlin", "sydney", "kolkata", "lord-howe"]) {
      for (const kind of ["daily", "weekly", "12h"]) expect(cases).toContain(`${zone}-${kind}`);
    }
  });

  it.each(cases)("%s gives the expected shifts in every window", (name) => {
    const rotation = rotationFromYaml(readFileSync(join(root, name, "rotation.yaml"), "utf8"), name);
    const expected = JSON.parse(readFileSync(join(root, name, "expected.json"), "utf8")) as Expected;
    expect(expected.windows.length).toBeGreaterThan(0);
    for (const window of expected.windows) {
      const shifts = rotationSchedule(rotation, ms(window.from), ms(window.to)).map((shift) => describeShift(shift, rotation.timeZone));
      expect(shifts, `${name}: ${window.from} to ${window.to}`).toEqual(window.shifts);
    }
  });
});
