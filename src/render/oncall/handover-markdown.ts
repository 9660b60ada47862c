import type { OnCallWorkspace } from "../../commands/oncall-workspace.js";
import type { Handover, HandoverIncidentEntry } from "../../engine/oncall/handover.js";
import { formatLocal, formatUtc } from "../../engine/oncall/time-text.js";

/** Markdown handover notes, one section per rotation, for Slack or an issue. */
export function renderHandoverMarkdown(handovers: readonly Handover[], oncall: OnCallWorkspace): string {
  return `${handovers.map((h) => section(h, oncall)).join("\n\n")}\n`;
}

function person(handle: string, oncall: OnCallWorkspace): string {
  const name = oncall.nameOf(handle);
  return name === handle ? `\`${handle}\`` : `${name} (\`${handle}\`)`;
}

function section(handover: Handover, oncall: OnCallWorkspace): string {
  const zone = handover.rotation.timeZone;
  const at = (ms: number) => formatLocal(ms, zone);
  const lines = [`## On-call handover: ${handover.rotation.name}`, ""];
  lines.push(
    handover.outgoing
      ? `- **Outgoing:** ${person(handover.outgoing.person, oncall)}, on call since ${at(handover.outgoing.since)}${handover.outgoing.until === undefined ? "" : ` until ${at(handover.outgoing.until)}`}`
      : `- **Outgoing:** nobody is on call at ${at(handover.at)}`,
  );
  lines.push(
    handover.incoming
      ? `- **Incoming:** ${person(handover.incoming.person, oncall)}, from ${at(handover.incoming.from)} until ${at(handover.incoming.until)}`
      : "- **Incoming:** nobody is scheduled next",
  );
  lines.push("", `### Still open (${handover.stillOpen.length})`, "");
  if (handover.stillOpen.length === 0) lines.push("Nothing is open.");
  for (const entry of handover.stillOpen) lines.push(incidentLine(entry, zone, "open"));
  lines.push("", `### Resolved during this shift (${handover.resolved.length})`, "");
  if (handover.resolved.length === 0) lines.push("Nothing was resolved during this shift.");
  for (const entry of handover.resolved) lines.push(incidentLine(entry, zone, "resolved"));
  lines.push(
    "",
    "### Before you take over",
    "",
    "- [ ] Pager, phone and laptop work; VPN and monitoring access tested",
    "- [ ] Read the open incidents above and their channels",
    "- [ ] Ask the outgoing on-call about anything not written down (trends, planned deploys, noisy alerts)",
  );
  return lines.join("\n");
}

function incidentLine(entry: HandoverIncidentEntry, zone: string, kind: "open" | "resolved"): string {
  const { incident } = entry;
  const opened = `opened ${formatLocal(incident.startedAt, zone)}${entry.openedDuringShift ? " (this shift)" : ""}`;
  const resolved = kind === "resolved" && incident.resolvedAt !== undefined ? `, resolved ${formatLocal(incident.resolvedAt, zone)}` : "";
  const links = incident.links.map((link) => `[${escapeText(link.title)}](${link.url})`);
  const file = `\`incidents/${incident.id}/incident.yaml\``;
  return `- **${escapeText(incident.title)}** (${incident.severity}, ${incident.status}): ${opened}${resolved}. ${[...links, file].join(" · ")}`;
}

/** Keeps markdown punctuation in titles from turning into formatting. */
function escapeText(text: string): string {
  return text.replace(/([\\`*_[\]<>|])/g, "\\$1");
}

/** `fireline handover --format json`. */
export function renderHandoverJson(at: number, handovers: readonly Handover[], oncall: OnCallWorkspace): string {
  const incident = (entry: HandoverIncidentEntry) => ({
    id: entry.incident.id,
    title: entry.incident.title,
    severity: entry.incident.severity,
    status: entry.incident.status,
    started_at: formatUtc(entry.incident.startedAt),
    resolved_at: entry.incident.resolvedAt === undefined ? null : formatUtc(entry.incident.resolvedAt),
    opened_during_shift: entry.openedDuringShift,
    links: entry.incident.links,
  });
  const value = {
    version: 1,
    at: formatUtc(at),
    handovers: handovers.map((h) => ({
      rotation: h.rotation.id,
      outgoing: h.outgoing
        ? { person: h.outgoing.person, name: oncall.nameOf(h.outgoing.person), since: formatUtc(h.outgoing.since), until: h.outgoing.until === undefined ? null : formatUtc(h.outgoing.until) }
        : null,
      incoming: h.incoming ? { person: h.incoming.person, name: oncall.nameOf(h.incoming.person), from: formatUtc(h.incoming.from), until: formatUtc(h.incoming.until) } : null,
      still_open: h.stillOpen.map(incident),
      resolved: h.resolved.map(incident),
    })),
  };
  return `${JSON.stringify(value, null, 2)}\n`;
}
