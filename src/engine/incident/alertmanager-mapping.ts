import { Temporal } from "temporal-polyfill";
import type { FirelineConfig } from "../../schema/fireline-config.js";
import type { Alert, AlertmanagerPayload } from "./alertmanager-payload.js";
import type { WorkspaceFacts } from "./facts.js";
import { planned, usage, type Planned } from "./problem.js";
import { unknownName } from "./references.js";

/** fireline.yaml's `alertmanager:` block with its defaults filled in. */
export interface AlertMapping {
  severityLabel: string;
  severities: Readonly<Record<string, string>>;
  defaultSeverity?: string;
  serviceLabel: string;
  services: Readonly<Record<string, string>>;
  public: boolean;
}

export function alertMapping(config: FirelineConfig | undefined): AlertMapping {
  const block = config?.alertmanager ?? {};
  const mapping: AlertMapping = {
    severityLabel: block.severity_label ?? "severity",
    severities: block.severities ?? {},
    serviceLabel: block.service_label ?? "service",
    services: block.services ?? {},
    public: block.public ?? false,
  };
  if (block.default_severity !== undefined) mapping.defaultSeverity = block.default_severity;
  return mapping;
}

/** What an alert group means in fireline's terms. */
export interface AlertFacts {
  title: string;
  summary?: string;
  severity: string;
  services: string[];
  /** When the earliest alert of the group started. */
  startedAt: Temporal.Instant;
}

/**
 * Maps a group's firing alerts to a severity (the most severe any alert maps to) and services,
 * through the labels fireline.yaml names. A label value that maps to nothing is an error: an
 * incident with a guessed severity is worse than a failed run that says what to add.
 */
export function mapAlerts(payload: AlertmanagerPayload, mapping: AlertMapping, facts: WorkspaceFacts): Planned<AlertFacts> {
  const firing = payload.alerts.filter((alert) => alert.status === "firing");
  const alerts = firing.length > 0 ? firing : payload.alerts;
  const severity = mostSevere(alerts, mapping, facts);
  if (!severity.ok) return severity;
  const services: string[] = [];
  for (const alert of alerts) {
    const value = alert.labels[mapping.serviceLabel];
    if (value === undefined) continue;
    const service = mapping.services[value] ?? value;
    const unknown = unknownName("service", service, facts.index.services, "services.yaml");
    if (unknown) return usage(`label ${mapping.serviceLabel}="${value}": ${unknown.message}`, `Map it to a service under alertmanager.services in fireline.yaml.`);
    if (!services.includes(service)) services.push(service);
  }
  if (services.length === 0) return usage(`no alert has a '${mapping.serviceLabel}' label naming the affected service`, "Add the label to your alerting rules, or set alertmanager.service_label in fireline.yaml.");
  const starts = alerts.map((alert) => Temporal.Instant.from(alert.startsAt)).sort((a, b) => Temporal.Instant.compare(a, b));
  const annotations = payload.commonAnnotations;
  const title = (annotations.summary ?? annotations.title ?? payload.groupLabels.alertname ?? payload.commonLabels.alertname ?? "Alert").slice(0, 200);
  const result: AlertFacts = { title, severity: severity.value, services, startedAt: starts[0] ?? facts.now };
  if (annotations.description !== undefined) result.summary = annotations.description;
  return planned(result);
}

function mostSevere(alerts: readonly Alert[], mapping: AlertMapping, facts: WorkspaceFacts): Planned<string> {
  const order = facts.index.severities ?? [];
  let best: string | undefined;
  for (const alert of alerts) {
    const value = alert.labels[mapping.severityLabel];
    const severity = value === undefined ? mapping.defaultSeverity : (mapping.severities[value] ?? (order.includes(value) ? value : mapping.defaultSeverity));
    if (severity === undefined) {
      return usage(
        value === undefined ? `an alert has no '${mapping.severityLabel}' label and fireline.yaml sets no alertmanager.default_severity` : `label ${mapping.severityLabel}="${value}" maps to no severity`,
        `Add it under alertmanager.severities in fireline.yaml (e.g. ${value ?? "critical"}: ${order[0] ?? "sev1"}), or set alertmanager.default_severity.`,
      );
    }
    if (best === undefined || order.indexOf(severity) < order.indexOf(best)) best = severity;
  }
  return best === undefined ? usage("the payload has no alerts") : planned(best);
}

/** "HighDeclineRate (payments-api)": the alert name and its service, for timeline messages. */
export function describeAlerts(alerts: readonly Alert[], mapping: AlertMapping): string {
  const names = alerts.map((alert) => {
    const service = alert.labels[mapping.serviceLabel];
    return `${alert.labels.alertname ?? "alert"}${service === undefined ? "" : ` (${service})`}`;
  });
  return [...new Set(names)].join(", ");
}
