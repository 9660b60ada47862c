import { makeDiagnostic } from "../../model/make-diagnostic.js";
import type { Diagnostic } from "../../model/diagnostic.js";
import type { Rule } from "../rule.js";

/** Roles the severity policy requires (a commander for Sev1 and Sev2 in the seeds) are assigned. */
export const requiredRoles: Rule = {
  name: "missing-required-role",
  check({ workspace }) {
    const severities = workspace.severity?.data.severities;
    if (!severities) return [];
    const found: Diagnostic[] = [];
    for (const { incident } of workspace.incidents) {
      if (!incident) continue;
      const severity = Object.hasOwn(severities, incident.data.severity) ? severities[incident.data.severity] : undefined;
      for (const role of severity?.required_roles ?? []) {
        if (incident.data.roles?.[role] !== undefined) continue;
        found.push(
          makeDiagnostic(
            "missing-required-role",
            incident.source.path,
            incident.source.locate(incident.data.roles ? ["roles"] : ["severity"], { key: true }),
            `a ${incident.data.severity} incident needs roles.${role}, and none is assigned`,
            `Add roles.${role}: <handle> (policies/severity.yaml lists the roles each severity requires).`,
          ),
        );
      }
    }
    return found;
  },
};
