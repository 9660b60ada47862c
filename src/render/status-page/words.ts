import type { CurrentStatus } from "../../engine/status/current-status.js";
import type { MaintenancePhase } from "../../engine/status/maintenance-phase.js";
import type { DayKind } from "../../engine/status/uptime.js";
import type { IncidentStatus } from "../../schema/common.js";

/** What customers read. Incident wording follows the seed's status page template. */
export const INCIDENT_STATUS_WORDS: Record<IncidentStatus, string> = {
  investigating: "Investigating",
  identified: "Identified",
  monitoring: "Monitoring",
  resolved: "Resolved",
};

export const COMPONENT_STATUS_WORDS: Record<CurrentStatus, string> = {
  operational: "Operational",
  degraded_performance: "Degraded performance",
  partial_outage: "Partial outage",
  major_outage: "Major outage",
  under_maintenance: "Under maintenance",
};

/** The banner at the top of the home page. */
export const OVERALL_WORDS: Record<CurrentStatus, string> = {
  operational: "All systems operational",
  degraded_performance: "Degraded performance",
  partial_outage: "Partial outage",
  major_outage: "Major outage",
  under_maintenance: "Maintenance in progress",
};

export const PHASE_WORDS: Record<MaintenancePhase, string> = {
  scheduled: "Scheduled",
  in_progress: "In progress",
  completed: "Completed",
};

export const DAY_WORDS: Record<DayKind, string> = {
  no_data: "No data",
  operational: "No incidents",
  degraded_performance: "Degraded performance",
  partial_outage: "Partial outage",
  major_outage: "Major outage",
  under_maintenance: "Maintenance",
};

/** CSS class suffixes, one vocabulary for statuses, days and phases so the stylesheet stays small. */
export function statusClass(status: CurrentStatus | DayKind | MaintenancePhase | "resolved"): string {
  switch (status) {
    case "operational":
    case "resolved":
    case "completed":
      return "ok";
    case "degraded_performance":
      return "minor";
    case "partial_outage":
      return "partial";
    case "major_outage":
      return "major";
    case "under_maintenance":
    case "in_progress":
    case "scheduled":
      return "maint";
    case "no_data":
      return "none";
  }
}
