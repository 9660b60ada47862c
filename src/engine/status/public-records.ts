import { epochMs } from "../../model/instant.js";
import type { IncidentEntry, Named, Workspace } from "../../model/workspace.js";
import type { ComponentStatus, IncidentStatus } from "../../schema/common.js";
import type { MaintenanceFile } from "../../schema/maintenance.js";
import { publicComponents, type PublicComponent, type PublicGroup } from "./public-components.js";
import { postmortemSummary } from "./postmortem-summary.js";

export type { PublicComponent, PublicGroup };

/** A component and its status, as an incident update or a maintenance window states it. */
export interface ComponentState {
  component: string;
  status: ComponentStatus;
}

export interface PublicUpdate {
  /** Stable within the incident: `<incident id>-<n>`, counting public updates only. */
  id: string;
  at: number;
  status: IncidentStatus;
  message: string;
  /** Status changes this update announces, public components only. */
  components: ComponentState[];
}

export interface PublicIncident {
  id: string;
  title: string;
  /** The severity in customer words (the policy's customer_label, else its name). */
  severityLabel: string;
  /** As of the build's "now": resolved once resolved_at has passed, else the latest public update's status. */
  status: IncidentStatus;
  startedAt: number;
  mitigatedAt: number | undefined;
  resolvedAt: number | undefined;
  /** Worst impact on each affected public component, in page order. */
  impacts: ComponentState[];
  /** Public updates posted by "now", oldest first. */
  updates: PublicUpdate[];
  /** The published postmortem's summary section (markdown), when the postmortem is public. */
  postmortem: { publishedAt: number | undefined; summary: string } | undefined;
}

export interface MaintenanceNote {
  id: string;
  at: number;
  message: string;
}

export interface PublicMaintenance {
  id: string;
  title: string;
  description: string;
  startsAt: number;
  endsAt: number;
  /** Expected impact on each public component, in page order. */
  impacts: ComponentState[];
  /** Notes posted by "now", oldest first. */
  notes: MaintenanceNote[];
}

/** Everything the status page may show. Nothing private survives this projection. */
export interface PublicRecords {
  components: PublicComponent[];
  groups: PublicGroup[];
  /** Newest first (start time, then id). */
  incidents: PublicIncident[];
  /** Newest first (window start, then id). */
  maintenance: PublicMaintenance[];
}

/**
 * The public view of a workspace as it stood at `now`: public incidents from their first public
 * update on, public updates only, public services only, and nothing posted after `now`, so a build
 * with an earlier --now shows the page as it was then.
 */
export function publicRecords(workspace: Workspace, now: number): PublicRecords {
  const { components, groups } = publicComponents(workspace.services?.data, workspace.config?.data);
  const position = new Map(components.map((component) => [component.id, component.position]));
  const severities = workspace.severity?.data.severities ?? {};
  const severityLabel = (id: string) => severities[id]?.customer_label ?? severities[id]?.name ?? id;

  const incidents = workspace.incidents
    .flatMap((entry) => publicIncident(entry, now, position, severityLabel) ?? [])
    .sort((a, b) => b.startedAt - a.startedAt || compareIds(a.id, b.id));
  const maintenance = workspace.maintenance
    .flatMap((entry) => publicMaintenance(entry, now, position) ?? [])
    .sort((a, b) => b.startsAt - a.startsAt || compareIds(a.id, b.id));
  return { components, groups, incidents, maintenance };
}

function publicIncident(
  entry: IncidentEntry,
  now: number,
  position: ReadonlyMap<string, number>,
  severityLabel: (id: string) => string,
): PublicIncident | undefined {
  const data = entry.incident?.data;
  if (!data?.public) return undefined;
  const updates: PublicUpdate[] = [];
  for (const update of data.updates) {
    if (update.public !== true) continue;
    const at = epochMs(update.at);
    if (at > now) continue;
    updates.push({ id: `${entry.id}-${String(updates.length + 1)}`, at, status: update.status, message: update.message, components: onlyPublic(update.components ?? {}, position) });
  }
  const latest = updates.at(-1);
  // An incident appears on the page with its first public update, as it would on a hosted page.
  if (latest === undefined) return undefined;
  const resolvedAt = passed(data.resolved_at, now);
  return {
    id: entry.id,
    title: data.title,
    severityLabel: severityLabel(data.severity),
    status: resolvedAt === undefined ? latest.status : "resolved",
    startedAt: epochMs(data.started_at),
    mitigatedAt: passed(data.mitigated_at, now),
    resolvedAt,
    impacts: onlyPublic(data.services, position),
    updates,
    postmortem: publicPostmortem(entry, now),
  };
}

function publicPostmortem(entry: IncidentEntry, now: number): PublicIncident["postmortem"] {
  const front = entry.postmortem?.frontMatter;
  if (entry.postmortem === undefined || front?.status !== "published" || front.public !== true) return undefined;
  const publishedAt = front.published_at === undefined ? undefined : epochMs(front.published_at);
  if (publishedAt !== undefined && publishedAt > now) return undefined;
  const summary = postmortemSummary(entry.postmortem.body);
  return summary === undefined ? undefined : { publishedAt, summary };
}

function publicMaintenance(entry: Named<MaintenanceFile>, now: number, position: ReadonlyMap<string, number>): PublicMaintenance | undefined {
  const data = entry.data;
  if (!data.public) return undefined;
  return {
    id: entry.id,
    title: data.title,
    description: data.description,
    startsAt: epochMs(data.starts_at),
    endsAt: epochMs(data.ends_at),
    impacts: onlyPublic(data.services, position),
    notes: (data.updates ?? [])
      .filter((note) => epochMs(note.at) <= now)
      .map((note, n) => ({ id: `${entry.id}-${String(n + 1)}`, at: epochMs(note.at), message: note.message })),
  };
}

/** The public components of a status map, in page order. */
function onlyPublic(states: Readonly<Record<string, ComponentStatus>>, position: ReadonlyMap<string, number>): ComponentState[] {
  return Object.entries(states)
    .filter(([component]) => position.has(component))
    .map(([component, status]) => ({ component, status }))
    .sort((a, b) => (position.get(a.component) ?? 0) - (position.get(b.component) ?? 0));
}

/** An optional instant, only if it is not after now. */
function passed(text: string | undefined, now: number): number | undefined {
  if (text === undefined) return undefined;
  const at = epochMs(text);
  return at <= now ? at : undefined;
}

export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
