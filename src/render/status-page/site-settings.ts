import type { FirelineConfig } from "../../schema/fireline-config.js";

/** The status page's settings, with every default applied. */
export interface SiteSettings {
  title: string;
  description: string | undefined;
  organization: string;
  /** Where times are shown and uptime days are cut. */
  timeZone: string;
  /** Absolute URL of the site, ending in "/"; links in feeds and the JSON API are absolute when it is known. */
  baseUrl: string | undefined;
  partialOutageWeight: number;
  /** Statuspage's page id: a stable slug of the organisation name. */
  pageId: string;
  uptimeDays: number;
  historyPageSize: number;
  /** Most recent entries in incidents.json, scheduled-maintenances.json and each feed (Statuspage returns 50). */
  listLimit: number;
}

export const DEFAULT_PARTIAL_OUTAGE_WEIGHT = 0.3;

export function siteSettings(config: FirelineConfig, overrides: { baseUrl?: string | undefined } = {}): SiteSettings {
  const page = config.status_page;
  const baseUrl = overrides.baseUrl ?? page?.url;
  return {
    title: page?.title ?? `${config.organization.name} Status`,
    description: page?.description,
    organization: config.organization.name,
    timeZone: page?.time_zone ?? config.organization.time_zone,
    baseUrl: baseUrl === undefined ? undefined : baseUrl.endsWith("/") ? baseUrl : `${baseUrl}/`,
    partialOutageWeight: page?.partial_outage_weight ?? DEFAULT_PARTIAL_OUTAGE_WEIGHT,
    pageId: config.organization.name.toLowerCase().normalize("NFKD").replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "") || "status",
    uptimeDays: 90,
    historyPageSize: 30,
    listLimit: 50,
  };
}
