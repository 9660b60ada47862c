import { Temporal } from "temporal-polyfill";
import { describe, expect, it } from "vitest";
import { DEFAULT_WORKING_HOURS, loadReport, type LoadReportInput } from "../../../src/engine/oncall/load-report.js";
import { ms, rotationFromYaml } from "../../helpers/oncall.js";

const DAILY = rotationFromYaml(`name: Daily
time_zone: America/New_York
layers:
  - name: Daily
    members: [alice, bob]
    shift: 1d
    handoff: "09:00"
    effective_from: 2026-03-02T09:00:00-05:00
`);

function input(overrides: Partial<LoadReportInput>): LoadReportInput {
  return {
    rotations: [DAILY],
    from: ms("2026-03-02T14:00:00Z"),
    to: ms("2026-03-16T13:00:00Z"),
    workingTime: () => ({ timeZone: "America/New_York", ...DEFAULT_WORKING_HOURS }),
    isOffDay: (date) => date.dayOfWeek >= 6,
    pages: [],
    threshold: 0.25,
    ...overrides,
  };
}

describe("the on-call load report", () => {
  it("splits each person's hours into off days and after hours in their own zone, across a DST change", () => {
    // Two weeks of daily 09:00 New York hand-offs, alternating; 8 March (a Sunday) is 23 hours long.
    const report = loadReport(input({}));
    expect(report.people).toEqual([
      { person: "alice", hours: 168, shifts: 7, offDayHours: 48, afterHours: 75, pages: 0, byRotation: { "test-rotation": 168 } },
      { person: "bob", hours: 167, shifts: 7, offDayHours: 47, afterHours: 75, pages: 0, byRotation: { "test-rotation": 167 } },
    ]);
    expect(report.imbalances).toEqual([]);
  });

  it("counts a public holiday as an off day and uses the person's own working hours and zone", () => {
    const holiday = Temporal.PlainDate.from("2026-03-03");
    const report = loadReport(
      input({
        to: ms("2026-03-04T14:00:00Z"),
        isOffDay: (date) => date.equals(holiday) || date.dayOfWeek >= 6,
        workingTime: (person) => (person === "bob" ? { timeZone: "Europe/Berlin", from: Temporal.PlainTime.from("08:00"), to: Temporal.PlainTime.from("16:00") } : undefined),
      }),
    );
    // Alice: Mon 09:00 to Tue 09:00 New York, the rotation's zone; Tuesday is a holiday from midnight.
    expect(report.people.find((p) => p.person === "alice")).toMatchObject({ hours: 24, offDayHours: 9, afterHours: 6 });
    // Bob: Tue 15:00 to Wed 15:00 Berlin; Tuesday is a holiday; Wednesday 08:00-15:00 is inside his hours.
    expect(report.people.find((p) => p.person === "bob")).toMatchObject({ hours: 24, offDayHours: 9, afterHours: 8 });
  });

  it("counts pages in the window and flags hours far from a fair share", () => {
    const withOverride = rotationFromYaml(`name: Daily
time_zone: America/New_York
layers:
  - name: Daily
    members: [alice, bob]
    shift: 1d
    handoff: "09:00"
    effective_from: 2026-03-02T09:00:00-05:00
overrides:
  - person: alice
    covers: bob
    from: 2026-03-01T00:00:00-05:00
    to: 2026-03-10T00:00:00-05:00
`);
    const report = loadReport(input({ rotations: [withOverride], pages: [{ person: "bob", at: ms("2026-03-12T00:00:00Z") }, { person: "bob", at: ms("2026-04-01T00:00:00Z") }] }));
    expect(report.people.map((p) => [p.person, p.pages])).toEqual([
      ["alice", 0],
      ["bob", 1],
    ]);
    expect(report.imbalances.map((i) => [i.person, i.hours, i.expected])).toEqual([
      // Bob's shifts of 3, 5 and 7 March (23 hours) and 16 hours of 9 March go to Alice.
      ["alice", 255, 167.5],
      ["bob", 80, 167.5],
    ]);
    expect(loadReport(input({ rotations: [withOverride], threshold: 0.55 })).imbalances).toEqual([]);
  });
});
