import { compareIds } from "../../engine/status/public-records.js";
import { worstOf } from "../../engine/status/status-rank.js";
import { layoutView, type LayoutView } from "./layout-view.js";
import { incidentDuration } from "./record-views.js";
import { PATHS, relativeHref } from "./site-paths.js";
import type { SiteContext } from "./site-context.js";
import { COMPONENT_STATUS_WORDS, INCIDENT_STATUS_WORDS, PHASE_WORDS, statusClass } from "./words.js";
import { durationText, type TimeView } from "./zone-time.js";

export interface HistoryItemView {
  title: string;
  href: string;
  /** "Partial outage" for an incident, "Maintenance" for a window. */
  kindText: string;
  kindClass: string;
  statusText: string;
  time: TimeView;
  durationText: string;
}

export interface HistoryMonthView {
  label: string;
  items: HistoryItemView[];
}

export interface HistoryView {
  layout: LayoutView;
  pageNumber: number;
  pageCount: number;
  /** More than one page, so the pager shows. */
  paged: boolean;
  months: HistoryMonthView[];
  newerHref: string | undefined;
  olderHref: string | undefined;
}

interface Dated {
  at: number;
  id: string;
  view: (fromPath: string) => HistoryItemView;
}

/**
 * Incidents and maintenance by month, newest first, `pageSize` entries a page. Every month from
 * the newest entry back to the oldest appears, an empty one saying so; a month split by a page
 * break carries on under the same heading on the next page.
 */
export function historyViews(context: SiteContext): { path: string; view: HistoryView }[] {
  const months = monthsWithItems(context);
  const pages = paginate(months, context.settings.historyPageSize);
  return pages.map((page, i) => {
    const path = PATHS.history(i + 1);
    return {
      path,
      view: {
        layout: layoutView(context, path, i === 0 ? "History" : `History, page ${String(i + 1)}`),
        pageNumber: i + 1,
        pageCount: pages.length,
        paged: pages.length > 1,
        months: page.map((month) => ({ label: month.label, items: month.items.map((item) => item.view(path)) })),
        newerHref: i === 0 ? undefined : relativeHref(path, PATHS.history(i)),
        olderHref: i + 1 < pages.length ? relativeHref(path, PATHS.history(i + 2)) : undefined,
      },
    };
  });
}

function monthsWithItems(context: SiteContext): { label: string; items: Dated[] }[] {
  const { clock, snapshot } = context;
  const byMonth = new Map<string, Dated[]>();
  for (const item of datedItems(context)) {
    const key = clock.month(item.at).key;
    const list = byMonth.get(key);
    if (list) list.push(item);
    else byMonth.set(key, [item]);
  }
  const keys = [...byMonth.keys(), clock.month(snapshot.now).key].sort();
  const newest = keys.at(-1) ?? clock.month(snapshot.now).key;
  const oldest = keys[0] ?? newest;
  return clock.monthsBetween(newest, oldest).map((month) => ({
    label: month.label,
    items: (byMonth.get(month.key) ?? []).sort((a, b) => b.at - a.at || compareIds(a.id, b.id)),
  }));
}

function datedItems(context: SiteContext): Dated[] {
  const { snapshot, clock } = context;
  const incidents = snapshot.records.incidents.map((incident): Dated => ({
    at: incident.startedAt,
    id: incident.id,
    view: (fromPath) => {
      const worst = worstOf(incident.impacts.map((impact) => impact.status));
      return {
        title: incident.title,
        href: relativeHref(fromPath, PATHS.incident(incident.id)),
        kindText: COMPONENT_STATUS_WORDS[worst],
        kindClass: statusClass(worst),
        statusText: INCIDENT_STATUS_WORDS[incident.status],
        time: clock.dateTime(incident.startedAt),
        durationText: incidentDuration(incident, snapshot.now),
      };
    },
  }));
  const maintenance = snapshot.records.maintenance.map((window): Dated => ({
    at: window.startsAt,
    id: window.id,
    view: (fromPath) => {
      const phase = snapshot.phase.get(window.id) ?? "scheduled";
      return {
        title: window.title,
        href: relativeHref(fromPath, PATHS.maintenance(window.id)),
        kindText: "Maintenance",
        kindClass: "maint",
        statusText: PHASE_WORDS[phase],
        time: clock.dateTime(window.startsAt),
        durationText: durationText(window.endsAt - window.startsAt),
      };
    },
  }));
  return [...incidents, ...maintenance];
}

/** Splits months into pages of at most `size` entries; an empty month takes one place. */
function paginate<T>(months: { label: string; items: T[] }[], size: number): { label: string; items: T[] }[][] {
  const pages: { label: string; items: T[] }[][] = [];
  let page: { label: string; items: T[] }[] = [];
  let used = 0;
  const room = () => {
    if (used < size) return;
    pages.push(page);
    page = [];
    used = 0;
  };
  for (const month of months) {
    room();
    if (month.items.length === 0) {
      page.push({ label: month.label, items: [] });
      used++;
    }
    for (let start = 0; start < month.items.length; ) {
      room();
      const take = month.items.slice(start, start + size - used);
      page.push({ label: month.label, items: take });
      used += take.length;
      start += take.length;
    }
  }
  pages.push(page);
  return pages;
}
