import { canonicalJson } from "./canonical-json.js";
import type { SiteFile } from "./site-file.js";
import { PATHS } from "./site-paths.js";
import type { SiteContext } from "./site-context.js";
import { spComponents } from "./statuspage-components.js";
import { spIncident, spMaintenance } from "./statuspage-incidents.js";
import { spPage, spStatus } from "./statuspage-page.js";

/**
 * The Statuspage v2 endpoints as static files under api/v2/. Lists of all incidents and all
 * maintenance hold the newest `listLimit` (50, as Statuspage returns); unresolved, upcoming and
 * active lists are complete.
 */
export function statuspageFiles(context: SiteContext): SiteFile[] {
  const { snapshot, settings } = context;
  const page = spPage(context);
  const components = spComponents(context);
  const byId = new Map(components.filter((component) => !component.group).map((component) => [component.id, component]));
  const incident = (i: (typeof snapshot.records.incidents)[number]) => spIncident(context, i, byId);
  const maintenance = (m: (typeof snapshot.records.maintenance)[number]) => spMaintenance(context, m, byId);

  const incidents = snapshot.records.incidents.slice(0, settings.listLimit).map(incident);
  const unresolved = snapshot.records.incidents.filter((i) => i.status !== "resolved").map(incident);
  const windows = snapshot.records.maintenance;
  const allMaintenance = windows.slice(0, settings.listLimit).map(maintenance);
  // Soonest first: what a client shows as "next".
  const upcoming = windows.filter((m) => snapshot.phase.get(m.id) === "scheduled").reverse().map(maintenance);
  const active = windows.filter((m) => snapshot.phase.get(m.id) === "in_progress").map(maintenance);
  const status = spStatus(context);

  const file = (name: string, body: Record<string, unknown>): SiteFile => ({ path: PATHS.api(name), content: canonicalJson({ page, ...body }) });
  return [
    file("summary.json", { components, incidents: unresolved, scheduled_maintenances: [...active, ...upcoming], status }),
    file("status.json", { status }),
    file("components.json", { components }),
    file("incidents.json", { incidents }),
    file("incidents/unresolved.json", { incidents: unresolved }),
    file("scheduled-maintenances.json", { scheduled_maintenances: allMaintenance }),
    file("scheduled-maintenances/upcoming.json", { scheduled_maintenances: upcoming }),
    file("scheduled-maintenances/active.json", { scheduled_maintenances: active }),
  ];
}
