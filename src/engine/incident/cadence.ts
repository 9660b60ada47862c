import { Temporal } from "temporal-polyfill";
import type { IncidentFile } from "../../schema/incident.js";
import type { Severity } from "../../schema/severity-policy.js";
import { highestSeverity } from "./severity-history.js";
import { exactDuration, parseDuration } from "../oncall/duration.js";

export interface UpdateDue {
  /** When the next update is due. */
  due: Temporal.Instant;
  /** The severity's update_cadence, e.g. "30m". */
  cadence: string;
  /** The update the clock runs from; absent when there is none yet and it runs from detection. */
  lastUpdateAt?: string;
  /** Whether only public updates count: for a public incident, customers are the audience. */
  publicOnly: boolean;
}

/**
 * When an open incident owes its next update: the last update that reached its audience (a
 * public one for a public incident, any for an internal one) plus the severity's cadence
 * (seed 004: Sev1 every 30 minutes, Sev2 every hour). Undefined when resolved or when the
 * cadence is `as_needed` or `none`.
 */
export function nextUpdateDue(incident: IncidentFile, severity: Severity | undefined): UpdateDue | undefined {
  if (incident.status === "resolved" || severity === undefined) return undefined;
  if (!/^[1-9][0-9]*[mhdw]$/.test(severity.update_cadence)) return undefined;
  const publicOnly = incident.public;
  const last = incident.updates.filter((update) => !publicOnly || update.public === true).at(-1);
  const from = last?.at ?? incident.detected_at ?? incident.started_at;
  const due = Temporal.Instant.from(from).add(exactDuration(parseDuration(severity.update_cadence)));
  return last ? { due, cadence: severity.update_cadence, lastUpdateAt: last.at, publicOnly } : { due, cadence: severity.update_cadence, publicOnly };
}

/**
 * The severity whose cadence an incident keeps: the most severe it reached, so lowering a Sev1
 * to Sev3 mid-incident does not silence the updates stakeholders were promised.
 */
export function cadenceSeverity(incident: IncidentFile, severities: Readonly<Record<string, Severity>> | undefined): { id: string; severity?: Severity } {
  const table = severities ?? {};
  const id = highestSeverity(incident, Object.keys(table));
  return Object.hasOwn(table, id) ? { id, severity: table[id] } : { id };
}
