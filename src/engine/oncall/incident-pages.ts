import { Temporal } from "temporal-polyfill";
import type { EscalationPolicyFile } from "../../schema/escalation-policy.js";
import { escalationTimeline } from "./escalation.js";

type PolicyFile = EscalationPolicyFile["escalation_policies"][string];

export interface PagedIncident {
  id: string;
  /** When the alert went out: detected_at, or started_at when the incident has no detected_at. */
  alertedAt: number;
  /** When somebody acknowledged; undefined when the file does not say. */
  acknowledgedAt?: number;
  /** The escalation policies of the incident's services. */
  policies: readonly PolicyFile[];
}

export interface IncidentPage {
  incident: string;
  person: string;
  at: number;
}

/**
 * Who each incident paged: every step of its services' escalation policies reached before the
 * acknowledgement (only the first step when the incident has no acknowledged_at). A person paged
 * several times for one incident counts once, at their first page.
 */
export function incidentPages(incidents: readonly PagedIncident[], onCall: (schedule: string, at: number) => string | undefined | null): IncidentPage[] {
  const pages: IncidentPage[] = [];
  for (const incident of incidents) {
    const paged = new Map<string, number>();
    const start = Temporal.Instant.fromEpochMilliseconds(incident.alertedAt);
    for (const policy of incident.policies) {
      for (const page of escalationTimeline(policy, start, onCall).pages) {
        const reached = incident.acknowledgedAt === undefined ? page.minute === 0 : page.at < incident.acknowledgedAt || page.minute === 0;
        if (!reached) continue;
        for (const target of page.targets) {
          const person = target.person;
          if (person !== undefined && !paged.has(person)) paged.set(person, page.at);
        }
      }
    }
    for (const [person, at] of paged) pages.push({ incident: incident.id, person, at });
  }
  return pages;
}
