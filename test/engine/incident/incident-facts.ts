import { Temporal } from "temporal-polyfill";
import type { IncidentFacts } from "../../../src/engine/incident/facts.js";
import type { IncidentFile } from "../../../src/schema/incident.js";

/** An open sev2 incident with two updates, in a workspace of alice, bob and carol. */
export function openIncident(changes: Partial<IncidentFile> = {}): IncidentFacts {
  const incident: IncidentFile = {
    title: "API errors",
    severity: "sev2",
    status: "identified",
    public: true,
    services: { api: "partial_outage" },
    roles: { commander: "alice", communications: "bob" },
    started_at: "2026-03-03T09:12:00Z",
    detected_at: "2026-03-03T09:15:00Z",
    acknowledged_at: "2026-03-03T09:17:00Z",
    updates: [
      { at: "2026-03-03T09:20:00Z", status: "investigating", public: true, message: "Investigating." },
      { at: "2026-03-03T09:45:00Z", status: "identified", message: "Found it." },
    ],
    ...changes,
  };
  return {
    id: "2026-03-03-api-errors",
    incident,
    index: { people: new Set(["alice", "bob", "carol"]), services: new Set(["api", "web"]), severities: ["sev1", "sev2", "sev3"], schedules: new Set() },
    people: {
      alice: { name: "Alice Example", time_zone: "UTC" },
      bob: { name: "Bob Example", time_zone: "UTC" },
      carol: { name: "Carol Example", time_zone: "UTC" },
    },
    timeZone: "Europe/Berlin",
    now: Temporal.Instant.from("2026-03-03T11:00:00Z"),
  };
}

export const at = (text: string) => Temporal.Instant.from(text);
