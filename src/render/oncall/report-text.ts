import type { LoadReportResult } from "../../commands/oncall-report.js";
import type { OnCallWorkspace } from "../../commands/oncall-workspace.js";
import { formatLocal, formatUtc } from "../../engine/oncall/time-text.js";
import { table } from "./table.js";

const hours = (value: number) => value.toFixed(1);

/** `fireline oncall report` for a terminal. */
export function renderReportHuman(result: LoadReportResult, oncall: OnCallWorkspace): string {
  const { report } = result;
  const lines = [
    `On-call load from ${formatLocal(result.from.epochMilliseconds, oncall.timeZone)} to ${formatLocal(result.to.epochMilliseconds, oncall.timeZone)}`,
    "Hours in each person's own time zone; off days are weekends and public holidays of the business calendar.",
    "",
  ];
  if (report.people.length === 0) {
    lines.push("  Nobody was on call.");
  } else {
    lines.push(
      ...table([
        ["person", "name", "hours", "shifts", "off days", "after hours", "pages"],
        ...report.people.map((p) => [p.person, oncall.nameOf(p.person), hours(p.hours), String(p.shifts), hours(p.offDayHours), hours(p.afterHours), String(p.pages)]),
      ]),
    );
  }
  const percent = Math.round(result.threshold * 100);
  lines.push("");
  if (report.imbalances.length === 0) {
    lines.push(`Balanced: nobody is more than ${percent}% above or below their fair share of a rotation's hours.`);
  } else {
    lines.push(`Imbalanced: more than ${percent}% above or below a fair share of a rotation's hours`);
    lines.push(
      ...table(
        report.imbalances.map((i) => [i.rotation, i.person, `${hours(i.hours)} h`, `fair share ${hours(i.expected)} h`, `${i.deviation > 0 ? "+" : ""}${Math.round(i.deviation * 100)}%`]),
      ),
    );
  }
  return `${lines.join("\n")}\n`;
}

/** `fireline oncall report --format json`. */
export function renderReportJson(result: LoadReportResult, oncall: OnCallWorkspace): string {
  const value = {
    version: 1,
    from: formatUtc(result.from.epochMilliseconds),
    to: formatUtc(result.to.epochMilliseconds),
    threshold: result.threshold,
    people: result.report.people.map((p) => ({
      person: p.person,
      name: oncall.nameOf(p.person),
      hours: p.hours,
      shifts: p.shifts,
      off_day_hours: p.offDayHours,
      after_hours: p.afterHours,
      pages: p.pages,
      by_rotation: p.byRotation,
    })),
    imbalances: result.report.imbalances,
  };
  return `${JSON.stringify(value, null, 2)}\n`;
}
