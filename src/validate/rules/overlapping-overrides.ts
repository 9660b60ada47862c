import { instantMs } from "../../engine/oncall/wall-clock.js";
import type { Diagnostic } from "../../model/diagnostic.js";
import { makeDiagnostic } from "../../model/make-diagnostic.js";
import type { Rule } from "../rule.js";

/**
 * Two overrides of one rotation must not claim the same time for the same shift: both cover the
 * same person, or either covers whoever is on call. The later one would silently win.
 */
export const overlappingOverrides: Rule = {
  name: "overlapping-overrides",
  check({ workspace }) {
    const found: Diagnostic[] = [];
    for (const rotation of workspace.rotations) {
      const overrides = (rotation.data.overrides ?? []).map((override, index) => ({ ...override, index, start: instantMs(override.from), end: instantMs(override.to) }));
      for (const later of overrides) {
        if (later.end <= later.start) continue;
        const earlier = overrides.find(
          (other) =>
            other.index < later.index &&
            other.end > other.start &&
            other.start < later.end &&
            later.start < other.end &&
            (other.covers === undefined || later.covers === undefined || other.covers === later.covers),
        );
        if (!earlier) continue;
        const whom = later.covers === undefined || earlier.covers === undefined ? "whoever is on call" : later.covers;
        found.push(
          makeDiagnostic(
            "overlapping-overrides",
            rotation.source.path,
            rotation.source.locate(["overrides", later.index, "from"]),
            `overrides[${later.index}] (${later.person}, ${later.from} to ${later.to}) overlaps overrides[${earlier.index}] (${earlier.person}, ${earlier.from} to ${earlier.to}); both cover ${whom}`,
            "Make the two windows follow each other, or merge them into one override.",
          ),
        );
      }
    }
    return found;
  },
};
