import { makeDiagnostic, START_OF_FILE } from "../../model/make-diagnostic.js";
import { dateIn } from "../../model/instant.js";
import { isPlainDate } from "../../load/time-values.js";
import type { Diagnostic } from "../../model/diagnostic.js";
import type { Rule } from "../rule.js";

const FOLDER = /^(\d{4}-\d{2}-\d{2})-([a-z0-9]+(?:-[a-z0-9]+)*)$/;

/**
 * Incident folders are named YYYY-MM-DD-slug and the date is the day the incident started, in UTC
 * or in the organisation's time zone (either is accepted so a late-evening start is not an error).
 */
export const incidentFolderName: Rule = {
  name: "incident-folder-name",
  check({ workspace }) {
    const zone = workspace.config?.data.organization.time_zone ?? "UTC";
    const found: Diagnostic[] = [];
    for (const { id, incident, files } of workspace.incidents) {
      // Point at incident.yaml when there is one: GitHub can only annotate files.
      const file = files.has("incident.yaml") ? `incidents/${id}/incident.yaml` : `incidents/${id}`;
      const match = FOLDER.exec(id);
      if (!match || !isPlainDate(match[1] ?? "")) {
        found.push(
          makeDiagnostic(
            "incident-folder-name",
            file,
            START_OF_FILE,
            `the incident folder 'incidents/${id}' is not named YYYY-MM-DD-slug`,
            "Rename it to the start date and a short lower-case slug, e.g. incidents/2026-03-03-checkout-errors.",
          ),
        );
        continue;
      }
      if (!incident) continue;
      const startedAt = incident.data.started_at;
      const folderDate = match[1] ?? "";
      const utcDate = dateIn(startedAt, "UTC");
      if (folderDate === utcDate) continue;
      const allowed = new Set([utcDate, dateIn(startedAt, zone)]);
      if (!allowed.has(folderDate)) {
        found.push(
          makeDiagnostic(
            "incident-date-mismatch",
            file,
            incident.source.locate(["started_at"]),
            `the folder says ${folderDate} but started_at ${startedAt} is on ${[...allowed].join(" / ")}`,
            "Fix started_at, or rename the folder to the day the incident started.",
          ),
        );
      }
    }
    return found;
  },
};
