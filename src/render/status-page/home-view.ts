import type { PublicComponent } from "../../engine/status/public-records.js";
import type { ComponentUptime, DayUptime } from "../../engine/status/uptime.js";
import { layoutView, type LayoutView } from "./layout-view.js";
import { incidentSummaryView, maintenanceSummaryView, type IncidentSummaryView, type MaintenanceSummaryView } from "./record-views.js";
import { PATHS, relativeHref } from "./site-paths.js";
import type { SiteContext } from "./site-context.js";
import { COMPONENT_STATUS_WORDS, DAY_WORDS, OVERALL_WORDS, statusClass } from "./words.js";
import { calendarDateText, durationText, percentText } from "./zone-time.js";

export interface DayView {
  class: string;
  label: string;
}

export interface ComponentRowView {
  id: string;
  name: string;
  description: string | undefined;
  statusText: string;
  statusClass: string;
  uptimeText: string;
  barLabel: string;
  days: DayView[];
  atomHref: string | undefined;
  badgeHref: string;
  barStartText: string;
}

export interface GroupView {
  name: string | undefined;
  components: ComponentRowView[];
}

export interface HomeView {
  layout: LayoutView;
  banner: { text: string; class: string };
  activeIncidents: IncidentSummaryView[];
  maintenanceInProgress: MaintenanceSummaryView[];
  upcomingMaintenance: MaintenanceSummaryView[];
  recentIncidents: IncidentSummaryView[];
  recentDays: number;
  groups: GroupView[];
  uptimeDays: number;
  historyHref: string;
}

const RECENT_DAYS = 14;
const DAY_MS = 86_400_000;

export function homeView(context: SiteContext): HomeView {
  const { snapshot, settings } = context;
  const path = PATHS.home;
  const { incidents, maintenance, components, groups } = snapshot.records;
  const windows = (phase: string) => maintenance.filter((window) => snapshot.phase.get(window.id) === phase);
  const rows = new Map(components.map((component) => [component.id, componentRow(context, component, path)]));
  const grouped: GroupView[] = groups.map((group) => ({ name: group.name, components: group.componentIds.flatMap((id) => rows.get(id) ?? []) }));
  const loose = components.filter((component) => component.groupId === undefined).flatMap((component) => rows.get(component.id) ?? []);
  if (loose.length > 0) grouped.push({ name: groups.length > 0 ? "Other services" : undefined, components: loose });
  return {
    layout: layoutView(context, path, undefined),
    banner: { text: OVERALL_WORDS[snapshot.overall], class: statusClass(snapshot.overall) },
    activeIncidents: incidents.filter((incident) => incident.status !== "resolved").map((incident) => incidentSummaryView(context, incident, path)),
    maintenanceInProgress: windows("in_progress").map((window) => maintenanceSummaryView(context, window, path)),
    // Soonest first: what customers need to plan around next.
    upcomingMaintenance: windows("scheduled").reverse().map((window) => maintenanceSummaryView(context, window, path)),
    recentIncidents: incidents
      .filter((incident) => incident.resolvedAt !== undefined && incident.resolvedAt > snapshot.now - RECENT_DAYS * DAY_MS)
      .map((incident) => incidentSummaryView(context, incident, path)),
    recentDays: RECENT_DAYS,
    groups: grouped,
    uptimeDays: settings.uptimeDays,
    historyHref: relativeHref(path, PATHS.history(1)),
  };
}

function componentRow(context: SiteContext, component: PublicComponent, path: string): ComponentRowView {
  const status = context.snapshot.current.get(component.id) ?? "operational";
  const uptime: ComponentUptime = context.snapshot.uptime.get(component.id) ?? { days: [], ratio: undefined };
  const uptimeText = uptime.ratio === undefined ? "No data" : `${percentText(uptime.ratio)} uptime`;
  const incidentDays = uptime.days.filter((day) => day.kind !== "operational" && day.kind !== "no_data" && day.kind !== "under_maintenance").length;
  return {
    id: component.id,
    name: component.name,
    description: component.description,
    statusText: COMPONENT_STATUS_WORDS[status],
    statusClass: statusClass(status),
    uptimeText,
    barLabel: `${component.name}, last ${String(uptime.days.length)} days: ${uptimeText}, ${dayCount(incidentDays)} with incidents`,
    days: uptime.days.map((day) => ({ class: statusClass(day.kind), label: dayLabel(day) })),
    atomHref: context.settings.baseUrl === undefined ? undefined : relativeHref(path, PATHS.componentFeed(component.id, "atom")),
    barStartText: `${String(uptime.days.length)} days ago`,
    badgeHref: relativeHref(path, PATHS.componentBadge(component.id, "svg")),
  };
}

/** "23 Nov 2026: Degraded performance 2 h 19 min, 100.00%" — the tooltip of one square. */
function dayLabel(day: DayUptime): string {
  const date = calendarDateText(day.date);
  if (day.kind === "no_data") return `${date}: No data`;
  const impacts = (["major_outage", "partial_outage", "degraded_performance"] as const)
    .filter((status) => day.impactMs[status] > 0)
    .map((status) => `${COMPONENT_STATUS_WORDS[status]} ${durationText(day.impactMs[status])}`);
  const what = impacts.length > 0 ? impacts.join(", ") : DAY_WORDS[day.kind];
  return day.ratio === undefined ? `${date}: ${what}` : `${date}: ${what}, ${percentText(day.ratio)}`;
}

function dayCount(n: number): string {
  return n === 1 ? "1 day" : `${String(n)} days`;
}
