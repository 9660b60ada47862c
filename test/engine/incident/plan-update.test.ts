import { describe, expect, it } from "vitest";
import { planAssign } from "../../../src/engine/incident/plan-assign.js";
import { planResolve } from "../../../src/engine/incident/plan-resolve.js";
import { planUpdate, type UpdateRequest } from "../../../src/engine/incident/plan-update.js";
import { INCIDENT_KEY_ORDER, ROLE_ORDER } from "../../../src/engine/incident/key-order.js";
import { at, openIncident } from "./incident-facts.js";

const request = (changes: Partial<UpdateRequest> = {}): UpdateRequest => ({
  message: "Rolling back.",
  public: false,
  components: {},
  at: at("2026-03-03T10:00:00Z"),
  reopen: false,
  ...changes,
});

describe("planning an update", () => {
  it("adds only a timeline entry when the status stays the same", () => {
    expect(planUpdate(openIncident(), request())).toEqual({
      ok: true,
      value: [{ op: "append", path: ["updates"], value: { at: "2026-03-03T10:00:00Z", status: "identified", author: "alice", message: "Rolling back." } }],
    });
  });

  it("sets the status and mitigated_at when the incident moves to monitoring", () => {
    const plan = planUpdate(openIncident(), request({ status: "monitoring" }));
    expect(plan.ok && plan.value.slice(0, 2)).toEqual([
      { op: "set", path: ["status"], value: "monitoring" },
      { op: "set", path: ["mitigated_at"], value: "2026-03-03T10:00:00Z", order: INCIDENT_KEY_ORDER },
    ]);
  });

  it("does not move a lifecycle timestamp that is already set", () => {
    const plan = planUpdate(openIncident({ mitigated_at: "2026-03-03T09:50:00Z", status: "monitoring" }), request({ status: "resolved" }));
    expect(plan.ok && plan.value.filter((operation) => operation.op === "set").map((operation) => operation.path[0])).toEqual(["status", "resolved_at"]);
  });

  it("sets acknowledged_at when an unacknowledged incident is first updated", () => {
    const facts = openIncident({ acknowledged_at: undefined, status: "investigating" });
    delete facts.incident.acknowledged_at;
    const plan = planUpdate(facts, request({ status: "identified" }));
    expect(plan.ok && plan.value.map((operation) => operation.path[0])).toEqual(["status", "acknowledged_at", "updates"]);
  });

  it("signs a public update with the communications lead's handle", () => {
    const plan = planUpdate(openIncident(), request({ public: true }));
    expect(plan.ok && plan.value[0]).toMatchObject({ value: { public: true, author: "bob" } });
  });

  it("raises a service's impact but never lowers it, and adds a newly affected service", () => {
    const plan = planUpdate(openIncident(), request({ components: { api: "degraded_performance", web: "major_outage" } }));
    expect(plan.ok && plan.value.filter((operation) => operation.op === "set")).toEqual([{ op: "set", path: ["services", "web"], value: "major_outage" }]);
    expect(plan.ok && plan.value.at(-1)).toMatchObject({ value: { components: { api: "degraded_performance", web: "major_outage" } } });
  });

  it("refuses to move a resolved incident back without --reopen", () => {
    const facts = openIncident({ status: "resolved", resolved_at: "2026-03-03T09:50:00Z" });
    expect(planUpdate(facts, request({ status: "investigating" }))).toEqual({
      ok: false,
      problem: {
        kind: "usage",
        message: "2026-03-03-api-errors is resolved; moving it back to investigating reopens it",
        hint: "Pass --reopen to reopen the incident (resolved_at is removed; the timeline keeps the resolution).",
      },
    });
  });

  it("reopens a resolved incident with --reopen by removing resolved_at", () => {
    const facts = openIncident({ status: "resolved", resolved_at: "2026-03-03T09:50:00Z" });
    const plan = planUpdate(facts, request({ status: "investigating", reopen: true }));
    expect(plan.ok && plan.value.slice(0, 2)).toEqual([
      { op: "set", path: ["status"], value: "investigating" },
      { op: "delete", path: ["resolved_at"] },
    ]);
  });

  it("refuses a time more than five minutes ahead of the clock", () => {
    const plan = planUpdate(openIncident(), request({ at: at("2026-03-03T11:06:00Z") }));
    expect(!plan.ok && plan.problem.message).toBe("--at 2026-03-03T11:06:00Z is in the future (it is now 2026-03-03T11:00:00Z)");
    expect(planUpdate(openIncident(), request({ at: at("2026-03-03T11:04:00Z") })).ok).toBe(true);
  });

  it("dates an update without --at now, but never before an update another process wrote a moment later", () => {
    const facts = openIncident();
    const plain = planUpdate(facts, request({ at: undefined }));
    expect(plain.ok && plain.value[0]).toMatchObject({ value: { at: "2026-03-03T11:00:00Z" } });
    facts.incident.updates.push({ at: "2026-03-03T11:00:01Z", status: "identified", message: "Written in parallel." });
    const raced = planUpdate(facts, request({ at: undefined }));
    expect(raced.ok && raced.value[0]).toMatchObject({ value: { at: "2026-03-03T11:00:01Z" } });
  });

  it("refuses an update dated before the latest one", () => {
    const plan = planUpdate(openIncident(), request({ at: at("2026-03-03T09:30:00Z") }));
    expect(!plan.ok && plan.problem.message).toBe("--at 2026-03-03T09:30:00Z is before the latest update (2026-03-03T09:45:00Z); the timeline is kept oldest first");
  });

  it("names the likely typo for an unknown service or author", () => {
    expect(planUpdate(openIncident(), request({ components: { apj: "operational" } }))).toMatchObject({
      ok: false,
      problem: { kind: "usage", message: "--component: unknown service 'apj'; did you mean 'api'?" },
    });
    expect(planUpdate(openIncident(), request({ author: "alcie" }))).toMatchObject({ ok: false, problem: { message: "--author: unknown person 'alcie'; did you mean 'alice'?" } });
  });
});

describe("planning a resolution", () => {
  it("resolves publicly when the incident is public, setting mitigated_at and resolved_at", () => {
    const plan = planResolve(openIncident(), { message: "Fixed.", components: {}, at: at("2026-03-03T10:40:00Z") });
    expect(plan.ok && plan.value.map((operation) => operation.path.join("."))).toEqual(["status", "mitigated_at", "resolved_at", "updates"]);
    expect(plan.ok && plan.value.at(-1)).toMatchObject({ value: { status: "resolved", public: true } });
  });

  it("refuses to resolve an incident twice", () => {
    const plan = planResolve(openIncident({ status: "resolved", resolved_at: "2026-03-03T10:00:00Z" }), { message: "Fixed.", components: {}, at: at("2026-03-03T10:40:00Z") });
    expect(!plan.ok && plan.problem.message).toBe("2026-03-03-api-errors is already resolved (at 2026-03-03T10:00:00Z)");
  });
});

describe("planning a hand-over", () => {
  it("records a hand-over of command in the timeline, with both names", () => {
    const plan = planAssign(openIncident(), { role: "commander", person: "carol", at: at("2026-03-03T10:00:00Z"), note: "Shift change." });
    expect(plan).toEqual({
      ok: true,
      value: [
        { op: "set", path: ["roles", "commander"], value: "carol", order: ROLE_ORDER },
        {
          op: "append",
          path: ["updates"],
          value: {
            at: "2026-03-03T10:00:00Z",
            status: "identified",
            author: "carol",
            message: "Hand-over of command: Alice Example (alice) hands over to Carol Example (carol). Shift change.",
          },
        },
      ],
    });
  });

  it("adds a roles mapping to an incident that has none", () => {
    const facts = openIncident();
    delete facts.incident.roles;
    const plan = planAssign(facts, { role: "scribe", person: "carol", at: at("2026-03-03T10:00:00Z") });
    expect(plan.ok && plan.value[0]).toEqual({ op: "set", path: ["roles"], value: { scribe: "carol" }, order: INCIDENT_KEY_ORDER });
    expect(plan.ok && plan.value[1]).toMatchObject({ value: { message: "Carol Example (carol) is now the scribe." } });
  });

  it("changes nothing when the person already holds the role", () => {
    expect(planAssign(openIncident(), { role: "commander", person: "alice", at: at("2026-03-03T10:00:00Z") })).toEqual({ ok: true, value: [] });
  });

  it("suggests the nearest handle for an unknown person", () => {
    expect(planAssign(openIncident(), { role: "commander", person: "bbo", at: at("2026-03-03T10:00:00Z") })).toMatchObject({
      ok: false,
      problem: { kind: "usage", message: "--person: unknown person 'bbo'; did you mean 'bob'?" },
    });
  });
});
