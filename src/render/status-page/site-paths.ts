/**
 * Where each page lives in the built site. Links between pages are relative, so the site works
 * from any folder, from file://, and behind any base URL; feeds and JSON use absolute URLs when
 * the base URL is known.
 */
export const PATHS = {
  home: "index.html",
  incident: (id: string) => `incidents/${id}.html`,
  maintenance: (id: string) => `maintenance/${id}.html`,
  history: (page: number) => (page === 1 ? "history/index.html" : `history/${String(page)}.html`),
  style: "assets/style.css",
  script: "assets/relative-time.js",
  favicon: "assets/favicon.svg",
  feed: (kind: "atom" | "rss") => `feeds/all.${kind}`,
  componentFeed: (id: string, kind: "atom" | "rss") => `feeds/components/${id}.${kind}`,
  badge: (kind: "svg" | "json") => `badges/status.${kind}`,
  componentBadge: (id: string, kind: "svg" | "json") => `badges/components/${id}.${kind}`,
  api: (name: string) => `api/v2/${name}`,
} as const;

/** A link from the page at `from` to the file at `to`, both site-relative paths. */
export function relativeHref(from: string, to: string): string {
  const depth = from.split("/").length - 1;
  return `${"../".repeat(depth)}${encodePath(to)}`;
}

/** The public URL of a site file: absolute under the base URL when known, else site-relative. */
export function publicUrl(baseUrl: string | undefined, path: string): string {
  const pretty = path === PATHS.home ? "" : encodePath(path);
  return baseUrl === undefined ? pretty || "./" : `${baseUrl}${pretty}`;
}

/** Maintenance ids are file names, which may hold any character; a link must carry them as the file is named. */
function encodePath(path: string): string {
  return path.split("/").map(encodeURIComponent).join("/");
}
