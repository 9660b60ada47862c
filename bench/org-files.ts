import type { Org } from "./org.js";
import { TEAMS } from "./vocabulary.js";

/** fireline.yaml: every public service appears in exactly one status-page group (its team's). */
export function firelineYaml(org: Org): string {
  const groups = TEAMS.map((team) => ({ name: team.name, services: org.services.filter((s) => s.isPublic && s.team === team.id).map((s) => s.id) }))
    .filter((group) => group.services.length > 0)
    .map((group) => `    - name: ${group.name}\n      services: [${group.services.join(", ")}]\n`)
    .join("");
  return `# Organisation settings for the synthetic benchmark workspace.
organization:
  name: Larkspur Pay
  time_zone: Europe/Berlin
business_calendar:
  country: DE
  region: BE
  working_days: [mon, tue, wed, thu, fri]
  closed_days: [2025-12-24, 2025-12-31, 2026-12-24, 2026-12-31]
status_page:
  title: Larkspur Pay Status
  url: https://status.example.com/
  description: Live and historical availability of Larkspur Pay services.
  component_groups:
${groups}`;
}

export function peopleYaml(org: Org): string {
  const teams = TEAMS.map((team) => `  ${team.id}:\n    name: ${team.name}\n    slack_channel: "#team-${team.id}"\n`).join("");
  const people = org.people
    .map((p) => `  ${p.handle}:\n    name: ${p.name}\n    github: ${p.github}\n    email: ${p.handle}@example.com\n    time_zone: ${p.timeZone}\n    team: ${p.team}\n`)
    .join("");
  return `teams:\n${teams}people:\n${people}`;
}

export function servicesYaml(org: Org): string {
  const services = org.services
    .map((s) => {
      const depends = s.dependsOn.length > 0 ? `    depends_on: [${s.dependsOn.join(", ")}]\n` : "";
      return `  ${s.id}:\n    name: ${s.name}\n    description: The ${s.name.toLowerCase()} service.\n    team: ${s.team}\n    escalation_policy: ${s.team}-critical\n    public: ${String(s.isPublic)}\n    since: 2022-06-01\n${depends}`;
    })
    .join("");
  return `services:\n${services}`;
}

export function escalationYaml(org: Org): string {
  const policies = TEAMS.map((team) => {
    const manager = org.people.find((p) => p.team === team.id)?.handle ?? "alice";
    return `  ${team.id}-critical:
    description: Pages the ${team.name} on-call first, then the team lead.
    levels:
      - escalate_after: 5m
        notify:
          - schedule: ${team.id}-primary
      - escalate_after: 15m
        notify:
          - person: ${manager}
    repeat: 2
`;
  }).join("");
  return `escalation_policies:\n${policies}`;
}

export function rotationYaml(id: string, members: readonly string[]): string {
  return `name: ${id.replace("-primary", "")} primary
description: First responder for the team's services.
time_zone: Europe/Berlin
layers:
  - name: Weekly primary
    members: [${members.join(", ")}]
    shift: 1w
    handoff: Monday 09:00
    effective_from: 2022-01-03T09:00:00+01:00
`;
}

export const SEVERITY_YAML = `severities:
  sev1:
    name: Critical
    description: Complete service unavailability for most users
    customer_label: Major outage
    response_target: 5m
    resolution_target: 4h
    update_cadence: 30m
    page: [primary_on_call, secondary_on_call, incident_commander]
    required_roles: [commander]
    postmortem: { required: true, due: 5 business days }
  sev2:
    name: Major
    description: Significant degradation for many users
    customer_label: Partial outage
    response_target: 15m
    resolution_target: 8h
    update_cadence: 1h
    page: [primary_on_call, incident_commander]
    required_roles: [commander]
    postmortem: { required: true, due: 10 business days }
  sev3:
    name: Moderate
    description: Minimal user impact or a workaround exists
    response_target: 30m
    resolution_target: 24h
    update_cadence: as_needed
    postmortem: { required: false }
  sev4:
    name: Low
    description: Cosmetic or internal only
    response_target: business_hours
    resolution_target: 72h
    update_cadence: none
    postmortem: { required: false }
`;
