import type { Diagnostic } from "../../model/diagnostic.js";
import { checkReference, SERVICE } from "../check-reference.js";
import type { Rule } from "../rule.js";

/** Incidents, maintenance windows, dependencies and status-page groups name services that exist. */
export const unknownService: Rule = {
  name: "unknown-service",
  check({ workspace, index }) {
    const found: Diagnostic[] = [];
    const known = index.services;
    for (const { incident } of workspace.incidents) {
      if (!incident) continue;
      for (const id of Object.keys(incident.data.services)) found.push(...checkReference(SERVICE, known, id, incident.source, ["services", id], { key: true }));
      incident.data.updates.forEach((update, u) => {
        for (const id of Object.keys(update.components ?? {})) {
          found.push(...checkReference(SERVICE, known, id, incident.source, ["updates", u, "components", id], { key: true }));
        }
      });
    }
    for (const window of workspace.maintenance) {
      for (const id of Object.keys(window.data.services)) found.push(...checkReference(SERVICE, known, id, window.source, ["services", id], { key: true }));
    }
    const services = workspace.services;
    if (services) {
      for (const [id, service] of Object.entries(services.data.services)) {
        (service.depends_on ?? []).forEach((dependency, d) =>
          found.push(...checkReference(SERVICE, known, dependency, services.source, ["services", id, "depends_on", d])),
        );
      }
    }
    const config = workspace.config;
    (config?.data.status_page?.component_groups ?? []).forEach((group, g) =>
      group.services.forEach((id, s) => {
        if (config) found.push(...checkReference(SERVICE, known, id, config.source, ["status_page", "component_groups", g, "services", s]));
      }),
    );
    return found;
  },
};
