import type { MaintenancePhase } from "../../engine/status/maintenance-phase.js";
import type { ComponentState, PublicIncident, PublicMaintenance, PublicUpdate } from "../../engine/status/public-records.js";
import { worstOf } from "../../engine/status/status-rank.js";
import { renderMarkdown } from "./markdown.js";
import { PATHS, relativeHref } from "./site-paths.js";
import type { SiteContext } from "./site-context.js";
import { COMPONENT_STATUS_WORDS, INCIDENT_STATUS_WORDS, PHASE_WORDS, statusClass } from "./words.js";
import { durationText, type TimeView } from "./zone-time.js";

/** Pieces of incident and maintenance views that several pages share. */

export interface UpdateView {
  id: string;
  statusText: string;
  statusClass: string;
  time: TimeView;
  bodyHtml: string;
}

export interface ImpactView {
  name: string;
  statusText: string;
  statusClass: string;
}

export interface IncidentSummaryView {
  title: string;
  href: string;
  statusText: string;
  statusClass: string;
  impactText: string;
  impactClass: string;
  componentsText: string;
  started: TimeView;
  durationText: string;
  latest: UpdateView | undefined;
}

export interface MaintenanceSummaryView {
  title: string;
  href: string;
  phaseText: string;
  phaseClass: string;
  starts: TimeView;
  ends: TimeView;
  componentsText: string;
}

export function updateView(context: SiteContext, update: PublicUpdate): UpdateView {
  return {
    id: `update-${update.id}`,
    statusText: INCIDENT_STATUS_WORDS[update.status],
    statusClass: update.status === "resolved" ? "ok" : "active",
    time: context.clock.dateTime(update.at),
    bodyHtml: renderMarkdown(update.message, `u-${update.id}`),
  };
}

export function impactViews(context: SiteContext, impacts: readonly ComponentState[]): ImpactView[] {
  return impacts.map((impact) => ({
    name: context.componentName(impact.component),
    statusText: COMPONENT_STATUS_WORDS[impact.status],
    statusClass: statusClass(impact.status),
  }));
}

/** "Ongoing for 2 h 19 min" or "1 h 28 min". */
export function incidentDuration(incident: PublicIncident, now: number): string {
  const end = incident.resolvedAt ?? now;
  const text = durationText(Math.max(0, end - incident.startedAt));
  return incident.resolvedAt === undefined ? `Ongoing for ${text}` : text;
}

export function incidentSummaryView(context: SiteContext, incident: PublicIncident, fromPath: string): IncidentSummaryView {
  const worst = worstOf(incident.impacts.map((impact) => impact.status));
  const latest = incident.updates.at(-1);
  return {
    title: incident.title,
    href: relativeHref(fromPath, PATHS.incident(incident.id)),
    statusText: INCIDENT_STATUS_WORDS[incident.status],
    statusClass: incident.status === "resolved" ? "ok" : "active",
    impactText: COMPONENT_STATUS_WORDS[worst],
    impactClass: statusClass(worst),
    componentsText: namesText(context, incident.impacts),
    started: context.clock.dateTime(incident.startedAt),
    durationText: incidentDuration(incident, context.snapshot.now),
    latest: latest === undefined ? undefined : updateView(context, latest),
  };
}

export function maintenanceSummaryView(context: SiteContext, window: PublicMaintenance, fromPath: string): MaintenanceSummaryView {
  const phase: MaintenancePhase = context.snapshot.phase.get(window.id) ?? "scheduled";
  return {
    title: window.title,
    href: relativeHref(fromPath, PATHS.maintenance(window.id)),
    phaseText: PHASE_WORDS[phase],
    phaseClass: statusClass(phase),
    starts: context.clock.dateTime(window.startsAt),
    ends: context.clock.sameDay(window.startsAt, window.endsAt) ? context.clock.time(window.endsAt) : context.clock.dateTime(window.endsAt),
    componentsText: namesText(context, window.impacts),
  };
}

/** "Checkout, Payments API", or "No public components" when only internal services were touched. */
function namesText(context: SiteContext, impacts: readonly ComponentState[]): string {
  return impacts.length === 0 ? "No public components" : impacts.map((impact) => context.componentName(impact.component)).join(", ");
}
