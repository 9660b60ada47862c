import { maintenancePhase } from "../../engine/status/maintenance-phase.js";
import type { PublicIncident, PublicMaintenance } from "../../engine/status/public-records.js";
import { worstOf } from "../../engine/status/status-rank.js";
import type { ComponentStatus } from "../../schema/common.js";
import { PATHS, publicUrl } from "./site-paths.js";
import type { SiteContext } from "./site-context.js";
import { latest } from "./statuspage-page.js";
import type { SpAffectedComponent, SpComponent, SpImpact, SpIncident, SpIncidentUpdate, SpScheduledMaintenance } from "./statuspage-types.js";
import { isoUtc } from "./zone-time.js";

const IMPACT: Record<ComponentStatus, SpImpact> = { operational: "none", degraded_performance: "minor", partial_outage: "major", major_outage: "critical" };
export function spIncident(context: SiteContext, incident: PublicIncident, components: ReadonlyMap<string, SpComponent>): SpIncident {
  const first = incident.updates[0];
  const last = incident.updates.at(-1);
  const monitoring = incident.updates.find((update) => update.status === "monitoring");
  return {
    id: incident.id,
    name: incident.title,
    status: incident.status,
    created_at: isoUtc(first?.at ?? incident.startedAt),
    updated_at: isoUtc(Math.max(last?.at ?? incident.startedAt, incident.resolvedAt ?? 0)),
    monitoring_at: monitoring === undefined ? null : isoUtc(monitoring.at),
    resolved_at: incident.resolvedAt === undefined ? null : isoUtc(incident.resolvedAt),
    impact: IMPACT[worstOf(incident.impacts.map((impact) => impact.status))],
    shortlink: publicUrl(context.settings.baseUrl, PATHS.incident(incident.id)),
    started_at: isoUtc(incident.startedAt),
    page_id: context.settings.pageId,
    incident_updates: incidentUpdates(context, incident),
    components: incident.impacts.flatMap((impact) => components.get(impact.component) ?? []),
  };
}

/** Newest first, each naming the component statuses it changed. */
function incidentUpdates(context: SiteContext, incident: PublicIncident): SpIncidentUpdate[] {
  const known = new Map<string, ComponentStatus>();
  return incident.updates
    .map((update): SpIncidentUpdate => {
      const affected = update.components.map((state): SpAffectedComponent => {
        const old = known.get(state.component) ?? "operational";
        known.set(state.component, state.status);
        return { code: state.component, name: context.componentName(state.component), old_status: old, new_status: state.status };
      });
      return spUpdate(update.id, incident.id, update.status, update.message, update.at, affected.length > 0 ? affected : null);
    })
    .reverse();
}

export function spMaintenance(context: SiteContext, window: PublicMaintenance, components: ReadonlyMap<string, SpComponent>): SpScheduledMaintenance {
  const { now } = context.snapshot;
  const phase = context.snapshot.phase.get(window.id) ?? maintenancePhase(window, now);
  const changes = [window.startsAt, window.endsAt, ...window.notes.map((note) => note.at)].filter((at) => at <= now);
  return {
    id: window.id,
    name: window.title,
    status: phase,
    created_at: isoUtc(window.notes[0]?.at ?? window.startsAt),
    updated_at: isoUtc(latest(changes) ?? window.notes[0]?.at ?? window.startsAt),
    monitoring_at: null,
    resolved_at: phase === "completed" ? isoUtc(window.endsAt) : null,
    impact: "maintenance",
    shortlink: publicUrl(context.settings.baseUrl, PATHS.maintenance(window.id)),
    started_at: isoUtc(window.startsAt),
    page_id: context.settings.pageId,
    incident_updates: window.notes
      .map((note) => spUpdate(note.id, window.id, maintenancePhase(window, note.at), note.message, note.at, null))
      .reverse(),
    components: window.impacts.flatMap((impact) => components.get(impact.component) ?? []),
    scheduled_for: isoUtc(window.startsAt),
    scheduled_until: isoUtc(window.endsAt),
  };
}

function spUpdate(
  id: string,
  parent: string,
  status: SpIncidentUpdate["status"],
  body: string,
  at: number,
  affected: SpAffectedComponent[] | null,
): SpIncidentUpdate {
  const time = isoUtc(at);
  return {
    id,
    status,
    body,
    incident_id: parent,
    created_at: time,
    updated_at: time,
    display_at: time,
    affected_components: affected,
    deliver_notifications: true,
    custom_tweet: null,
    tweet_id: null,
  };
}
