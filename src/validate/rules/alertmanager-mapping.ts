import type { Diagnostic } from "../../model/diagnostic.js";
import { checkReference, SERVICE, type ReferenceKind } from "../check-reference.js";
import type { Rule } from "../rule.js";

const SEVERITY: ReferenceKind = { rule: "unknown-severity", noun: "severity", definedIn: "policies/severity.yaml" };

/** The severities and services fireline.yaml's `alertmanager:` block maps alert labels to exist. */
export const alertmanagerMapping: Rule = {
  name: "unknown-severity, unknown-service (alertmanager)",
  check({ workspace, index }) {
    const config = workspace.config;
    const block = config?.data.alertmanager;
    if (!config || !block) return [];
    const found: Diagnostic[] = [];
    for (const [value, severity] of Object.entries(block.severities ?? {})) {
      found.push(...checkReference(SEVERITY, index.severities, severity, config.source, ["alertmanager", "severities", value]));
    }
    if (block.default_severity !== undefined) {
      found.push(...checkReference(SEVERITY, index.severities, block.default_severity, config.source, ["alertmanager", "default_severity"]));
    }
    for (const [value, service] of Object.entries(block.services ?? {})) {
      found.push(...checkReference(SERVICE, index.services, service, config.source, ["alertmanager", "services", value]));
    }
    return found;
  },
};
