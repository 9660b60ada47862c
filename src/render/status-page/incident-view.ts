import type { PublicIncident } from "../../engine/status/public-records.js";
import { layoutView, type LayoutView } from "./layout-view.js";
import { renderMarkdown } from "./markdown.js";
import { impactViews, incidentDuration, updateView, type ImpactView, type UpdateView } from "./record-views.js";
import { PATHS } from "./site-paths.js";
import type { SiteContext } from "./site-context.js";
import { INCIDENT_STATUS_WORDS } from "./words.js";
import type { TimeView } from "./zone-time.js";

export interface IncidentView {
  layout: LayoutView;
  title: string;
  statusText: string;
  statusClass: string;
  severityText: string;
  started: TimeView;
  resolved: TimeView | undefined;
  durationText: string;
  impacts: ImpactView[];
  /** Newest first, as customers scan them. */
  updates: UpdateView[];
  postmortem: { html: string; published: TimeView | undefined } | undefined;
}

export function incidentView(context: SiteContext, incident: PublicIncident): IncidentView {
  const path = PATHS.incident(incident.id);
  const { clock } = context;
  return {
    layout: layoutView(context, path, incident.title),
    title: incident.title,
    statusText: INCIDENT_STATUS_WORDS[incident.status],
    statusClass: incident.status === "resolved" ? "ok" : "active",
    severityText: incident.severityLabel,
    started: clock.dateTime(incident.startedAt),
    resolved: incident.resolvedAt === undefined ? undefined : clock.dateTime(incident.resolvedAt),
    durationText: incidentDuration(incident, context.snapshot.now),
    impacts: impactViews(context, incident.impacts),
    updates: incident.updates.map((update) => updateView(context, update)).reverse(),
    postmortem:
      incident.postmortem === undefined
        ? undefined
        : {
            html: renderMarkdown(incident.postmortem.summary, `pm-${incident.id}`),
            published: incident.postmortem.publishedAt === undefined ? undefined : clock.date(incident.postmortem.publishedAt),
          },
  };
}
