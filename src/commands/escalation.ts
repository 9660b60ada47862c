import type { Temporal } from "temporal-polyfill";
import { escalationTimeline, type EscalationTimeline } from "../engine/oncall/escalation.js";
import type { EscalationPolicy, OnCallWorkspace } from "./oncall-workspace.js";

export interface PolicyTimeline {
  id: string;
  policy: EscalationPolicy;
  timeline: EscalationTimeline;
}

export type EscalationOutcome =
  | { ok: true; at: Temporal.Instant; policies: PolicyTimeline[] }
  | { ok: false; reason: "unknown-policy"; policy: string; known: string[] };

/** `fireline escalation`: who is paged at which minute, across repeats, for an alert at `at` nobody acknowledges. */
export function escalationAt(oncall: OnCallWorkspace, at: Temporal.Instant, policyId?: string): EscalationOutcome {
  const known = [...oncall.policies.keys()].sort();
  if (policyId !== undefined && !oncall.policies.has(policyId)) return { ok: false, reason: "unknown-policy", policy: policyId, known };
  const ids = policyId === undefined ? known : [policyId];
  const policies = ids.flatMap((id) => {
    const policy = oncall.policies.get(id);
    return policy ? [{ id, policy, timeline: escalationTimeline(policy, at, oncall.onCall) }] : [];
  });
  return { ok: true, at, policies };
}
