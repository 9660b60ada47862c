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
        const seen = new Set<string>();
        layer.members.forEach((member, m) => {
          if (seen.has(member)) {
            found.push(
              makeDiagnostic("duplicate-member", rotation.source.path, rotation.source.locate(["layers", l, "members", m]), `${member} appears twice in layer '${layer.name}'`, "Each member takes one turn per cycle; list them once."),
            );
          }
          seen.add(member);
        });
      });
    }
    return found;
  },
};
