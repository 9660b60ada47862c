import { Temporal } from "temporal-polyfill";
import type { EscalationPolicyFile } from "../../schema/escalation-policy.js";
import { exactDuration, parseDuration } from "../oncall/duration.js";
import type { IncidentPage, PagedIncident } from "../oncall/incident-pages.js";
import type { WorkingTime } from "../oncall/load-report.js";
import { rotationSchedule } from "../oncall/schedule.js";
import type { CompiledRotation, ScheduleShift } from "../oncall/types.js";
import { wallClockMs } from "../oncall/wall-clock.js";
import { personOnCall } from "../oncall/who-is-on-call.js";
import { compareText } from "./grouping.js";
import type { IncidentFacts } from "./incident-facts.js";
import type { Period } from "./period.js";
import { ZonedDays } from "./zoned-days.js";
import { stretches } from "../oncall/stretches.js";

type PolicyFile = EscalationPolicyFile["escalation_policies"][string];

export interface OnCallLoadInput {
  rotations: readonly CompiledRotation[];
  /** Escalation policies by id, and each service's policy id. */
  policies: ReadonlyMap<string, PolicyFile>;
  servicePolicy: ReadonlyMap<string, string>;
  /** The period's incidents. */
  incidents: readonly IncidentFacts[];
  period: Period;
  /** A person's zone and working hours. */
  workingTime: (person: string) => WorkingTime;
  /** Weekends, public holidays and closed days of the business calendar. */
  isOffDay: (date: Temporal.PlainDate) => boolean;
}

/**
 * - shifts: stretches on call in the period (the caller ends it at now; back-to-back shifts of one person in one rotation
 *   count once), every rotation;
 * - pages: people an incident's alert reached through its services' escalation policies, level by
 *   level until acknowledged_at (only the first level without it), each person once per
 *   incident — as `fireline oncall report` counts them;
 * - after-hours pages: pages outside the person's working hours or on an off day (weekend, public
 *   holiday, closed day), in the person's own time zone;
 * - pages per shift: pages ÷ shifts.
 */
export interface OnCallLoad {
  shifts: number;
  pages: number;
  afterHoursPages: number;
  pagesPerShift?: number;
  /** Per person, most pages first, then most shifts, then by handle. */
  people: PersonPages[];
}

export interface PersonPages {
  person: string;
  shifts: number;
  pages: number;
  afterHoursPages: number;
}

export function onCallLoad(input: OnCallLoadInput): OnCallLoad {
  const people = new Map<string, PersonPages>();
  const row = (person: string) => {
    let found = people.get(person);
    if (!found) people.set(person, (found = { person, shifts: 0, pages: 0, afterHoursPages: 0 }));
    return found;
  };
  // Each rotation's schedule is worked out once, a little past the period so late escalation steps find it too.
  const ahead = input.period.to + LOOK_AHEAD_MS;
  const schedules = new Map(input.rotations.map((rotation) => [rotation.id, { rotation, shifts: rotationSchedule(rotation, input.period.from, ahead) }]));
  for (const { shifts } of schedules.values()) {
    const inPeriod = shifts.filter((shift) => shift.start < input.period.to);
    for (const stretch of stretches(inPeriod)) row(stretch.person).shifts++;
  }

  const pages = pagesBeforeAcknowledgement(pagedIncidents(input), onCallFrom(schedules, input.period.from, ahead));
  const hours = new WorkingHoursIndex(input.workingTime, input.isOffDay);
  for (const page of pages) {
    const found = row(page.person);
    found.pages++;
    if (hours.isAfterHours(page.person, page.at)) found.afterHoursPages++;
  }

  const list = [...people.values()].sort((a, b) => b.pages - a.pages || b.shifts - a.shifts || compareText(a.person, b.person));
  const load: OnCallLoad = {
    shifts: list.reduce((sum, person) => sum + person.shifts, 0),
    pages: list.reduce((sum, person) => sum + person.pages, 0),
    afterHoursPages: list.reduce((sum, person) => sum + person.afterHoursPages, 0),
    people: list,
  };
  if (load.shifts > 0) load.pagesPerShift = load.pages / load.shifts;
  return load;
}

/** The period's incidents as the paging engine sees them: alerted at detected_at, else started_at. */
function pagedIncidents(input: OnCallLoadInput): PagedIncident[] {
  return input.incidents.map((incident) => {
    const ids = [...new Set(incident.services.flatMap((service) => input.servicePolicy.get(service) ?? []))].sort();
    const paged: PagedIncident = {
      id: incident.id,
      alertedAt: incident.at.detected ?? incident.at.started,
      policies: ids.flatMap((id) => input.policies.get(id) ?? []),
    };
    if (incident.at.acknowledged !== undefined) paged.acknowledgedAt = incident.at.acknowledged;
    return paged;
  });
}

/**
 * Who each incident paged, exactly as the on-call engine's `incidentPages` decides (a test holds
 * the two equal): every step of its services' escalation policies reached before the
 * acknowledgement (only the first step without one), each person once, at their first page. The
 * delays are turned into milliseconds once per policy, and the walk stops at the first step after
 * the acknowledgement, instead of laying out every repeat of every policy for every incident.
 */
export function pagesBeforeAcknowledgement(incidents: readonly PagedIncident[], onCall: (schedule: string, at: number) => string | undefined | null): IncidentPage[] {
  const steps = new Map<PolicyFile, { offset: number; targets: PolicyFile["levels"][number]["notify"] }[]>();
  const stepsOf = (policy: PolicyFile) => {
    let found = steps.get(policy);
    if (!found) {
      found = [];
      let elapsed = 0;
      for (let cycle = 0; cycle <= (policy.repeat ?? 0); cycle++) {
        for (const level of policy.levels) {
          found.push({ offset: elapsed, targets: level.notify });
          elapsed += exactDuration(parseDuration(level.escalate_after)).total({ unit: "milliseconds" });
        }
      }
      steps.set(policy, found);
    }
    return found;
  };
  const pages: IncidentPage[] = [];
  for (const incident of incidents) {
    const paged = new Map<string, number>();
    for (const policy of incident.policies) {
      for (const step of stepsOf(policy)) {
        const at = incident.alertedAt + step.offset;
        const reached = step.offset === 0 || (incident.acknowledgedAt !== undefined && at < incident.acknowledgedAt);
        if (!reached) break;
        for (const target of step.targets) {
          const person = target.schedule === undefined ? (target.person ?? "") : onCall(target.schedule, at);
          if (typeof person === "string" && !paged.has(person)) paged.set(person, at);
        }
      }
    }
    for (const [person, at] of paged) pages.push({ incident: incident.id, person, at });
  }
  return pages;
}

const LOOK_AHEAD_MS = 14 * 86_400_000;

/**
 * Who is on call in a rotation at an instant, by binary search in the rotation's schedule
 * (worked out once for [from, to)), instead of working the schedule out again for every page.
 * Instants outside it are answered the slow way.
 */
function onCallFrom(
  schedules: ReadonlyMap<string, { rotation: CompiledRotation; shifts: readonly ScheduleShift[] }>,
  from: number,
  to: number,
): (schedule: string, at: number) => string | undefined | null {
  return (id, at) => {
    const found = schedules.get(id);
    if (!found) return null;
    if (at < from || at >= to) return personOnCall(found.rotation, at);
    const { shifts } = found;
    let low = 0;
    let high = shifts.length - 1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      const shift = shifts[mid];
      if (!shift) break;
      if (at < shift.start) high = mid - 1;
      else if (at >= shift.end) low = mid + 1;
      else return shift.person;
    }
    return undefined;
  };
}

/** Whether an instant is outside a person's working hours, with each zone's days and each day's hours worked out once. */
class WorkingHoursIndex {
  readonly #days = new Map<string, ZonedDays>();
  readonly #people = new Map<string, { working: WorkingTime; days: ZonedDays; key: string }>();
  readonly #windows = new Map<string, { off: boolean; open: number; close: number }>();

  constructor(
    readonly workingTime: (person: string) => WorkingTime,
    readonly isOffDay: (date: Temporal.PlainDate) => boolean,
  ) {}

  isAfterHours(person: string, at: number): boolean {
    const { working, days, key } = this.#person(person);
    const date = days.dateOf(at);
    let window = this.#windows.get(`${key} ${date}`);
    if (!window) {
      const day = Temporal.PlainDate.from(date);
      window = {
        off: this.isOffDay(day),
        open: wallClockMs(day.toPlainDateTime(working.from), working.timeZone),
        close: wallClockMs(day.toPlainDateTime(working.to), working.timeZone),
      };
      this.#windows.set(`${key} ${date}`, window);
    }
    return window.off || at < window.open || at >= window.close;
  }

  #person(person: string) {
    let found = this.#people.get(person);
    if (!found) {
      const working = this.workingTime(person);
      let days = this.#days.get(working.timeZone);
      if (!days) this.#days.set(working.timeZone, (days = new ZonedDays(working.timeZone)));
      found = { working, days, key: `${working.timeZone} ${working.from.toString()} ${working.to.toString()}` };
      this.#people.set(person, found);
    }
    return found;
  }
}
