import type { Diagnostic } from "../../model/diagnostic.js";
import { makeDiagnostic } from "../../model/make-diagnostic.js";
import { localDateTime } from "../../model/instant.js";
import { resolveTimeZoneName } from "../../engine/postmortem/time-zone-name.js";
import { parsedPostmortems } from "../postmortem-scope.js";
import type { Rule } from "../rule.js";

interface Moment {
  date: string;
  time: string;
  /** Where incident.yaml says it, for the message. */
  source: string;
}

/**
 * A timeline entry that announces a status ("10:02 — … Status: Monitoring.") agrees with
 * incident.yaml: an update with that status (or resolved_at, for Resolved) at that minute, read in
 * the zone the timeline declares ("All times UTC.") or the organisation's. Other entries (a deploy
 * the day before, a follow-up) are free text and not compared.
 */
export const timelineContradiction: Rule = {
  name: "timeline-contradiction",
  check(context) {
    const orgZone = context.postmortems?.timeZone ?? "UTC";
    const found: Diagnostic[] = [];
    for (const { entry, model, file } of parsedPostmortems(context)) {
      const incident = entry.incident?.data;
      const timeline = model.timeline;
      if (!incident || !timeline) continue;
      const zone = timeline.timeZone ? resolveTimeZoneName(timeline.timeZone.value) : orgZone;
      if (zone === undefined) continue;
      const moments = new Map<string, Moment[]>();
      const add = (status: string, at: string, source: string) => {
        const list = moments.get(status) ?? [];
        list.push({ ...localDateTime(at, zone), source });
        moments.set(status, list);
      };
      incident.updates.forEach((update, i) => add(update.status, update.at, `updates[${i}]`));
      if (incident.resolved_at !== undefined) add("resolved", incident.resolved_at, "resolved_at");
      const zoneLabel = zone === "UTC" ? "UTC" : zone;
      for (const line of timeline.entries) {
        if (line.time === undefined) continue;
        for (const claim of line.statuses) {
          const known = moments.get(claim.status) ?? [];
          if (known.some((m) => m.time === line.time && (line.date === undefined || m.date === line.date))) continue;
          const when = `${line.date === undefined ? "" : `${line.date} `}${line.time}`;
          const message =
            known.length === 0
              ? `the timeline says ${capitalise(claim.status)} at ${when}, but incident.yaml has no ${claim.status} update`
              : `the timeline says ${capitalise(claim.status)} at ${when}, but incident.yaml has it at ${describeMoments(known)} (${zoneLabel})`;
          found.push(
            makeDiagnostic(
              "timeline-contradiction",
              file,
              claim,
              message,
              `Correct whichever is wrong; the status page shows incident.yaml's times. Times here are read as ${zoneLabel}${timeline.timeZone ? "" : " (the organisation's zone; declare another with a line such as 'All times UTC.')"}.`,
            ),
          );
        }
      }
    }
    return found;
  },
};

/** "11:40 (updates[1], resolved_at)": each time once, with every place incident.yaml has it. */
function describeMoments(moments: readonly Moment[]): string {
  const byTime = new Map<string, string[]>();
  for (const moment of moments) {
    const key = moment.time;
    byTime.set(key, [...(byTime.get(key) ?? []), moment.source]);
  }
  return [...byTime].map(([time, sources]) => `${time} (${sources.join(", ")})`).join(", ");
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
