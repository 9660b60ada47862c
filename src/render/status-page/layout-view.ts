import { PATHS, publicUrl, relativeHref } from "./site-paths.js";
import type { SiteContext } from "./site-context.js";
import type { TimeView } from "./zone-time.js";

/**
 * Scripts and styles only from the site itself, no images from elsewhere, no plugins, no forms,
 * no <base>. Set as a meta tag because a static host may not let the owner set headers.
 */
export const CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'";

/** The frame around every page: head, header, footer. */
export interface LayoutView {
  lang: string;
  title: string;
  siteTitle: string;
  description: string | undefined;
  organization: string;
  csp: string;
  canonical: string | undefined;
  styleHref: string;
  scriptHref: string;
  faviconHref: string;
  homeHref: string;
  historyHref: string;
  /** Feeds exist only when the site's URL is known (feeds need absolute links). */
  atomHref: string | undefined;
  rssHref: string | undefined;
  apiHref: string;
  /** The build's "now", shown as "Last updated". */
  updated: TimeView;
  timeZone: string;
  timeZoneOffset: string;
}

export function layoutView(context: SiteContext, path: string, pageTitle: string | undefined): LayoutView {
  const { settings } = context;
  const href = (to: string) => relativeHref(path, to);
  return {
    lang: "en",
    title: pageTitle === undefined ? settings.title : `${pageTitle} · ${settings.title}`,
    siteTitle: settings.title,
    description: settings.description,
    organization: settings.organization,
    csp: CONTENT_SECURITY_POLICY,
    canonical: settings.baseUrl === undefined ? undefined : publicUrl(settings.baseUrl, path),
    styleHref: href(PATHS.style),
    scriptHref: href(PATHS.script),
    faviconHref: href(PATHS.favicon),
    homeHref: path === PATHS.home ? "./" : href(PATHS.home),
    historyHref: href(PATHS.history(1)),
    atomHref: settings.baseUrl === undefined ? undefined : href(PATHS.feed("atom")),
    rssHref: settings.baseUrl === undefined ? undefined : href(PATHS.feed("rss")),
    apiHref: href(PATHS.api("summary.json")),
    updated: context.now.time,
    timeZone: settings.timeZone,
    timeZoneOffset: context.now.offset,
  };
}
