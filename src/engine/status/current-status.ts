import type { ComponentStatus } from "../../schema/common.js";
import type { ImpactSegment } from "./impact-segments.js";
import { maintenancePhase } from "./maintenance-phase.js";
import type { PublicMaintenance } from "./public-records.js";
import { statusRank, worseOf } from "./status-rank.js";

/** A component's status right now: Statuspage's five values. */
export type CurrentStatus = ComponentStatus | "under_maintenance";

/**
 * The status of each component at `now`: the worst status of any incident still affecting it; if
 * none, under maintenance while a window that expects impact on it is in progress (a window that
 * expects no impact leaves it operational); else operational.
 */
export function currentStatuses(
  componentIds: readonly string[],
  segments: readonly ImpactSegment[],
  maintenance: readonly PublicMaintenance[],
  now: number,
): Map<string, CurrentStatus> {
  const incidentStatus = new Map<string, ComponentStatus>();
  for (const segment of segments) {
    if (segment.ongoing) incidentStatus.set(segment.component, worseOf(incidentStatus.get(segment.component) ?? "operational", segment.status));
  }
  const underMaintenance = new Set(
    maintenance
      .filter((window) => maintenancePhase(window, now) === "in_progress")
      .flatMap((window) => window.impacts.filter((impact) => impact.status !== "operational").map((impact) => impact.component)),
  );
  return new Map(
    componentIds.map((id): [string, CurrentStatus] => {
      const status = incidentStatus.get(id) ?? "operational";
      return [id, status === "operational" && underMaintenance.has(id) ? "under_maintenance" : status];
    }),
  );
}

/** The page's overall state: the worst component status, with maintenance below any impact. */
export function overallStatus(statuses: Iterable<CurrentStatus>): CurrentStatus {
  let worst: CurrentStatus = "operational";
  for (const status of statuses) {
    if (status === "under_maintenance") {
      if (worst === "operational") worst = status;
    } else if (worst === "under_maintenance" ? status !== "operational" : statusRank(status) > statusRank(worst)) {
      worst = status;
    }
  }
  return worst;
}
