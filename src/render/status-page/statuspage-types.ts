/**
 * The shapes of Atlassian Statuspage's public API v2 (https://<page>/api/v2/*.json), field for
 * field, so existing clients and widgets can read a fireline site.
 */

export type SpComponentStatus = "operational" | "degraded_performance" | "partial_outage" | "major_outage" | "under_maintenance";
export type SpIndicator = "none" | "minor" | "major" | "critical" | "maintenance";
export type SpImpact = "none" | "minor" | "major" | "critical" | "maintenance";
export type SpIncidentStatus = "investigating" | "identified" | "monitoring" | "resolved" | "postmortem";
export type SpMaintenanceStatus = "scheduled" | "in_progress" | "verifying" | "completed";

export interface SpPage {
  id: string;
  name: string;
  url: string;
  time_zone: string;
  updated_at: string;
}

export interface SpComponent {
  id: string;
  name: string;
  status: SpComponentStatus;
  created_at: string;
  updated_at: string;
  position: number;
  description: string | null;
  showcase: boolean;
  start_date: string | null;
  group_id: string | null;
  page_id: string;
  group: boolean;
  only_show_if_degraded: boolean;
  /** Groups only: the ids of their components. */
  components?: string[];
}

export interface SpAffectedComponent {
  code: string;
  name: string;
  old_status: SpComponentStatus;
  new_status: SpComponentStatus;
}

export interface SpIncidentUpdate {
  id: string;
  status: SpIncidentStatus | SpMaintenanceStatus;
  body: string;
  incident_id: string;
  created_at: string;
  updated_at: string;
  display_at: string;
  affected_components: SpAffectedComponent[] | null;
  deliver_notifications: boolean;
  custom_tweet: string | null;
  tweet_id: string | null;
}

export interface SpIncident {
  id: string;
  name: string;
  status: SpIncidentStatus;
  created_at: string;
  updated_at: string;
  monitoring_at: string | null;
  resolved_at: string | null;
  impact: SpImpact;
  shortlink: string;
  started_at: string;
  page_id: string;
  incident_updates: SpIncidentUpdate[];
  components: SpComponent[];
}

export interface SpScheduledMaintenance extends Omit<SpIncident, "status"> {
  status: SpMaintenanceStatus;
  scheduled_for: string;
  scheduled_until: string;
}

export interface SpStatus {
  indicator: SpIndicator;
  description: string;
}
