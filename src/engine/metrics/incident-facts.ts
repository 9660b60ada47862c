import { Temporal } from "temporal-polyfill";
import type { Workspace } from "../../model/workspace.js";
import type { IncidentStatus } from "../../schema/common.js";
import type { IncidentFile } from "../../schema/incident.js";
import { parseBusinessDays } from "../business-days/deadline.js";
import { postmortemRequirement, requirementPolicy, type RequirementPolicy } from "../postmortem/requirement.js";

/** The lifecycle timestamps of incident.yaml, in the order an incident passes them. */
export const STAMPS = ["started", "detected", "acknowledged", "mitigated", "resolved"] as const;
export type Stamp = (typeof STAMPS)[number];

/** What the metrics need of one incident: plain data, instants as epoch milliseconds. */
export interface IncidentFacts {
  id: string;
  title: string;
  severity: string;
  status: IncidentStatus;
  /** Affected services, in file order. */
  services: readonly string[];
  tags: readonly string[];
  /** Each lifecycle timestamp incident.yaml gives (started_at always). */
  at: { started: number } & Partial<Record<Exclude<Stamp, "started">, number>>;
  /**
   * How often the timeline went from `resolved` back to an open status (an update with status
   * resolved followed by one with investigating, identified or monitoring). 0 for most incidents.
   */
  reopened: number;
  /** Whether a postmortem is owed (by severity or a trigger) and its deadline in business days; from postmortemRequirement. */
  postmortem?: OwedPostmortem;
}

/** Whether a postmortem is owed, whether the severity rule is why (else only a trigger), and its deadline. */
export interface OwedPostmortem {
  required: boolean;
  /** The highest severity the incident reached requires one (false when only a trigger does). */
  bySeverity: boolean;
  dueDays?: number;
}

/** Incidents whose incident.yaml loaded, as facts; and the ids of those that did not (missing or invalid). */
export function incidentFacts(workspace: Workspace): { incidents: IncidentFacts[]; unreadable: string[] } {
  const incidents: IncidentFacts[] = [];
  const unreadable: string[] = [];
  const policy = requirementPolicy(workspace.severity?.data);
  for (const entry of workspace.incidents) {
    if (entry.incident) incidents.push(factsOf(entry.id, entry.incident.data, policy));
    else unreadable.push(entry.id);
  }
  return { incidents, unreadable };
}

export function factsOf(id: string, data: IncidentFile, policy?: RequirementPolicy): IncidentFacts {
  const at: IncidentFacts["at"] = { started: instant(data.started_at) };
  if (data.detected_at !== undefined) at.detected = instant(data.detected_at);
  if (data.acknowledged_at !== undefined) at.acknowledged = instant(data.acknowledged_at);
  if (data.mitigated_at !== undefined) at.mitigated = instant(data.mitigated_at);
  if (data.resolved_at !== undefined) at.resolved = instant(data.resolved_at);
  return {
    id,
    title: data.title,
    severity: data.severity,
    status: data.status,
    services: Object.keys(data.services),
    tags: data.tags ?? [],
    at,
    reopened: countReopenings(data.updates.map((update) => update.status)),
    ...(policy === undefined ? {} : { postmortem: owed(data, policy, at) }),
  };
}

/** How many times a sequence of statuses leaves `resolved` for an open status. */
export function countReopenings(statuses: readonly IncidentStatus[]): number {
  let count = 0;
  for (let i = 1; i < statuses.length; i++) if (statuses[i - 1] === "resolved" && statuses[i] !== "resolved") count++;
  return count;
}

function owed(data: IncidentFile, policy: RequirementPolicy, at: IncidentFacts["at"]): OwedPostmortem {
  const requirement = postmortemRequirement(data, policy, at);
  const owed: OwedPostmortem = { required: requirement.required, bySeverity: policy.severities.get(requirement.severity)?.required === true };
  if (requirement.due !== undefined) owed.dueDays = parseBusinessDays(requirement.due);
  return owed;
}

function instant(text: string): number {
  return Temporal.Instant.from(text).epochMilliseconds;
}
