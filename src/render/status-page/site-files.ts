import type { Workspace } from "../../model/workspace.js";
import { publicRecords } from "../../engine/status/public-records.js";
import { statusSnapshot } from "../../engine/status/status-snapshot.js";
import { badgeFiles } from "./badges.js";
import { compileTemplates, type RenderPage } from "./compile-templates.js";
import { feedFiles } from "./feeds.js";
import { historyViews } from "./history-view.js";
import { homeView } from "./home-view.js";
import { incidentView } from "./incident-view.js";
import { maintenanceView } from "./maintenance-view.js";
import type { SiteFile } from "./site-file.js";
import { PATHS } from "./site-paths.js";
import { siteContext, type SiteContext } from "./site-context.js";
import { siteSettings } from "./site-settings.js";
import { statuspageFiles } from "./statuspage-files.js";
import type { TemplateSet } from "./template-names.js";

export interface SiteInput {
  /** A workspace that validated without errors. */
  workspace: Workspace;
  now: number;
  /** Overrides status_page.url. */
  baseUrl?: string | undefined;
  templates: TemplateSet;
}

export interface SiteSummary {
  incidents: number;
  maintenance: number;
  components: number;
  overall: string;
  feeds: boolean;
}

export type SitePlan =
  | { ok: true; files: Iterable<SiteFile>; summary: SiteSummary }
  | { ok: false; reason: "template"; origin: string; message: string };

/** A file in the output marking it as a fireline site, so a rebuild may replace the folder. */
export const SITE_MARKER = { path: ".fireline-site", content: "This folder is built by `fireline build`; it is replaced on every build.\n" };

/**
 * Plans the whole site. Files are produced lazily, one at a time, so a hundred thousand incident
 * pages never sit in memory together; the order is fixed, so is every byte.
 */
export function planSite(input: SiteInput): SitePlan {
  const config = input.workspace.config?.data;
  if (config === undefined) throw new Error("planSite needs a workspace whose fireline.yaml loaded");
  const compiled = compileTemplates(input.templates);
  if (!compiled.ok) return { ok: false, reason: "template", origin: compiled.origin, message: compiled.message };
  const settings = siteSettings(config, { baseUrl: input.baseUrl });
  const records = publicRecords(input.workspace, input.now);
  const snapshot = statusSnapshot(records, input.now, { timeZone: settings.timeZone, partialWeight: settings.partialOutageWeight, uptimeDays: settings.uptimeDays });
  const context = siteContext(settings, snapshot);
  return {
    ok: true,
    files: siteFiles(context, compiled.render, input.templates),
    summary: {
      incidents: records.incidents.length,
      maintenance: records.maintenance.length,
      components: records.components.length,
      overall: snapshot.overall,
      feeds: settings.baseUrl !== undefined,
    },
  };
}

function* siteFiles(context: SiteContext, render: RenderPage, templates: TemplateSet): Generator<SiteFile> {
  yield SITE_MARKER;
  yield { path: PATHS.home, content: render("home.hbs", homeView(context)) };
  for (const incident of context.snapshot.records.incidents) {
    yield { path: PATHS.incident(incident.id), content: render("incident.hbs", incidentView(context, incident)) };
  }
  for (const window of context.snapshot.records.maintenance) {
    yield { path: PATHS.maintenance(window.id), content: render("maintenance.hbs", maintenanceView(context, window)) };
  }
  for (const { path, view } of historyViews(context)) yield { path, content: render("history.hbs", view) };
  yield { path: PATHS.style, content: templates["style.css"].text };
  yield { path: PATHS.script, content: templates["relative-time.js"].text };
  yield* statuspageFiles(context);
  yield* feedFiles(context);
  yield* badgeFiles(context);
}
