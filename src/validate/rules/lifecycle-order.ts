import { makeDiagnostic } from "../../model/make-diagnostic.js";
import { epochMs } from "../../model/instant.js";
import type { Diagnostic } from "../../model/diagnostic.js";
import type { Rule } from "../rule.js";

const LIFECYCLE = ["started_at", "detected_at", "acknowledged_at", "mitigated_at", "resolved_at"] as const;

/** started ≤ detected ≤ acknowledged ≤ mitigated ≤ resolved; missing steps are skipped. */
export const lifecycleOrder: Rule = {
  name: "lifecycle-order",
  check({ workspace }) {
    const found: Diagnostic[] = [];
    for (const { incident } of workspace.incidents) {
      if (!incident) continue;
      let previous: { key: string; text: string; ms: number } | undefined;
      for (const key of LIFECYCLE) {
        const text = incident.data[key];
        if (text === undefined) continue;
        const ms = epochMs(text);
        if (previous && ms < previous.ms) {
          found.push(
            makeDiagnostic(
              "lifecycle-order",
              incident.source.path,
              incident.source.locate([key]),
              `${key} ${text} is before ${previous.key} ${previous.text}`,
              "Lifecycle timestamps run started ≤ detected ≤ acknowledged ≤ mitigated ≤ resolved.",
            ),
          );
        }
        previous = { key, text, ms };
      }
    }
    return found;
  },
};
