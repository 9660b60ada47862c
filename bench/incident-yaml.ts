import { listWords, type IncidentPlan, type Stage } from "./incident-model.js";
import type { Prng } from "./prng.js";
import { instant } from "./timestamps.js";
import { PUBLIC_MESSAGES, TECH_DETAILS } from "./vocabulary.js";

const LIFECYCLE_KEYS = ["started_at", "detected_at", "acknowledged_at", "mitigated_at", "resolved_at"] as const;

/** incident.yaml for a plan, in the style people write by hand (block scalars, flow lists for tags). */
export function incidentYaml(prng: Prng, plan: IncidentPlan): string {
  const services = [...plan.services].map(([id, impact]) => `  ${id}: ${impact}\n`).join("");
  const roles = [...plan.roles].map(([role, handle]) => `  ${role}: ${handle}\n`).join("");
  // Timestamps are quoted so that ajv-cli, which reads YAML 1.1 and would make them dates, accepts the
  // same files in the scale bench; fireline reads them as strings either way.
  const lifecycle = plan.lifecycle.map((ms, i) => `${LIFECYCLE_KEYS[i] ?? "resolved_at"}: "${instant(ms)}"\n`).join("");
  return `title: ${plan.title}
summary: >-
  ${prng.pick(TECH_DETAILS)} Declared by ${plan.roles.get("commander") ?? "alice"}.
severity: ${plan.severity}
status: ${plan.status}
public: ${String(plan.isPublic)}
services:
${services}roles:
${roles}tags: [${plan.tags.join(", ")}]
${lifecycle}updates:
${plan.updates.map((update) => updateYaml(prng, plan, update)).join("")}links:
  - title: "Slack #inc-${plan.id}"
    url: https://example.slack.com/archives/C${String(prng.int(10_000_000, 99_999_999))}
${prng.chance(0.3) ? dashboardLink(plan) : ""}`;
}

function updateYaml(prng: Prng, plan: IncidentPlan, update: IncidentPlan["updates"][number]): string {
  const message = update.isPublic ? PUBLIC_MESSAGES[update.status].replace("{service}", listWords(plan.serviceNames)) : prng.pick(TECH_DETAILS);
  const head = `  - at: "${instant(update.at)}"\n    status: ${update.status}\n${update.isPublic ? "    public: true\n" : ""}    author: ${update.author}\n`;
  return `${head}    message: ${message}\n${update.isPublic && prng.chance(0.25) ? componentsYaml(plan, update.status) : ""}`;
}

function componentsYaml(plan: IncidentPlan, stage: Stage): string {
  const lines = [...plan.services].map(([id, impact]) => `      ${id}: ${stage === "resolved" ? "operational" : impact}\n`);
  return `    components:\n${lines.join("")}`;
}

function dashboardLink(plan: IncidentPlan): string {
  const service = [...plan.services.keys()][0] ?? "overview";
  return `  - title: Service dashboard\n    url: https://grafana.example.com/d/${service}?from=${String(plan.lifecycle[0] ?? 0)}\n`;
}
