import type { Diagnostic } from "../../model/diagnostic.js";
import { checkReference, ESCALATION_POLICY, SCHEDULE, TEAM } from "../check-reference.js";
import type { Rule } from "../rule.js";

/** Services name a team and an escalation policy that exist; escalation levels name rotations that exist. */
export const unknownPolicyReferences: Rule = {
  name: "unknown-escalation-policy, unknown-schedule, unknown-team",
  check({ workspace, index }) {
    const found: Diagnostic[] = [];
    const services = workspace.services;
    if (services) {
      for (const [id, service] of Object.entries(services.data.services)) {
        found.push(...checkReference(ESCALATION_POLICY, index.escalationPolicies, service.escalation_policy, services.source, ["services", id, "escalation_policy"]));
        found.push(...checkReference(TEAM, index.teams, service.team, services.source, ["services", id, "team"]));
      }
    }
    const people = workspace.people;
    if (people) {
      for (const [handle, person] of Object.entries(people.data.people)) {
        if (person.team !== undefined) found.push(...checkReference(TEAM, index.teams, person.team, people.source, ["people", handle, "team"]));
      }
    }
    const escalation = workspace.escalation;
    if (escalation) {
      for (const [id, policy] of Object.entries(escalation.data.escalation_policies)) {
        policy.levels.forEach((level, l) =>
          level.notify.forEach((target, t) => {
            if (target.schedule === undefined) return;
            found.push(...checkReference(SCHEDULE, index.schedules, target.schedule, escalation.source, ["escalation_policies", id, "levels", l, "notify", t, "schedule"]));
          }),
        );
      }
    }
    return found;
  },
};
