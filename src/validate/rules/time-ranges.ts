import { makeDiagnostic } from "../../model/make-diagnostic.js";
import { epochMs } from "../../model/instant.js";
import type { Diagnostic } from "../../model/diagnostic.js";
import type { SourceFile } from "../../load/source-file.js";
import type { Rule } from "../rule.js";

/** Maintenance windows, overrides and layer lifetimes end after they start. */
export const timeRanges: Rule = {
  name: "time-range-reversed",
  check({ workspace }) {
    const found: Diagnostic[] = [];
    const check = (source: SourceFile, what: string, from: string, to: string | undefined, toPath: (string | number)[]) => {
      if (to === undefined || epochMs(to) > epochMs(from)) return;
      found.push(makeDiagnostic("time-range-reversed", source.path, source.locate(toPath), `${what} ends at ${to}, not after it starts at ${from}`, "Swap the two times, or fix the one that is wrong."));
    };
    for (const window of workspace.maintenance) {
      check(window.source, "the maintenance window", window.data.starts_at, window.data.ends_at, ["ends_at"]);
    }
    for (const rotation of workspace.rotations) {
      (rotation.data.overrides ?? []).forEach((override, o) => check(rotation.source, `overrides[${o}]`, override.from, override.to, ["overrides", o, "to"]));
      rotation.data.layers.forEach((layer, l) =>
        check(rotation.source, `layer '${layer.name}'`, layer.effective_from, layer.effective_until, ["layers", l, "effective_until"]),
      );
    }
    return found;
  },
};
