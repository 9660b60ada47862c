import type { Diagnostic } from "../../model/diagnostic.js";
import { checkReference, PERSON } from "../check-reference.js";
import type { Rule } from "../rule.js";

/** Every handle used in incidents, rotations, escalation policies and postmortems is in people.yaml. */
export const unknownPerson: Rule = {
  name: "unknown-person",
  check({ workspace, index }) {
    const known = index.people;
    const found: Diagnostic[] = [];
    const check = (value: string | undefined, source: Parameters<typeof checkReference>[3], path: (string | number)[]) => {
      if (value !== undefined) found.push(...checkReference(PERSON, known, value, source, path));
    };
    for (const { incident } of workspace.incidents) {
      if (!incident) continue;
      for (const [role, handle] of Object.entries(incident.data.roles ?? {})) check(handle, incident.source, ["roles", role]);
      incident.data.updates.forEach((update, i) => check(update.author, incident.source, ["updates", i, "author"]));
    }
    for (const rotation of workspace.rotations) {
      rotation.data.layers.forEach((layer, l) => layer.members.forEach((member, m) => check(member, rotation.source, ["layers", l, "members", m])));
      (rotation.data.overrides ?? []).forEach((override, o) => {
        check(override.person, rotation.source, ["overrides", o, "person"]);
        check(override.covers, rotation.source, ["overrides", o, "covers"]);
      });
    }
    const escalation = workspace.escalation;
    if (escalation) {
      for (const [id, policy] of Object.entries(escalation.data.escalation_policies)) {
        policy.levels.forEach((level, l) =>
          level.notify.forEach((target, t) => check(target.person, escalation.source, ["escalation_policies", id, "levels", l, "notify", t, "person"])),
        );
      }
    }
    for (const { postmortem } of workspace.incidents) {
      const front = postmortem?.frontMatter;
      if (!postmortem || !front) continue;
      front.authors.forEach((handle, i) => check(handle, postmortem.source, ["authors", i]));
      (front.reviewers ?? []).forEach((handle, i) => check(handle, postmortem.source, ["reviewers", i]));
    }
    return found;
  },
};
