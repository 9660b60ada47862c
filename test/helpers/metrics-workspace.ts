import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { MemoryFileSource } from "../../src/adapters/memory-file-source.js";
import { MINIMAL_WORKSPACE } from "./minimal-workspace.js";

/**
 * A small workspace whose metrics are worked out by hand in test/engine/metrics/fixture.test.ts.
 * Europe/Berlin, no business_calendar (Monday to Friday, no holidays). The minimal workspace's
 * severity table, with a postmortem required for sev2 too: sev1 5m/4h, postmortem in 5 business
 * days; sev2 15m/8h, 10 business days; sev3 30m/24h; sev4 business_hours/72h.
 *
 * | id | sev | services | started (UTC) | detect | ack | mitigate | resolve |
 * | G 2025-12-15-db-pool-saturation | sev2 | api | 2025-12-15 10:00 | 10m | 5m | 1h | 2h | (before the period)
 * | A 2026-01-31-payment-timeouts | sev1 | api | 2026-01-31 22:30 (Jan 31 23:30 Berlin) | 10m | 5m | 1h40m | 4h |
 * | B 2026-02-01-checkout-unavailable | sev1 | web, api | 2026-01-31 23:30 (Feb 1 00:30 Berlin) | 20m | 15m | 2h | 6h |
 * | C 2026-02-10-api-pool-exhausted | sev2 | api | 2026-02-10 09:00 | – (no detected_at) | – | 1h | 3h |
 * | D 2026-02-20-checkout-errors-after-deploy | sev2 | web | 2026-02-20 08:00, reopened | 5m | 5m | 1h | 10h |
 * | E 2026-03-05-slow-background-jobs | sev3 | api | 2026-03-05 10:00, still open | 30m | 10m | – | – |
 * | F 2026-03-10-dashboard-colour | sev4 | web | 2026-03-10 08:00 | 1h | 3h | 24h | 25h |
 * | H 2026-03-20-cache-misses | sev2 | api | 2026-03-20 10:00, detected 10 minutes *before* the start | out of order | 15m | 30m | 1h |
 */
export const METRICS_NOW = "2026-03-21T12:00:00Z";

interface IncidentSpec {
  title: string;
  severity: string;
  services: string[];
  tags?: string[];
  started: string;
  detected?: string;
  acknowledged?: string;
  mitigated?: string;
  resolved?: string;
  /** Statuses of the timeline, a minute apart from the start. */
  statuses?: string[];
}

export function incidentYaml(spec: IncidentSpec): string {
  const statuses = spec.statuses ?? (spec.resolved ? ["investigating", "resolved"] : ["investigating"]);
  const startMs = Date.parse(spec.started);
  const updates = statuses
    .map((status, i) => `  - at: ${new Date(startMs + (i + 1) * 60_000).toISOString().replace(".000Z", "Z")}\n    status: ${status}\n    message: Update ${String(i + 1)}.\n`)
    .join("");
  const stamp = (key: string, value: string | undefined) => (value === undefined ? "" : `${key}: ${value}\n`);
  return (
    `title: ${spec.title}\nseverity: ${spec.severity}\nstatus: ${statuses.at(-1) ?? "investigating"}\npublic: false\n` +
    `services:\n${spec.services.map((service) => `  ${service}: partial_outage\n`).join("")}` +
    (spec.severity === "sev1" || spec.severity === "sev2" ? "roles:\n  commander: alice\n" : "") +
    (spec.tags ? `tags: [${spec.tags.join(", ")}]\n` : "") +
    stamp("started_at", spec.started) +
    stamp("detected_at", spec.detected) +
    stamp("acknowledged_at", spec.acknowledged) +
    stamp("mitigated_at", spec.mitigated) +
    stamp("resolved_at", spec.resolved) +
    `updates:\n${updates}`
  );
}

export function postmortemMd(status: string, publishedAt: string | undefined, items: string[]): string {
  return (
    `---\nstatus: ${status}\nauthors: [alice]\nreviewers: [bob]\n${publishedAt ? `published_at: ${publishedAt}\n` : ""}---\n\n` +
    `## Summary\n\nWhat happened.\n\n## Action items\n\n${items.map((item) => `- ${item}\n`).join("")}\n## Lessons learned\n\nSome.\n`
  );
}

const INCIDENTS: Record<string, IncidentSpec> = {
  "2025-12-15-db-pool-saturation": {
    title: "Database pool saturation",
    severity: "sev2",
    services: ["api"],
    tags: ["database", "connection-pool"],
    started: "2025-12-15T10:00:00Z",
    detected: "2025-12-15T10:10:00Z",
    acknowledged: "2025-12-15T10:15:00Z",
    mitigated: "2025-12-15T11:00:00Z",
    resolved: "2025-12-15T12:00:00Z",
  },
  "2026-01-31-payment-timeouts": {
    title: "Payment timeouts",
    severity: "sev1",
    services: ["api"],
    tags: ["payments", "timeouts"],
    started: "2026-01-31T22:30:00Z",
    detected: "2026-01-31T22:40:00Z",
    acknowledged: "2026-01-31T22:45:00Z",
    mitigated: "2026-02-01T00:10:00Z",
    resolved: "2026-02-01T02:30:00Z",
  },
  "2026-02-01-checkout-unavailable": {
    title: "Checkout unavailable",
    severity: "sev1",
    services: ["web", "api"],
    tags: ["cdn"],
    started: "2026-01-31T23:30:00Z",
    detected: "2026-01-31T23:50:00Z",
    acknowledged: "2026-02-01T00:05:00Z",
    mitigated: "2026-02-01T01:30:00Z",
    resolved: "2026-02-01T05:30:00Z",
  },
  "2026-02-10-api-pool-exhausted": {
    title: "API connection pool exhausted",
    severity: "sev2",
    services: ["api"],
    tags: ["database", "connection-pool", "deploy"],
    started: "2026-02-10T09:00:00Z",
    acknowledged: "2026-02-10T09:20:00Z",
    mitigated: "2026-02-10T10:00:00Z",
    resolved: "2026-02-10T12:00:00Z",
  },
  "2026-02-20-checkout-errors-after-deploy": {
    title: "Checkout errors after deploy",
    severity: "sev2",
    services: ["web"],
    tags: ["checkout"],
    started: "2026-02-20T08:00:00Z",
    detected: "2026-02-20T08:05:00Z",
    acknowledged: "2026-02-20T08:10:00Z",
    mitigated: "2026-02-20T09:00:00Z",
    resolved: "2026-02-20T18:00:00Z",
    // Resolved, then reopened, then resolved again.
    statuses: ["investigating", "resolved", "investigating", "resolved"],
  },
  "2026-03-05-slow-background-jobs": {
    title: "Slow background jobs",
    severity: "sev3",
    services: ["api"],
    tags: ["queue"],
    started: "2026-03-05T10:00:00Z",
    detected: "2026-03-05T10:30:00Z",
    acknowledged: "2026-03-05T10:40:00Z",
    statuses: ["investigating", "monitoring"],
  },
  "2026-03-10-dashboard-colour": {
    title: "Dashboard colour wrong",
    severity: "sev4",
    services: ["web"],
    tags: ["ui"],
    started: "2026-03-10T08:00:00Z",
    detected: "2026-03-10T09:00:00Z",
    acknowledged: "2026-03-10T12:00:00Z",
    mitigated: "2026-03-11T08:00:00Z",
    resolved: "2026-03-11T09:00:00Z",
  },
  "2026-03-20-cache-misses": {
    title: "Cache misses",
    severity: "sev2",
    services: ["api"],
    tags: ["cache"],
    started: "2026-03-20T10:00:00Z",
    detected: "2026-03-20T09:50:00Z",
    acknowledged: "2026-03-20T10:05:00Z",
    mitigated: "2026-03-20T10:30:00Z",
    resolved: "2026-03-20T11:00:00Z",
  },
};

const POSTMORTEMS: Record<string, string> = {
  "2026-01-31-payment-timeouts": postmortemMd("published", "2026-02-05T10:00:00Z", [
    "[x] Add a timeout alert (Owner: @alice, Due: 2026-02-10)",
    "[ ] Raise the pool size (Owner: @bob, Due: 2026-03-01)",
  ]),
  "2026-02-01-checkout-unavailable": postmortemMd("published", "2026-02-09T09:00:00Z", [
    "[ ] Add CDN failover (Owner: @alice, Due: 2026-04-30)",
    "[x] Write a runbook (Owner: @bob, Due: 2026-02-20)",
  ]),
  "2026-02-20-checkout-errors-after-deploy": postmortemMd("draft", undefined, ["[ ] Canary deploys (Owner: @alice)"]),
  "2026-03-10-dashboard-colour": postmortemMd("published", "2026-03-12T10:00:00Z", ["[x] Fix the colour (Owner: @bob, Due: 2026-03-13)"]),
};

/** The fixture's files: the minimal workspace's organisation files, and the incidents above instead of its own. */
export function metricsWorkspaceFiles(): Record<string, string> {
  const files: Record<string, string> = {};
  for (const [path, text] of Object.entries(MINIMAL_WORKSPACE)) if (!path.startsWith("incidents/")) files[path] = text;
  const severity = files["policies/severity.yaml"] ?? "";
  const sev2 = "    required_roles: [commander]\n    postmortem: { required: false }";
  if (!severity.includes(sev2)) throw new Error("the minimal workspace's sev2 changed; update the metrics fixture");
  files["policies/severity.yaml"] = severity.replace(sev2, "    required_roles: [commander]\n    postmortem: { required: true, due: 10 business days }");
  for (const [id, spec] of Object.entries(INCIDENTS)) files[`incidents/${id}/incident.yaml`] = incidentYaml(spec);
  for (const [id, text] of Object.entries(POSTMORTEMS)) files[`incidents/${id}/postmortem.md`] = text;
  return files;
}

export function metricsWorkspace(changes: Record<string, string | null> = {}): MemoryFileSource {
  const files = new MemoryFileSource(metricsWorkspaceFiles());
  for (const [path, text] of Object.entries(changes)) {
    if (text === null) files.delete(path);
    else files.set(path, text);
  }
  return files;
}

/** Writes the fixture workspace, with changes (null deletes), into a fresh temporary folder. */
export function writeMetricsWorkspace(changes: Record<string, string | null> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), "fireline-metrics-"));
  for (const [path, text] of Object.entries({ ...metricsWorkspaceFiles(), ...changes })) {
    if (text === null) continue;
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}
