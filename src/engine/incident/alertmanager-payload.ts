import { Temporal } from "temporal-polyfill";
import { planned, usage, type Planned } from "./problem.js";

/** One alert of an Alertmanager webhook notification (version 4). */
export interface Alert {
  status: "firing" | "resolved";
  labels: Record<string, string>;
  annotations: Record<string, string>;
  startsAt: string;
  endsAt?: string;
  fingerprint?: string;
}

/** The webhook payload Alertmanager posts (https://prometheus.io/docs/alerting/latest/configuration/#webhook_config). */
export interface AlertmanagerPayload {
  version: "4";
  groupKey: string;
  status: "firing" | "resolved";
  groupLabels: Record<string, string>;
  commonLabels: Record<string, string>;
  commonAnnotations: Record<string, string>;
  externalURL?: string;
  alerts: Alert[];
}

/** Checks the parts of a payload fireline relies on, and says which one is wrong. */
export function parseAlertmanagerPayload(value: unknown): Planned<AlertmanagerPayload> {
  if (!isRecord(value)) return usage("the payload is not a JSON object");
  if (value.version !== "4") return usage(`the payload's version is ${JSON.stringify(value.version)}; fireline reads Alertmanager's webhook version "4"`);
  if (typeof value.groupKey !== "string" || value.groupKey === "") return usage("the payload has no groupKey");
  if (value.status !== "firing" && value.status !== "resolved") return usage(`the payload's status must be firing or resolved, got ${JSON.stringify(value.status)}`);
  if (!Array.isArray(value.alerts) || value.alerts.length === 0) return usage("the payload has no alerts");
  const alerts: Alert[] = [];
  for (const [i, alert] of (value.alerts as unknown[]).entries()) {
    const parsed = parseAlert(alert, i);
    if (!parsed.ok) return parsed;
    alerts.push(parsed.value);
  }
  const payload: AlertmanagerPayload = {
    version: "4",
    groupKey: value.groupKey,
    status: value.status,
    groupLabels: strings(value.groupLabels),
    commonLabels: strings(value.commonLabels),
    commonAnnotations: strings(value.commonAnnotations),
    alerts,
  };
  if (typeof value.externalURL === "string") payload.externalURL = value.externalURL;
  return planned(payload);
}

function parseAlert(value: unknown, index: number): Planned<Alert> {
  if (!isRecord(value)) return usage(`alerts[${index}] is not an object`);
  if (value.status !== "firing" && value.status !== "resolved") return usage(`alerts[${index}].status must be firing or resolved`);
  if (typeof value.startsAt !== "string" || !isInstant(value.startsAt)) return usage(`alerts[${index}].startsAt is not a timestamp`);
  const alert: Alert = { status: value.status, labels: strings(value.labels), annotations: strings(value.annotations), startsAt: value.startsAt };
  // Alertmanager sends 0001-01-01T00:00:00Z as the end of an alert that is still firing.
  if (typeof value.endsAt === "string" && isInstant(value.endsAt) && !value.endsAt.startsWith("0001-")) alert.endsAt = value.endsAt;
  if (typeof value.fingerprint === "string") alert.fingerprint = value.fingerprint;
  return planned(alert);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Label and annotation maps, keeping only string values. */
function strings(value: unknown): Record<string, string> {
  if (!isRecord(value)) return {};
  return Object.fromEntries(Object.entries(value).filter((entry): entry is [string, string] => typeof entry[1] === "string"));
}

function isInstant(text: string): boolean {
  try {
    Temporal.Instant.from(text);
    return true;
  } catch {
    return false;
  }
}
