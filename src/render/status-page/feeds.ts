import { Feed } from "feed";
import { compareIds, type PublicIncident, type PublicMaintenance } from "../../engine/status/public-records.js";
import { escapeXml } from "./badges.js";
import { renderMarkdown } from "./markdown.js";
import type { SiteFile } from "./site-file.js";
import { PATHS, publicUrl } from "./site-paths.js";
import type { SiteContext } from "./site-context.js";
import { INCIDENT_STATUS_WORDS, PHASE_WORDS } from "./words.js";

interface Entry {
  id: string;
  title: string;
  path: string;
  /** Latest activity, which orders the feed. */
  at: number;
  published: number;
  summary: string;
  /** Rendered only for the entries a feed keeps. */
  contentHtml: () => string;
  components: string[];
}

/**
 * Atom and RSS for all public incidents and maintenance, and one pair per component. Each entry
 * is one incident or window with all its public updates; the newest `listLimit` entries appear.
 * Feeds need absolute links, so they are written only when the site's URL is known.
 */
export function feedFiles(context: SiteContext): SiteFile[] {
  const baseUrl = context.settings.baseUrl;
  if (baseUrl === undefined) return [];
  const entries = [
    ...context.snapshot.records.incidents.map((incident) => incidentEntry(context, incident)),
    ...context.snapshot.records.maintenance.map((window) => maintenanceEntry(context, window)),
  ].sort((a, b) => b.at - a.at || compareIds(a.id, b.id));

  const files = feedPair(context, baseUrl, entries, context.settings.title, PATHS.feed("atom"), PATHS.feed("rss"));
  for (const component of context.snapshot.records.components) {
    const mine = entries.filter((entry) => entry.components.includes(component.id));
    const title = `${context.settings.title}: ${component.name}`;
    files.push(...feedPair(context, baseUrl, mine, title, PATHS.componentFeed(component.id, "atom"), PATHS.componentFeed(component.id, "rss")));
  }
  return files;
}

function feedPair(context: SiteContext, baseUrl: string, all: readonly Entry[], title: string, atomPath: string, rssPath: string): SiteFile[] {
  const entries = all.slice(0, context.settings.listLimit);
  const home = publicUrl(baseUrl, PATHS.home);
  const feed = new Feed({
    title,
    description: `Incidents and maintenance from ${context.settings.title}`,
    id: publicUrl(baseUrl, atomPath),
    link: home,
    language: "en",
    // The newest entry, not the build time: an unchanged workspace gives an unchanged feed.
    updated: new Date(entries[0]?.at ?? context.snapshot.now),
    generator: "fireline",
    feedLinks: { atom: publicUrl(baseUrl, atomPath), rss: publicUrl(baseUrl, rssPath) },
    copyright: context.settings.organization,
  });
  for (const entry of entries) {
    const link = publicUrl(baseUrl, entry.path);
    // Both formats declare titles and summaries as HTML, so text is escaped before it goes in.
    feed.addItem({
      title: escapeXml(entry.title),
      id: link,
      link,
      date: new Date(entry.at),
      published: new Date(entry.published),
      description: escapeXml(entry.summary),
      content: cdataSafe(entry.contentHtml()),
    });
  }
  return [
    { path: atomPath, content: `${feed.atom1()}\n` },
    { path: rssPath, content: `${feed.rss2()}\n` },
  ];
}

function incidentEntry(context: SiteContext, incident: PublicIncident): Entry {
  const { clock } = context;
  const content = () =>
    [...incident.updates]
      .reverse()
      .map((update) => {
        const head = `<p><strong>${INCIDENT_STATUS_WORDS[update.status]}</strong> · ${escapeXml(clock.dateTime(update.at).text)}</p>`;
        return `${head}\n${renderMarkdown(update.message, `u-${update.id}`)}`;
      })
      .join("\n");
  const names = incident.impacts.map((impact) => context.componentName(impact.component));
  return {
    id: incident.id,
    title: incident.title,
    path: PATHS.incident(incident.id),
    at: Math.max(incident.updates.at(-1)?.at ?? incident.startedAt, incident.resolvedAt ?? 0),
    published: incident.updates[0]?.at ?? incident.startedAt,
    summary: `${INCIDENT_STATUS_WORDS[incident.status]}${names.length > 0 ? `: affects ${names.join(", ")}` : ""}`,
    contentHtml: content,
    components: incident.impacts.map((impact) => impact.component),
  };
}

function maintenanceEntry(context: SiteContext, window: PublicMaintenance): Entry {
  const { clock } = context;
  const phase = context.snapshot.phase.get(window.id) ?? "scheduled";
  const when = `${clock.dateTime(window.startsAt).text} – ${clock.dateTime(window.endsAt).text}`;
  const notes = () =>
    [...window.notes].reverse().map((note) => `<p><strong>${escapeXml(clock.dateTime(note.at).text)}</strong></p>\n${renderMarkdown(note.message, `n-${note.id}`)}`);
  const changes = [window.notes.at(-1)?.at ?? 0, ...(phase === "scheduled" ? [] : [window.startsAt]), ...(phase === "completed" ? [window.endsAt] : [])];
  return {
    id: window.id,
    title: `Maintenance: ${window.title}`,
    path: PATHS.maintenance(window.id),
    at: Math.max(...changes, window.notes[0]?.at ?? window.startsAt),
    published: window.notes[0]?.at ?? window.startsAt,
    summary: `${PHASE_WORDS[phase]}: ${when}`,
    contentHtml: () => [`<p>${PHASE_WORDS[phase]}: ${escapeXml(when)}</p>`, renderMarkdown(window.description, `d-${window.id}`), ...notes()].join("\n"),
    components: window.impacts.map((impact) => impact.component),
  };
}

/**
 * The feed library writes content as CDATA and splits only the first "]]>" in it, so a second
 * one would end the CDATA early and let text through as XML. In HTML, "&gt;" means the same.
 */
function cdataSafe(html: string): string {
  return html.replaceAll("]]>", "]]&gt;");
}
