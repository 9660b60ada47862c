import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { newIncidentId, slugify } from "../../../src/engine/incident/incident-id.js";
import { planDeclare, type DeclareContext, type DeclareRequest } from "../../../src/engine/incident/plan-declare.js";
import { resolveIncidentId } from "../../../src/engine/incident/find-incident.js";
import { YAML_OPTIONS } from "../../../src/load/yaml-options.js";
import { at, openIncident } from "./incident-facts.js";

const SEVERITY = { name: "Major", description: "d", response_target: "15m", resolution_target: "8h", update_cadence: "1h", postmortem: { required: true } };
const context = (changes: Partial<DeclareContext> = {}): DeclareContext => ({
  facts: { ...openIncident(), now: at("2026-03-04T00:00:00Z"), severities: { sev1: { ...SEVERITY, required_roles: ["commander"] }, sev2: SEVERITY, sev3: SEVERITY } },
  taken: new Set(),
  onCall: () => ({ person: "carol", via: "on call in core-primary (core-critical, level 1)" }),
  header: "# yaml-language-server: $schema=../../schemas/incident.schema.json",
  ...changes,
});
const request = (changes: Partial<DeclareRequest> = {}): DeclareRequest => ({
  title: "Checkout errors after deploy",
  severity: "sev2",
  services: [{ id: "api" }],
  roles: {},
  public: true,
  at: at("2026-03-03T23:30:00Z"),
  acknowledged: true,
  ...changes,
});

describe("declaring an incident", () => {
  it("writes a file whose keys follow the schema's order and whose first update is public", () => {
    const plan = planDeclare(context(), request());
    if (!plan.ok) throw new Error(plan.problem.message);
    expect(plan.value.text).toBe(`# yaml-language-server: $schema=../../schemas/incident.schema.json
title: Checkout errors after deploy
severity: sev2
status: investigating
public: true
services:
  api: partial_outage
roles:
  commander: carol
started_at: 2026-03-03T23:30:00Z
detected_at: 2026-03-03T23:30:00Z
acknowledged_at: 2026-03-03T23:30:00Z
updates:
  - at: 2026-03-03T23:30:00Z
    status: investigating
    public: true
    author: carol
    message: We are investigating "Checkout errors after deploy".
`);
  });

  it("names the folder by the day the incident started in the organisation's zone", () => {
    const plan = planDeclare(context(), request());
    expect(plan.ok && plan.value.id).toBe("2026-03-04-checkout-errors-after-deploy");
  });

  it("takes the commander from the on-call schedule and says so", () => {
    const plan = planDeclare(context(), request());
    expect(plan.ok && plan.value.commanderFromOnCall).toBe("on call in core-primary (core-critical, level 1)");
    const named = planDeclare(context(), request({ roles: { commander: "alice" } }));
    expect(named.ok && [named.value.incident.roles?.commander, named.value.commanderFromOnCall]).toEqual(["alice", undefined]);
  });

  it("asks for a commander when the severity requires one and nobody is on call", () => {
    expect(planDeclare(context({ onCall: () => undefined }), request({ severity: "sev1" }))).toEqual({
      ok: false,
      problem: { kind: "usage", message: "sev1 needs an incident commander and nobody is on call for the affected services", hint: "Name one with --commander <handle>." },
    });
  });

  it("defaults the impact from the severity's rank and keeps an explicit one", () => {
    const plan = planDeclare(context(), request({ severity: "sev1", services: [{ id: "api" }, { id: "web", impact: "degraded_performance" }] }));
    expect(plan.ok && plan.value.incident.services).toEqual({ api: "major_outage", web: "degraded_performance" });
  });

  it("records when impact began separately from when it was declared, and no acknowledgement for an alert", () => {
    const plan = planDeclare(context(), request({ startedAt: at("2026-03-03T23:10:00Z"), acknowledged: false }));
    expect(plan.ok && parse(plan.value.text, YAML_OPTIONS)).toMatchObject({ started_at: "2026-03-03T23:10:00Z", detected_at: "2026-03-03T23:30:00Z" });
    expect(plan.ok && "acknowledged_at" in plan.value.incident).toBe(false);
  });

  it("suggests the nearest severity, service or person for a typo", () => {
    expect(planDeclare(context(), request({ severity: "sve2" }))).toMatchObject({ ok: false, problem: { message: "--severity: unknown severity 'sve2'; did you mean 'sev2'?" } });
    expect(planDeclare(context(), request({ services: [{ id: "apu" }] }))).toMatchObject({ ok: false, problem: { message: "--service: unknown service 'apu'; did you mean 'api'?" } });
    expect(planDeclare(context(), request({ roles: { scribe: "carl" } }))).toMatchObject({ ok: false, problem: { message: "--scribe: unknown person 'carl'; did you mean 'carol'?" } });
  });

  it("refuses a declaration time in the future", () => {
    expect(planDeclare(context(), request({ at: at("2026-03-04T00:06:00Z") }))).toMatchObject({ ok: false, problem: { message: "--at 2026-03-04T00:06:00Z is in the future (it is now 2026-03-04T00:00:00Z)" } });
  });
});

describe("incident ids", () => {
  it("turn a title into a short lower-case slug cut at a word boundary", () => {
    expect(slugify("Élevated card-payment declines: issuer unavailable (EU)")).toBe("elevated-card-payment-declines-issuer");
    expect(slugify("!!!")).toBe("incident");
  });

  it("get -2, -3 when the same title is declared twice on one day", () => {
    const taken = new Set(["2026-03-03-api-errors", "2026-03-03-api-errors-2"]);
    expect(newIncidentId(at("2026-03-03T10:00:00Z"), "UTC", "API errors", taken)).toBe("2026-03-03-api-errors-3");
  });

  it("are found from a slug, a folder path or a file path", () => {
    const ids = ["2026-03-03-api-errors", "2026-11-23-payments-api-elevated-declines"];
    expect(resolveIncidentId("payments-api-elevated-declines", ids)).toEqual({ ok: true, value: ids[1] });
    expect(resolveIncidentId("incidents/2026-03-03-api-errors/", ids)).toEqual({ ok: true, value: ids[0] });
    expect(resolveIncidentId("./incidents/2026-03-03-api-errors/incident.yaml", ids)).toEqual({ ok: true, value: ids[0] });
  });

  it("are found from the end of their id when only one incident ends that way, a whole slug first, and list every candidate when several match", () => {
    const ids = ["2026-03-03-api-errors", "2026-05-01-web-api-errors", "2026-11-23-payments-api-elevated-declines"];
    expect(resolveIncidentId("elevated-declines", ids)).toEqual({ ok: true, value: ids[2] });
    expect(resolveIncidentId("web-api-errors", ids)).toEqual({ ok: true, value: ids[1] });
    expect(resolveIncidentId("api-errors", ids)).toEqual({ ok: true, value: ids[0] });
    expect(resolveIncidentId("errors", ids)).toMatchObject({
      ok: false,
      problem: { kind: "usage", message: "'errors' names 2 incidents: 2026-03-03-api-errors, 2026-05-01-web-api-errors", hint: "Give the full id, with its date." },
    });
    expect(resolveIncidentId("clines", ids)).toMatchObject({ ok: false });
    expect(resolveIncidentId("api", ids)).toMatchObject({
      problem: { message: "no incident 'api'; 3 incidents have it in their id: 2026-03-03-api-errors, 2026-05-01-web-api-errors, 2026-11-23-payments-api-elevated-declines" },
    });
  });

  it("suggest the nearest id for an unknown one", () => {
    const ids = ["2026-03-03-api-errors", "2026-11-23-payments-api-elevated-declines"];
    expect(resolveIncidentId("2026-11-23-payments-api-elevated-decline", ids)).toMatchObject({
      ok: false,
      problem: { kind: "usage", message: "no incident '2026-11-23-payments-api-elevated-decline'; did you mean '2026-11-23-payments-api-elevated-declines'?" },
    });
    expect(resolveIncidentId("api-erorrs", ids)).toMatchObject({ problem: { message: "no incident 'api-erorrs'; did you mean '2026-03-03-api-errors'?" } });
    expect(resolveIncidentId("something-else", ids)).toMatchObject({ problem: { message: "no incident 'something-else'" } });
  });
});
