import type { Temporal } from "temporal-polyfill";
import { cadenceSeverity, nextUpdateDue } from "../engine/incident/cadence.js";
import type { Problem } from "../engine/incident/problem.js";
import { loadWorkspace } from "../load/load-workspace.js";
import type { FileSource } from "../ports.js";
import type { IncidentStatus } from "../schema/common.js";

export interface IncidentRow {
  id: string;
  title: string;
  severity: string;
  status: IncidentStatus;
  public: boolean;
  commander?: string;
  started_at: string;
  resolved_at?: string;
  updates: number;
  last_update_at?: string;
  /** For open incidents with an update cadence. */
  next_update_due?: string;
}

/** An incident whose file did not load; `fireline validate` says why. */
export interface BrokenRow {
  id: string;
  problem: string;
}

export type ListResult = { ok: true; rows: (IncidentRow | BrokenRow)[] } | { ok: false; problem: Problem };

/** `fireline incident list`: every incident, newest first; with `open`, only those not resolved. */
export async function listIncidents(files: FileSource, options: { open: boolean; now: Temporal.Instant }): Promise<ListResult> {
  const loaded = await loadWorkspace(files);
  if (!loaded.ok) return { ok: false, problem: { kind: "usage", message: "this folder is not a fireline workspace: it has no fireline.yaml", hint: "Run fireline in the workspace's root folder, or pass --dir <path>." } };
  const severities = loaded.workspace.severity?.data.severities ?? {};
  const rows: (IncidentRow | BrokenRow)[] = [];
  for (const entry of [...loaded.workspace.incidents].sort((a, b) => (a.id < b.id ? 1 : -1))) {
    const incident = entry.incident?.data;
    if (!incident) {
      rows.push({ id: entry.id, problem: "incident.yaml is missing or has errors; run fireline validate" });
      continue;
    }
    if (options.open && incident.status === "resolved") continue;
    const row: IncidentRow = {
      id: entry.id,
      title: incident.title,
      severity: incident.severity,
      status: incident.status,
      public: incident.public,
      started_at: incident.started_at,
      updates: incident.updates.length,
    };
    if (incident.roles?.commander !== undefined) row.commander = incident.roles.commander;
    if (incident.resolved_at !== undefined) row.resolved_at = incident.resolved_at;
    const last = incident.updates.at(-1);
    if (last) row.last_update_at = last.at;
    const due = nextUpdateDue(incident, cadenceSeverity(incident, severities).severity);
    if (due) row.next_update_due = due.due.toString({ smallestUnit: "second" });
    rows.push(row);
  }
  return { ok: true, rows };
}
