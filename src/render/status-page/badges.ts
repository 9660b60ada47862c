import type { CurrentStatus } from "../../engine/status/current-status.js";
import { canonicalJson } from "./canonical-json.js";
import type { SiteFile } from "./site-file.js";
import { PATHS } from "./site-paths.js";
import type { SiteContext } from "./site-context.js";
import { COMPONENT_STATUS_WORDS, OVERALL_WORDS } from "./words.js";

/** Dark enough for white text (WCAG AA) on the SVG; shields.io's own names for its endpoint JSON. */
const COLOURS: Record<CurrentStatus, { svg: string; shields: string }> = {
  operational: { svg: "#1a7f37", shields: "brightgreen" },
  degraded_performance: { svg: "#8a5a00", shields: "yellow" },
  partial_outage: { svg: "#b34700", shields: "orange" },
  major_outage: { svg: "#c4212b", shields: "red" },
  under_maintenance: { svg: "#0959c2", shields: "blue" },
};

/**
 * An SVG badge per component and one for the whole page, plus shields.io endpoint JSON
 * (https://shields.io/badges/endpoint-badge) for teams that prefer shields' rendering, and the
 * favicon.
 */
export function badgeFiles(context: SiteContext): SiteFile[] {
  const { snapshot, settings } = context;
  const files: SiteFile[] = [...badgePair(PATHS.badge("svg"), PATHS.badge("json"), settings.organization, OVERALL_WORDS[snapshot.overall], snapshot.overall)];
  files.push({ path: PATHS.favicon, content: faviconSvg(COLOURS[snapshot.overall].svg) });
  for (const component of snapshot.records.components) {
    const status = snapshot.current.get(component.id) ?? "operational";
    files.push(...badgePair(PATHS.componentBadge(component.id, "svg"), PATHS.componentBadge(component.id, "json"), component.name, COMPONENT_STATUS_WORDS[status], status));
  }
  return files;
}

function badgePair(svgPath: string, jsonPath: string, label: string, message: string, status: CurrentStatus): SiteFile[] {
  const colour = COLOURS[status];
  return [
    { path: svgPath, content: badgeSvg(label, message.toLowerCase(), colour.svg) },
    { path: jsonPath, content: canonicalJson({ schemaVersion: 1, label, message: message.toLowerCase(), color: colour.shields }) },
  ];
}

const GRAPHEMES = new Intl.Segmenter("en", { granularity: "grapheme" });

/** A flat two-part badge. Text width is estimated (no font metrics in a static build); generous padding absorbs the error. */
export function badgeSvg(label: string, message: string, colour: string): string {
  const width = (text: string) => Math.round([...GRAPHEMES.segment(text)].length * 6.6 + 12);
  const left = width(label);
  const right = width(message);
  const title = escapeXml(`${label}: ${message}`);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${String(left + right)}" height="20" role="img" aria-label="${title}">
<title>${title}</title>
<rect width="${String(left)}" height="20" fill="#555"/>
<rect x="${String(left)}" width="${String(right)}" height="20" fill="${colour}"/>
<g fill="#fff" text-anchor="middle" font-family="Verdana,DejaVu Sans,sans-serif" font-size="11">
<text x="${String(left / 2)}" y="14">${escapeXml(label)}</text>
<text x="${String(left + right / 2)}" y="14">${escapeXml(message)}</text>
</g>
</svg>
`;
}

/** The tab icon: a dot in the colour of the overall status, so a pinned tab shows trouble at a glance. */
function faviconSvg(colour: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><circle cx="8" cy="8" r="7" fill="${colour}"/></svg>\n`;
}

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${String(c.charCodeAt(0))};`);
}
