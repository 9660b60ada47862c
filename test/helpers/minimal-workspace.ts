import { MemoryFileSource } from "../../src/adapters/memory-file-source.js";
import { validateWorkspace } from "../../src/commands/validate.js";
import type { Diagnostic } from "../../src/model/diagnostic.js";

/**
 * The smallest valid workspace: two people, two services, the seed severity table, one escalation
 * policy, one rotation and one resolved incident. Tests replace or add files to break one thing.
 */
export const MINIMAL_WORKSPACE: Readonly<Record<string, string>> = {
  "fireline.yaml": `organization:
  name: Test Org
  time_zone: Europe/Berlin
status_page:
  title: Test status
  component_groups:
    - name: Core
      services: [api, web]
`,
  "people.yaml": `teams:
  core:
    name: Core
people:
  alice:
    name: Alice Example
    github: alice-example
    time_zone: Europe/Berlin
    team: core
  bob:
    name: Bob Example
    github: bob-example
    time_zone: America/New_York
    team: core
`,
  "services.yaml": `services:
  api:
    name: API
    team: core
    escalation_policy: core-critical
    public: true
  web:
    name: Web
    team: core
    escalation_policy: core-critical
    public: true
    depends_on: [api]
`,
  "policies/severity.yaml": `severities:
  sev1:
    name: Critical
    description: Complete service unavailability for most users
    response_target: 5m
    resolution_target: 4h
    update_cadence: 30m
    required_roles: [commander]
    postmortem: { required: true, due: 5 business days }
  sev2:
    name: Major
    description: Significant degradation
    response_target: 15m
    resolution_target: 8h
    update_cadence: 1h
    required_roles: [commander]
    postmortem: { required: false }
  sev3:
    name: Moderate
    description: Minimal user impact
    response_target: 30m
    resolution_target: 24h
    update_cadence: as_needed
    postmortem: { required: false }
  sev4:
    name: Low
    description: Cosmetic
    response_target: business_hours
    resolution_target: 72h
    update_cadence: none
    postmortem: { required: false }
`,
  "policies/escalation.yaml": `escalation_policies:
  core-critical:
    repeat: 3
    levels:
      - escalate_after: 5m
        notify: [{ schedule: core-primary }]
      - escalate_after: 10m
        notify: [{ person: bob }]
`,
  "rotations/core-primary.yaml": `name: Core primary
time_zone: Europe/Berlin
layers:
  - name: Weekly
    members: [alice, bob]
    shift: 1w
    handoff: Monday 09:00
    effective_from: 2026-01-05T09:00:00+01:00
`,
  "incidents/2026-03-03-api-errors/incident.yaml": `title: API errors after deploy
severity: sev2
status: resolved
public: true
services:
  api: partial_outage
roles:
  commander: alice
started_at: 2026-03-03T09:12:00Z
detected_at: 2026-03-03T09:15:00Z
acknowledged_at: 2026-03-03T09:17:00Z
mitigated_at: 2026-03-03T10:02:00Z
resolved_at: 2026-03-03T10:40:00Z
updates:
  - at: 2026-03-03T09:20:00Z
    status: investigating
    public: true
    message: We are investigating elevated API errors.
  - at: 2026-03-03T10:40:00Z
    status: resolved
    public: true
    message: The issue is resolved.
`,
  "maintenance/2026-04-01-db-upgrade.yaml": `title: Database upgrade
description: Short read-only period.
public: true
services:
  api: degraded_performance
starts_at: 2026-04-01T06:00:00Z
ends_at: 2026-04-01T07:00:00Z
`,
};

/**
 * A complete postmortem body for the minimal incident: every section the built-in policy requires,
 * one finished action item, a timeline that agrees with incident.yaml. Put front matter before it.
 * (Sev2 needs no postmortem in the minimal workspace, so validating it never depends on the clock;
 * sev1 needs one within 5 business days.)
 */
export const POSTMORTEM_BODY = `
# API errors after deploy

## Summary

The API returned errors for 40 minutes after a deploy.

## Impact

About 10% of API requests failed between 09:12 and 10:02 UTC.

## Timeline

All times UTC.

- 09:12 — Errors start.
- 09:20 — Status page: Investigating.
- 10:40 — Status: Resolved.

## Root cause and contributing factors

The new release exhausted the database connection pool.

## Resolution

The release was rolled back.

## What went well

The alert fired within three minutes.

## What went wrong

The pool had no saturation alert.

## Where we got lucky

Traffic was low at the time.

## Action items

- [x] Alert on connection-pool saturation (Owner: @alice, Due: 2026-03-20, Kind: detect)

## Lessons learned

Pool limits need alerts before they are reached.
`;

/** The minimal workspace with some files replaced (a string) or removed (null). */
export function workspaceWith(changes: Record<string, string | Uint8Array | null> = {}): MemoryFileSource {
  const files = new MemoryFileSource(MINIMAL_WORKSPACE);
  for (const [path, content] of Object.entries(changes)) {
    if (content === null) files.delete(path);
    else files.set(path, content);
  }
  return files;
}

/** Validates the minimal workspace with changes and returns its diagnostics. */
export async function diagnosticsFor(changes: Record<string, string | Uint8Array | null> = {}): Promise<Diagnostic[]> {
  const result = await validateWorkspace(workspaceWith(changes));
  if (!result.ok) throw new Error("the test workspace has no fireline.yaml");
  return result.diagnostics;
}

/** "FL-301 incidents/x/incident.yaml:7:14 message" lines: compact and readable in assertion diffs. */
export function summarize(diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics.map((d) => `${d.code} ${d.file}:${d.line}:${d.column} ${d.message}`);
}

/** Replaces a YAML file's text by editing it: `edit("a: 1", [["1", "2"]])`. Throws if a needle is missing. */
export function edit(path: string, replacements: [string, string][]): string {
  let text = MINIMAL_WORKSPACE[path];
  if (text === undefined) throw new Error(`no such file in the minimal workspace: ${path}`);
  for (const [from, to] of replacements) {
    if (!text.includes(from)) throw new Error(`'${from}' not found in ${path}`);
    text = text.replace(from, to);
  }
  return text;
}
