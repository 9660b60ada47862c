import { Temporal } from "temporal-polyfill";
import { rotationSchedule } from "../engine/oncall/schedule.js";
import { renderCalendar, type CalendarShift } from "../render/oncall/ical.js";
import type { Workspace } from "../model/workspace.js";
import { onCallWorkspace, type OnCallWorkspace } from "./oncall-workspace.js";

export interface CalendarFile {
  /** Relative path: rotations/<id>.ics or people/<handle>.ics. */
  path: string;
  content: string;
}

export interface CalendarWindow {
  from: Temporal.Instant;
  to: Temporal.Instant;
}

/** Days of history and of future a calendar holds by default. */
export const CALENDAR_DAYS_BEFORE = 28;
export const CALENDAR_DAYS_AFTER = 182;

/**
 * The default calendar window around `now`: from 28 days before to 182 days after, cut at UTC
 * midnight so files built on the same day are identical.
 */
export function defaultCalendarWindow(now: Temporal.Instant): CalendarWindow {
  const today = now.toZonedDateTimeISO("UTC").startOfDay();
  return { from: today.subtract({ days: CALENDAR_DAYS_BEFORE }).toInstant(), to: today.add({ days: CALENDAR_DAYS_AFTER }).toInstant() };
}

/**
 * One iCalendar file per rotation and one per person on call in the window, sorted by path.
 * The site build writes these under an unlinked path; `fireline calendars --out` writes them to a folder.
 */
export function calendarFiles(oncall: OnCallWorkspace, window: CalendarWindow, rotationId?: string): CalendarFile[] {
  const from = window.from.epochMilliseconds;
  const to = window.to.epochMilliseconds;
  const files: CalendarFile[] = [];
  const byPerson = new Map<string, CalendarShift[]>();
  for (const [id, rotation] of oncall.rotations) {
    if (rotationId !== undefined && id !== rotationId) continue;
    const shifts = rotationSchedule(rotation, from, to).map((shift) => ({ shift, rotationName: rotation.name }));
    files.push({
      path: `rotations/${id}.ics`,
      content: renderCalendar(shifts, { name: `On call: ${rotation.name}`, description: `Who is on call in ${rotation.name} (${id}).`, kind: "rotation", nameOf: oncall.nameOf }),
    });
    for (const entry of shifts) byPerson.set(entry.shift.person, [...(byPerson.get(entry.shift.person) ?? []), entry]);
  }
  for (const [person, shifts] of byPerson) {
    files.push({
      path: `people/${person}.ics`,
      content: renderCalendar(shifts, { name: `On call: ${oncall.nameOf(person)}`, description: `When ${oncall.nameOf(person)} (${person}) is on call.`, kind: "person", nameOf: oncall.nameOf }),
    });
  }
  return files.sort((a, b) => (a.path < b.path ? -1 : 1));
}

/**
 * For the site build: every calendar for an already loaded workspace, in the default window
 * around `now`. Write them under a path the public page does not link to, for example
 * `<site>/oncall-<secret>/` or `<site>/_internal/oncall/`; on-call calendars are internal.
 */
export function siteCalendarFiles(workspace: Workspace, now: Temporal.Instant): CalendarFile[] {
  return calendarFiles(onCallWorkspace(workspace), defaultCalendarWindow(now));
}
