import { Temporal } from "temporal-polyfill";
import { alertMapping, describeAlerts, mapAlerts, type AlertMapping } from "../engine/incident/alertmanager-mapping.js";
import { parseAlertmanagerPayload, type AlertmanagerPayload } from "../engine/incident/alertmanager-payload.js";
import { workspaceFacts } from "../engine/incident/facts.js";
import type { Problem } from "../engine/incident/problem.js";
import { loadWorkspace } from "../load/load-workspace.js";
import type { IncidentEntry } from "../model/workspace.js";
import { declareIncident } from "./incident-declare.js";
import type { EditIo } from "./incident-edit.js";
import { resolveIncident } from "./incident-resolve.js";
import { updateIncident } from "./incident-update.js";

export type AlertAction = "declared" | "updated" | "resolved" | "unchanged" | "ignored";

export type AlertmanagerResult =
  | { ok: true; action: AlertAction; id?: string; path?: string; written: boolean; diff: string; note?: string }
  | { ok: false; problem: Problem };

/**
 * `fireline incident from-alertmanager`: firing alerts declare an incident, or update the open one
 * declared from the same alert group; a resolved group adds the resolution. Timeline entries
 * written for alerts are internal: what customers read is for a person to word.
 */
export async function fromAlertmanager(io: EditIo, payloadValue: unknown, options: { now: Temporal.Instant; dryRun: boolean }): Promise<AlertmanagerResult> {
  const parsed = parseAlertmanagerPayload(payloadValue);
  if (!parsed.ok) return parsed;
  const payload = parsed.value;
  const loaded = await loadWorkspace(io.files);
  if (!loaded.ok) return { ok: false, problem: { kind: "usage", message: "this folder is not a fireline workspace: it has no fireline.yaml" } };
  const mapping = alertMapping(loaded.workspace.config?.data);
  const open = loaded.workspace.incidents.find((entry) => entry.incident?.data.alert_group === payload.groupKey && entry.incident.data.status !== "resolved");
  const target = { now: options.now, dryRun: options.dryRun };

  if (payload.status === "resolved") {
    if (!open) return { ok: true, action: "ignored", written: false, diff: "", note: "no open incident was declared from this alert group" };
    const message = `Alertmanager: all alerts resolved (${describeAlerts(payload.alerts, mapping)}).`;
    const result = await resolveIncident(io, { ...target, id: open.id }, { message, public: false, components: {}, author: null });
    return result.ok ? { ok: true, action: "resolved", id: result.id, path: result.path, written: result.written, diff: result.diff } : result;
  }
  if (open) return updateFromAlerts(io, open, payload, mapping, target);

  const facts = mapAlerts(payload, mapping, workspaceFacts(loaded.workspace, options.now));
  if (!facts.ok) return facts;
  const { title, severity, services, startedAt, summary } = facts.value;
  const alertLine = firingMessage(payload, mapping);
  const result = await declareIncident(io, target, {
    title,
    severity,
    services: services.map((id) => ({ id })),
    roles: {},
    public: mapping.public,
    at: options.now,
    startedAt: Temporal.Instant.compare(startedAt, options.now) < 0 ? startedAt : options.now,
    // A public incident's first update is shown to customers: keep the plain default wording there.
    ...(mapping.public ? { summary: summary ?? alertLine } : { message: alertLine, ...(summary === undefined ? {} : { summary }) }),
    acknowledged: false,
    alertGroup: payload.groupKey,
  });
  return result.ok ? { ok: true, action: "declared", id: result.id, path: result.path, written: result.written, diff: result.diff } : result;
}

async function updateFromAlerts(io: EditIo, open: IncidentEntry, payload: AlertmanagerPayload, mapping: AlertMapping, target: { now: Temporal.Instant; dryRun: boolean }): Promise<AlertmanagerResult> {
  const message = firingMessage(payload, mapping);
  // Alertmanager repeats a notification every repeat_interval; only a change is news.
  if (open.incident?.data.updates.at(-1)?.message === message) {
    return { ok: true, action: "unchanged", id: open.id, written: false, diff: "", note: "the alerts are the same as in the latest update" };
  }
  const result = await updateIncident(io, { ...target, id: open.id }, { message, public: false, components: {}, author: null, reopen: false });
  return result.ok ? { ok: true, action: "updated", id: result.id, path: result.path, written: result.written, diff: result.diff } : result;
}

/** "Alertmanager: 2 alerts firing: HighDeclineRate (payments-api), ... Resolved: ...". */
function firingMessage(payload: AlertmanagerPayload, mapping: AlertMapping): string {
  const firing = payload.alerts.filter((alert) => alert.status === "firing");
  const resolved = payload.alerts.filter((alert) => alert.status === "resolved");
  const count = `${firing.length} ${firing.length === 1 ? "alert" : "alerts"} firing`;
  return `Alertmanager: ${count}: ${describeAlerts(firing, mapping)}.${resolved.length > 0 ? ` Resolved: ${describeAlerts(resolved, mapping)}.` : ""}`;
}
