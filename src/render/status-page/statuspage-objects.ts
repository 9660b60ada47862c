import type { CurrentStatus } from "../../engine/status/current-status.js";
import { maintenancePhase } from "../../engine/status/maintenance-phase.js";
import type { ComponentState, PublicComponent, PublicIncident, PublicMaintenance } from "../../engine/status/public-records.js";
import { worstOf } from "../../engine/status/status-rank.js";
import { startOfDate } from "../../engine/status/uptime-days.js";
import type { ComponentStatus } from "../../schema/common.js";
import { PATHS, publicUrl } from "./site-paths.js";
import type { SiteContext } from "./site-context.js";
import type { SpAffectedComponent, SpComponent, SpImpact, SpIncident, SpIncidentUpdate, SpIndicator, SpPage, SpScheduledMaintenance, SpStatus } from "./statuspage-types.js";
import { isoUtc } from "./zone-time.js";

const IMPACT: Record<ComponentStatus, SpImpact> = { operational: "none", degraded_performance: "minor", partial_outage: "major", major_outage: "critical" };

/** status.json's indicator and Statuspage's own descriptions for it. */
const INDICATOR: Record<CurrentStatus, SpStatus> = {
  operational: { indicator: "none", description: "All Systems Operational" },
  degraded_performance: { indicator: "minor", description: "Minor Service Outage" },
  partial_outage: { indicator: "major", description: "Partial System Outage" },
  major_outage: { indicator: "critical", description: "Major System Outage" },
  under_maintenance: { indicator: "maintenance" satisfies SpIndicator, description: "Service Under Maintenance" },
};

export function spStatus(context: SiteContext): SpStatus {
  return INDICATOR[context.snapshot.overall];
}

/**
 * The page's updated_at is the last thing that happened by "now" (an update, a resolution, a window
 * opening or closing), not the build time, so rebuilding an unchanged workspace changes nothing.
 */
export function spPage(context: SiteContext): SpPage {
  const { settings, snapshot } = context;
  const { incidents, maintenance } = snapshot.records;
  const events = [
    ...incidents.flatMap((incident) => [incident.startedAt, incident.resolvedAt ?? 0, ...incident.updates.map((update) => update.at)]),
    ...maintenance.flatMap((window) => [window.startsAt, window.endsAt, ...window.notes.map((note) => note.at)]),
  ].filter((at) => at <= snapshot.now);
  return {
    id: settings.pageId,
    name: settings.organization,
    url: publicUrl(settings.baseUrl, PATHS.home),
    time_zone: settings.timeZone,
    updated_at: isoUtc(latest(events) ?? snapshot.now),
  };
}

/** Groups come first, each followed by its components, as Statuspage lists them. */
export function spComponents(context: SiteContext): SpComponent[] {
  const { records } = context.snapshot;
  const byId = new Map(records.components.map((component) => [component.id, component]));
  const list: SpComponent[] = [];
  const add = (component: SpComponent) => list.push({ ...component, position: list.length + 1 });
  for (const group of records.groups) {
    const members = group.componentIds.flatMap((id) => byId.get(id) ?? []).map((component) => spComponent(context, component));
    add(groupComponent(context, group.id, group.name, members));
    members.forEach(add);
  }
  records.components.filter((component) => component.groupId === undefined).forEach((component) => add(spComponent(context, component)));
  return list;
}

function spComponent(context: SiteContext, component: PublicComponent): SpComponent {
  const created = createdAt(context, component);
  return {
    id: component.id,
    name: component.name,
    status: context.snapshot.current.get(component.id) ?? "operational",
    created_at: isoUtc(created),
    updated_at: isoUtc(Math.max(created, lastChange(context, component.id) ?? created)),
    position: component.position,
    description: component.description ?? null,
    showcase: true,
    start_date: component.since ?? null,
    group_id: component.groupId ?? null,
    page_id: context.settings.pageId,
    group: false,
    only_show_if_degraded: false,
  };
}

function groupComponent(context: SiteContext, id: string, name: string, members: SpComponent[]): SpComponent {
  const statuses = members.map((member) => member.status);
  const impaired = worstOf(statuses.filter((status): status is ComponentStatus => status !== "under_maintenance"));
  const times = (pick: (member: SpComponent) => string) => members.map(pick).sort();
  return {
    id,
    name,
    status: impaired === "operational" && statuses.includes("under_maintenance") ? "under_maintenance" : impaired,
    created_at: times((member) => member.created_at)[0] ?? isoUtc(context.snapshot.now),
    updated_at: times((member) => member.updated_at).at(-1) ?? isoUtc(context.snapshot.now),
    position: 0,
    description: null,
    showcase: false,
    start_date: null,
    group_id: null,
    page_id: context.settings.pageId,
    group: true,
    only_show_if_degraded: false,
    components: members.map((member) => member.id),
  };
}

/**
 * The day it went live, else its first incident or window on record, else the page's first
 * record: never the build time while there is anything else to go by, so rebuilds agree.
 */
function createdAt(context: SiteContext, component: PublicComponent): number {
  if (component.since !== undefined) return startOfDate(component.since, context.settings.timeZone);
  const { incidents, maintenance } = context.snapshot.records;
  const starts = (only: string | undefined) => [
    ...incidents.filter((incident) => only === undefined || touches(incident.impacts, only)).map((incident) => incident.startedAt),
    ...maintenance.filter((window) => only === undefined || touches(window.impacts, only)).map((window) => window.startsAt),
  ];
  const earliest = (values: number[]) => values.reduce((a, b) => Math.min(a, b), Infinity);
  const own = earliest(starts(component.id));
  const page = earliest(starts(undefined));
  return own !== Infinity ? own : page !== Infinity ? page : context.snapshot.now;
}

function touches(impacts: readonly ComponentState[], id: string): boolean {
  return impacts.some((impact) => impact.component === id);
}

/** The last time the component's status changed, by "now". */
function lastChange(context: SiteContext, id: string): number | undefined {
  const { snapshot } = context;
  const times: number[] = [];
  for (const segments of snapshot.impact.values()) {
    for (const segment of segments) if (segment.component === id) times.push(segment.from, ...(segment.ongoing ? [] : [segment.to]));
  }
  for (const window of snapshot.records.maintenance) {
    if (window.impacts.some((impact) => impact.component === id && impact.status !== "operational")) times.push(window.startsAt, window.endsAt);
  }
  return latest(times.filter((at) => at <= snapshot.now));
}

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

/** The largest value, without spreading a long list into Math.max's arguments. */
function latest(values: readonly number[]): number | undefined {
  let max: number | undefined;
  for (const value of values) if (max === undefined || value > max) max = value;
  return max;
}
