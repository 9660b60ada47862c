import { Temporal } from "temporal-polyfill";
import { createBusinessCalendar } from "../engine/business-days/business-calendar.js";
import { incidentPages, type PagedIncident } from "../engine/oncall/incident-pages.js";
import { DEFAULT_WORKING_HOURS, loadReport, type LoadReport, type WorkingTime } from "../engine/oncall/load-report.js";
import { instantMs } from "../engine/oncall/wall-clock.js";
import type { EscalationPolicy, OnCallWorkspace } from "./oncall-workspace.js";

export interface LoadReportResult {
  from: Temporal.Instant;
  to: Temporal.Instant;
  threshold: number;
  report: LoadReport;
}

import { DEFAULT_IMBALANCE_THRESHOLD } from "./imbalance-threshold.js";

export { DEFAULT_IMBALANCE_THRESHOLD } from "./imbalance-threshold.js";

/** `fireline oncall report`: load and fairness per person between two instants. */
export function onCallReport(oncall: OnCallWorkspace, from: Temporal.Instant, to: Temporal.Instant, threshold = DEFAULT_IMBALANCE_THRESHOLD): LoadReportResult {
  const { workspace } = oncall;
  const settings = workspace.config?.data.business_calendar;
  const { calendar } = createBusinessCalendar({
    ...(settings?.country === undefined ? {} : { country: settings.country }),
    ...(settings?.region === undefined ? {} : { region: settings.region }),
    ...(settings?.working_days === undefined ? {} : { workingDays: settings.working_days }),
    ...(settings?.closed_days === undefined ? {} : { closedDays: settings.closed_days }),
  });
  const people = workspace.people?.data.people ?? {};
  const workingTime = (handle: string): WorkingTime | undefined => {
    if (!Object.hasOwn(people, handle)) return undefined;
    const person = people[handle];
    if (!person) return undefined;
    const hours = person.working_hours;
    return {
      timeZone: person.time_zone,
      from: hours ? Temporal.PlainTime.from(hours.from) : DEFAULT_WORKING_HOURS.from,
      to: hours ? Temporal.PlainTime.from(hours.to) : DEFAULT_WORKING_HOURS.to,
    };
  };
  const report = loadReport({
    rotations: [...oncall.rotations.values()],
    from: from.epochMilliseconds,
    to: to.epochMilliseconds,
    workingTime,
    isOffDay: (date) => calendar.closedReason(date) !== undefined,
    pages: incidentPages(pagedIncidents(oncall, from.epochMilliseconds, to.epochMilliseconds), oncall.onCall),
    threshold,
  });
  return { from, to, threshold, report };
}

/** Incidents alerted in [from, to), with the escalation policies of their services. */
export function pagedIncidents(oncall: OnCallWorkspace, from: number, to: number): PagedIncident[] {
  const services = oncall.workspace.services?.data.services ?? {};
  const found: PagedIncident[] = [];
  for (const entry of oncall.workspace.incidents) {
    const incident = entry.incident?.data;
    if (!incident) continue;
    const alertedAt = instantMs(incident.detected_at ?? incident.started_at);
    if (alertedAt < from || alertedAt >= to) continue;
    const policyIds = new Set(Object.keys(incident.services).flatMap((service) => (Object.hasOwn(services, service) ? [services[service]?.escalation_policy ?? ""] : [])));
    const policies = [...policyIds].sort().flatMap((id): EscalationPolicy[] => {
      const policy = oncall.policies.get(id);
      return policy ? [policy] : [];
    });
    const paged: PagedIncident = { id: entry.id, alertedAt, policies };
    if (incident.acknowledged_at !== undefined) paged.acknowledgedAt = instantMs(incident.acknowledged_at);
    found.push(paged);
  }
  return found;
}
