import type { Diagnostic } from "../../model/diagnostic.js";
import { makeDiagnostic } from "../../model/make-diagnostic.js";
import type { Rule } from "../rule.js";

/** A restriction window must not end when it starts: `to` earlier than `from` runs past midnight, equal is nothing. */
export const restrictionEmpty: Rule = {
  name: "restriction-empty",
  check({ workspace }) {
    const found: Diagnostic[] = [];
    for (const rotation of workspace.rotations) {
      rotation.data.layers.forEach((layer, l) =>
        (layer.restrictions ?? []).forEach((restriction, r) => {
          if (restriction.from !== restriction.to) return;
          found.push(
            makeDiagnostic(
              "restriction-empty",
              rotation.source.path,
              rotation.source.locate(["layers", l, "restrictions", r, "to"]),
              `layer '${layer.name}': the restriction from ${restriction.from} to ${restriction.to} ends when it starts, so the layer is never on call in it`,
              "A window whose end is earlier than its start runs past midnight (18:00 to 09:00). For whole days use two windows, such as 00:00 to 12:00 and 12:00 to 00:00.",
            ),
          );
        }),
      );
    }
    return found;
  },
};
