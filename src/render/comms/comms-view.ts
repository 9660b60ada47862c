import { Temporal } from "temporal-polyfill";
import type { UpdateDue } from "../../engine/incident/cadence.js";
import type { IncidentFile } from "../../schema/incident.js";
import type { PeopleFile } from "../../schema/people.js";
import type { ServicesFile } from "../../schema/services.js";
import type { Severity } from "../../schema/severity-policy.js";
import { PATHS } from "../status-page/site-paths.js";
import { formatLocalTime, formatSpan, formatUtc } from "../incident/format-time.js";
import type { CommsFormat } from "./comms-kinds.js";

export interface CommsFacts {
  id: string;
  incident: IncidentFile;
  severity?: Severity;
  people: PeopleFile["people"];
  services: ServicesFile["services"];
  timeZone: string;
  /** The status page's base URL, for a link to a public incident. */
  statusPageUrl?: string;
  nextUpdate?: UpdateDue;
}

/** Everything a comms template may show, already formatted: templates only place values. */
export interface CommsView {
  id: string;
  title: string;
  severity: string;
  severityName: string;
  status: string;
  started: string;
  affected: string;
  roles: { role: string; person: string }[];
  commander?: string;
  channel?: string;
  url?: string;
  summary?: string;
  message?: string;
  messageAt?: string;
  nextUpdate?: string;
  resolved?: string;
  duration?: string;
}

const ROLE_TITLES: Record<string, string> = { commander: "Commander", communications: "Communications", operations: "Operations", scribe: "Scribe" };

/** Builds the view for one format: Slack needs &, < and > escaped; markdown and text take values as they are. */
export function commsView(facts: CommsFacts, format: CommsFormat): CommsView {
  const { incident } = facts;
  const esc = format === "slack" ? escapeSlack : (text: string) => text;
  const who = (handle: string) => esc(`${facts.people[handle]?.name ?? handle} (@${handle})`);
  const latest = incident.updates.at(-1);
  const view: CommsView = {
    id: facts.id,
    title: esc(incident.title),
    severity: incident.severity,
    severityName: esc(facts.severity?.name ?? incident.severity),
    status: capitalise(incident.status),
    started: `${formatUtc(incident.started_at)} (${formatLocalTime(incident.started_at, facts.timeZone)})`,
    affected: esc(Object.entries(incident.services).map(([id, impact]) => `${facts.services[id]?.name ?? id} (${impact.replaceAll("_", " ")})`).join(", ")),
    roles: Object.entries(incident.roles ?? {}).flatMap(([role, handle]) => (handle === undefined ? [] : [{ role: ROLE_TITLES[role] ?? role, person: who(handle) }])),
  };
  const commander = incident.roles?.commander;
  if (commander !== undefined) view.commander = who(commander);
  const channel = incident.links?.find((link) => /^slack\b/i.test(link.title));
  if (channel) view.channel = esc(/#[\w-]+/.exec(channel.title)?.[0] ?? channel.url);
  if (incident.public && facts.statusPageUrl !== undefined) view.url = `${facts.statusPageUrl}${PATHS.incident(facts.id)}`;
  if (incident.summary !== undefined) view.summary = esc(incident.summary);
  if (latest) {
    view.message = esc(latest.message);
    view.messageAt = formatUtc(latest.at);
  }
  if (facts.nextUpdate) view.nextUpdate = `${formatUtc(facts.nextUpdate.due)} (every ${facts.nextUpdate.cadence})`;
  if (incident.resolved_at !== undefined) {
    view.resolved = formatUtc(incident.resolved_at);
    view.duration = formatSpan(Temporal.Instant.from(incident.started_at), Temporal.Instant.from(incident.resolved_at));
  }
  return view;
}

/** Slack's mrkdwn treats &, < and > as control characters (https://api.slack.com/reference/surfaces/formatting#escaping). */
function escapeSlack(text: string): string {
  return text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
