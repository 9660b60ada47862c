import { createHash } from "node:crypto";

/**
 * The hidden line that ties an issue to its action item: `<!-- fireline:action-item
 * 2026-03-03-api-errors/2 text:1a2b3c4d5e6f -->`. The id (incident and a serial number given when
 * the issue was created) never changes, so the issue stays the same issue however the item is
 * edited or moved. The text hash is the item's text at the last sync: it finds the item again
 * after it moved, and changes (with the title) when the text is edited.
 */
export interface ActionItemMarker {
  incident: string;
  serial: number;
  textHash: string;
  /** A login GitHub refused to assign (not a collaborator), so later runs do not ask again. */
  refused?: string;
}

const MARKER = /<!--\s*fireline:action-item\s+([A-Za-z0-9._-]+)\/(\d{1,9})(?:\s+text:([0-9a-f]{12}))?(?:\s+refused:([A-Za-z0-9-]{1,39}))?[^>]*?-->/g;

export function markerId(marker: Pick<ActionItemMarker, "incident" | "serial">): string {
  return `${marker.incident}/${String(marker.serial)}`;
}

export function buildMarker(marker: ActionItemMarker): string {
  const refused = marker.refused === undefined ? "" : ` refused:${marker.refused}`;
  return `<!-- fireline:action-item ${markerId(marker)} text:${marker.textHash}${refused} -->`;
}

/** The body with its marker changed by `change`; undefined when the body has no marker. */
export function withMarker(body: string, change: (marker: ActionItemMarker) => ActionItemMarker): string | undefined {
  const match = [...body.matchAll(MARKER)].at(-1);
  const marker = parseMarker(body);
  if (!match || !marker) return undefined;
  return body.slice(0, match.index) + buildMarker(change(marker)) + body.slice(match.index + match[0].length);
}

/**
 * The last marker in an issue body (the template puts it at the end, after the item's own text,
 * which could quote a marker); an issue without one is not fireline's.
 */
export function parseMarker(body: string): ActionItemMarker | undefined {
  const match = [...body.matchAll(MARKER)].at(-1);
  if (!match?.[1] || match[2] === undefined) return undefined;
  return { incident: match[1], serial: Number(match[2]), textHash: match[3] ?? "", ...(match[4] === undefined ? {} : { refused: match[4] }) };
}

/**
 * The text an item is recognised by: case, spacing and Unicode composition do not count, so
 * re-wrapping a line or fixing capitalisation still finds the same issue by hash.
 */
export function normalizeItemText(text: string): string {
  return text.normalize("NFC").toLowerCase().replace(/\s+/g, " ").trim();
}

export function itemTextHash(text: string): string {
  return createHash("sha256").update(normalizeItemText(text)).digest("hex").slice(0, 12);
}
