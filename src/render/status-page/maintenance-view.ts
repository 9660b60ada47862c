import type { PublicMaintenance } from "../../engine/status/public-records.js";
import { layoutView, type LayoutView } from "./layout-view.js";
import { renderMarkdown } from "./markdown.js";
import { maintenanceSummaryView } from "./record-views.js";
import { PATHS } from "./site-paths.js";
import type { SiteContext } from "./site-context.js";
import { COMPONENT_STATUS_WORDS, statusClass } from "./words.js";
import { durationText, type TimeView } from "./zone-time.js";

export interface MaintenanceView {
  layout: LayoutView;
  title: string;
  phaseText: string;
  phaseClass: string;
  starts: TimeView;
  ends: TimeView;
  durationText: string;
  impacts: { name: string; expectedText: string; statusClass: string }[];
  descriptionHtml: string;
  /** Newest first. */
  notes: { id: string; time: TimeView; bodyHtml: string }[];
}

export function maintenanceView(context: SiteContext, window: PublicMaintenance): MaintenanceView {
  const path = PATHS.maintenance(window.id);
  const summary = maintenanceSummaryView(context, window, path);
  return {
    layout: layoutView(context, path, window.title),
    title: window.title,
    phaseText: summary.phaseText,
    phaseClass: summary.phaseClass,
    starts: summary.starts,
    ends: summary.ends,
    durationText: durationText(window.endsAt - window.startsAt),
    impacts: window.impacts.map((impact) => ({
      name: context.componentName(impact.component),
      expectedText: impact.status === "operational" ? "No impact expected" : COMPONENT_STATUS_WORDS[impact.status],
      statusClass: impact.status === "operational" ? "ok" : statusClass(impact.status),
    })),
    descriptionHtml: renderMarkdown(window.description, `d-${window.id}`),
    notes: window.notes
      .map((note) => ({ id: `note-${note.id}`, time: context.clock.dateTime(note.at), bodyHtml: renderMarkdown(note.message, `n-${note.id}`) }))
      .reverse(),
  };
}
