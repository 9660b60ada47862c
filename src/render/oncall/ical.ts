import ical, { ICalEventTransparency } from "ical-generator";
import { Temporal } from "temporal-polyfill";
import type { ScheduleShift } from "../../engine/oncall/types.js";

export interface CalendarShift {
  shift: ScheduleShift;
  /** The rotation's human name. */
  rotationName: string;
}

export interface CalendarOptions {
  /** Calendar name shown in calendar apps. */
  name: string;
  description: string;
  /** Whose calendar: a rotation's events are titled "Payments primary: Alice Moreau", a person's "On call: Payments primary". */
  kind: "rotation" | "person";
  nameOf: (handle: string) => string;
}

/** 20260308T070000Z: an instant in iCalendar's basic UTC form, for UIDs. */
function basicUtc(ms: number): string {
  return Temporal.Instant.fromEpochMilliseconds(ms).toString({ smallestUnit: "second" }).replaceAll("-", "").replaceAll(":", "");
}

/**
 * The UID of a shift's event. It depends only on the rotation, the person and the shift's
 * instants, so it is the same on every run and survives edits that do not change the shift;
 * a calendar app then updates events in place instead of duplicating them.
 */
export function shiftUid(kind: CalendarOptions["kind"], shift: ScheduleShift): string {
  const owner = kind === "rotation" ? `${shift.rotation}.${shift.person}` : `${shift.person}.${shift.rotation}`;
  return `${owner}.${basicUtc(shift.start)}.${basicUtc(shift.end)}@oncall.fireline`;
}

/**
 * An iCalendar file of on-call shifts. Times are in UTC, events are transparent (on call is not
 * "busy"), and DTSTAMP is the shift's start, so the same schedule gives byte-identical output.
 */
export function renderCalendar(shifts: readonly CalendarShift[], options: CalendarOptions): string {
  const calendar = ical({
    name: options.name,
    description: options.description,
    prodId: { company: "fireline", product: "oncall", language: "EN" },
  });
  const sorted = [...shifts].sort((a, b) => a.shift.start - b.shift.start || (a.shift.rotation < b.shift.rotation ? -1 : 1));
  for (const { shift, rotationName } of sorted) {
    const who = `${options.nameOf(shift.person)} (${shift.person})`;
    const why = [
      shift.layer ? `Layer: ${shift.layer.name}` : "",
      shift.override ? `Override${shift.override.covers === undefined ? "" : ` covering ${options.nameOf(shift.override.covers)}`}${shift.override.reason ? `: ${shift.override.reason}` : ""}` : "",
    ].filter(Boolean);
    calendar.createEvent({
      id: shiftUid(options.kind, shift),
      start: Temporal.Instant.fromEpochMilliseconds(shift.start),
      end: Temporal.Instant.fromEpochMilliseconds(shift.end),
      stamp: Temporal.Instant.fromEpochMilliseconds(shift.start),
      summary: options.kind === "rotation" ? `${rotationName}: ${options.nameOf(shift.person)}` : `On call: ${rotationName}`,
      description: [`${who} is on call in ${rotationName} (${shift.rotation}).`, ...why].join("\n"),
      transparency: ICalEventTransparency.TRANSPARENT,
    });
  }
  return calendar.toString();
}
