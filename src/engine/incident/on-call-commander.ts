import type { Workspace } from "../../model/workspace.js";
import { compileRotation } from "../oncall/compile.js";
import type { CompiledRotation } from "../oncall/types.js";
import { personOnCall } from "../oncall/who-is-on-call.js";
import type { OnCallLookup } from "./plan-declare.js";

/**
 * The default incident commander: whoever the first service's escalation policy pages first at
 * the moment of declaring (seed 002: "by default, the SRE on-call is the owner of the incident").
 * Levels are tried in order, so a rotation with a gap falls through to the next level.
 */
export function onCallCommander(workspace: Workspace): OnCallLookup {
  const compiled = new Map<string, CompiledRotation>();
  const rotation = (id: string): CompiledRotation | undefined => {
    const found = compiled.get(id);
    if (found) return found;
    const file = workspace.rotations.find((candidate) => candidate.id === id);
    if (!file) return undefined;
    const fresh = compileRotation(id, file.data);
    compiled.set(id, fresh);
    return fresh;
  };

  return (services, at) => {
    for (const service of services) {
      const policyId = workspace.services?.data.services[service]?.escalation_policy;
      const policy = policyId === undefined ? undefined : workspace.escalation?.data.escalation_policies[policyId];
      if (!policy || policyId === undefined) continue;
      for (const [level, { notify }] of policy.levels.entries()) {
        for (const target of notify) {
          if (target.person !== undefined) return { person: target.person, via: `${policyId}, level ${level + 1}` };
          const schedule = target.schedule === undefined ? undefined : rotation(target.schedule);
          const person = schedule ? personOnCall(schedule, at.epochMilliseconds) : undefined;
          if (person !== undefined) return { person, via: `on call in ${target.schedule ?? ""} (${policyId}, level ${level + 1})` };
        }
      }
    }
    return undefined;
  };
}
