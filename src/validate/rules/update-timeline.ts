import { makeDiagnostic } from "../../model/make-diagnostic.js";
import { epochMs } from "../../model/instant.js";
import type { Diagnostic } from "../../model/diagnostic.js";
import type { Rule } from "../rule.js";

/** Updates are oldest first and none is dated before the incident started. */
export const updateTimeline: Rule = {
  name: "updates-out-of-order, update-before-start",
  check({ workspace }) {
    const found: Diagnostic[] = [];
    for (const { incident } of workspace.incidents) {
      if (!incident) continue;
      const started = epochMs(incident.data.started_at);
      let previous: { at: string; ms: number; index: number } | undefined;
      incident.data.updates.forEach((update, i) => {
        const ms = epochMs(update.at);
        const at = () => incident.source.locate(["updates", i, "at"]);
        if (ms < started) {
          found.push(
            makeDiagnostic("update-before-start", incident.source.path, at(), `updates[${i}] at ${update.at} is before started_at ${incident.data.started_at}`, "Move started_at earlier, or fix the update's time."),
          );
        }
        if (previous && ms < previous.ms) {
          found.push(
            makeDiagnostic("updates-out-of-order", incident.source.path, at(), `updates[${i}] at ${update.at} is listed after updates[${previous.index}] at ${previous.at}, which is later`, "List updates oldest first."),
          );
        }
        if (!previous || ms >= previous.ms) previous = { at: update.at, ms, index: i };
      });
    }
    return found;
  },
};
