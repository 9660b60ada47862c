import { makeDiagnostic } from "../../model/make-diagnostic.js";
import type { Diagnostic } from "../../model/diagnostic.js";
import type { Rule } from "../rule.js";

/** A public incident says something on the status page; its status matches its latest update. */
export const publicUpdate: Rule = {
  name: "public-without-public-update, status-mismatch",
  check({ workspace }) {
    const found: Diagnostic[] = [];
    for (const { incident } of workspace.incidents) {
      if (!incident) continue;
      const { updates, status } = incident.data;
      if (incident.data.public && !updates.some((update) => update.public === true)) {
        found.push(
          makeDiagnostic(
            "public-without-public-update",
            incident.source.path,
            incident.source.locate(["public"]),
            "the incident is public but none of its updates is, so the status page shows no message",
            "Mark at least one update `public: true`, or set the incident's public: false.",
          ),
        );
      }
      const latest = updates[updates.length - 1];
      if (latest && latest.status !== status) {
        found.push(
          makeDiagnostic(
            "status-mismatch",
            incident.source.path,
            incident.source.locate(["status"]),
            `status is '${status}' but the latest update (updates[${updates.length - 1}]) says '${latest.status}'`,
            "Add an update for the status change, or correct the status.",
          ),
        );
      }
    }
    return found;
  },
};
