import { INCIDENT_STATUSES, type IncidentStatus } from "../../schema/common.js";
import type { IncidentFile } from "../../schema/incident.js";
import type { EditOperation } from "./edit-operations.js";
import { INCIDENT_KEY_ORDER } from "./key-order.js";

type Stamp = "acknowledged_at" | "mitigated_at" | "resolved_at";

/**
 * The lifecycle timestamps a status implies. Reaching `identified` means someone is working on
 * it (acknowledged); `monitoring` means the impact has stopped (mitigated); `resolved` implies both.
 */
const STAMPS: Record<IncidentStatus, readonly Stamp[]> = {
  investigating: ["acknowledged_at"],
  identified: ["acknowledged_at"],
  monitoring: ["acknowledged_at", "mitigated_at"],
  resolved: ["acknowledged_at", "mitigated_at", "resolved_at"],
};

export function statusRank(status: IncidentStatus): number {
  return INCIDENT_STATUSES.indexOf(status);
}

/** Sets the timestamps the new status implies, each only if the file does not have it yet. */
export function lifecycleStamps(incident: IncidentFile, status: IncidentStatus, at: string): EditOperation[] {
  return STAMPS[status]
    .filter((key) => incident[key] === undefined)
    .map((key): EditOperation => ({ op: "set", path: [key], value: at, order: INCIDENT_KEY_ORDER }));
}
