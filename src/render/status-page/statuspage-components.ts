import type { ComponentState, PublicComponent } from "../../engine/status/public-records.js";
import { worstOf } from "../../engine/status/status-rank.js";
import { startOfDate } from "../../engine/status/uptime-days.js";
import type { ComponentStatus } from "../../schema/common.js";
import type { SiteContext } from "./site-context.js";
import { latest } from "./statuspage-page.js";
import type { SpComponent } from "./statuspage-types.js";
import { isoUtc } from "./zone-time.js";

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
