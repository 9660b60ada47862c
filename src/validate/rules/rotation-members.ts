import { makeDiagnostic } from "../../model/make-diagnostic.js";
import type { Diagnostic } from "../../model/diagnostic.js";
import type { Rule } from "../rule.js";

/** Every rotation layer has someone in it, and nobody twice. */
export const rotationMembers: Rule = {
  name: "rotation-without-members, duplicate-member",
  check({ workspace }) {
    const found: Diagnostic[] = [];
    for (const rotation of workspace.rotations) {
      rotation.data.layers.forEach((layer, l) => {
        if (layer.members.length === 0) {
          found.push(
            makeDiagnostic(
              "rotation-without-members",
              rotation.source.path,
              rotation.source.locate(["layers", l, "members"]),
              `layer '${layer.name}' of rotation ${rotation.id} has no members, so nobody would be on call`,
              "List at least one handle from people.yaml under members.",
            ),
          );
        }
        const firstAt = new Map<string, number>();
        layer.members.forEach((member, m) => {
          const first = firstAt.get(member);
          if (first !== undefined) {
            found.push(
              makeDiagnostic("duplicate-member", rotation.source.path, rotation.source.locate(["layers", l, "members", m]), `${member} is listed more than once in layer '${layer.name}' (first as members[${first}])`, "Each member takes one turn per cycle; list them once."),
            );
          }
          if (first === undefined) firstAt.set(member, m);
        });
      });
    }
    return found;
  },
};
