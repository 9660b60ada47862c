import { Temporal } from "temporal-polyfill";
import type { Diagnostic } from "../model/diagnostic.js";
import type { FileSource } from "../ports.js";
import { TemplateRenderError } from "../render/status-page/compile-templates.js";
import type { SiteFile } from "../render/status-page/site-file.js";
import { planSite, SITE_MARKER, type SiteSummary } from "../render/status-page/site-files.js";
import type { TemplateSet } from "../render/status-page/template-names.js";
import { siteCalendarFiles } from "./calendars.js";
import { validateWorkspace, type DiagnosticCounts } from "./validate.js";

/** Where the built site goes; the disk adapter writes into a temporary folder and swaps it in. */
export type SiteWriter = (files: Iterable<SiteFile>, marker: string) => Promise<{ files: number; bytes: number }>;

export interface BuildSitePorts {
  files: FileSource;
  templates: () => Promise<TemplateSet>;
  writeSite: SiteWriter;
}

export interface BuildSiteOptions {
  /** The instant the page shows, given the page's time zone (so a local --now can be read in it). */
  now: (timeZone: string) => number;
  baseUrl?: string | undefined;
  maxFileBytes?: number | undefined;
  /**
   * Site folder for the on-call iCalendar files (one per rotation and per person), e.g.
   * "_internal/oncall". No page links there; absent means no calendars are written.
   */
  calendarsPath?: string | undefined;
}

export type BuildSiteResult =
  | { ok: true; now: number; diagnostics: Diagnostic[]; counts: DiagnosticCounts; summary: SiteSummary; written: { files: number; bytes: number } }
  | { ok: false; reason: "not-a-workspace" }
  | { ok: false; reason: "invalid-workspace"; diagnostics: Diagnostic[]; counts: DiagnosticCounts }
  | { ok: false; reason: "template"; origin: string; message: string };

/**
 * `fireline build`: validates the workspace, refuses to build on any error (a status page built
 * from a broken workspace could be wrong while people rely on it), then renders and writes the site.
 * Output problems surface as the writer's errors.
 */
export async function buildSite(ports: BuildSitePorts, options: BuildSiteOptions): Promise<BuildSiteResult> {
  const planned = await validateAndPlan(ports, options);
  if (!planned.ok) return planned;
  const { plan, now, diagnostics, counts, calendars } = planned;
  try {
    const written = await ports.writeSite(concat(plan.files, calendars), SITE_MARKER.path);
    return { ok: true, now, diagnostics, counts, summary: plan.summary, written };
  } catch (error) {
    if (error instanceof TemplateRenderError) return { ok: false, reason: "template", origin: error.template, message: error.message };
    throw error;
  }
}

/**
 * Validation and planning in their own scope: once the plan exists, nothing refers to the loaded
 * workspace (every file's text and syntax tree), so it can be collected while the pages are written.
 */
async function validateAndPlan(ports: BuildSitePorts, options: BuildSiteOptions) {
  const validated = await validateWorkspace(ports.files, options.maxFileBytes === undefined ? {} : { maxFileBytes: options.maxFileBytes });
  if (!validated.ok) return validated;
  const { workspace, diagnostics, counts } = validated;
  const config = workspace.config?.data;
  if (counts.errors > 0 || config === undefined) return { ok: false as const, reason: "invalid-workspace" as const, diagnostics, counts };
  const now = options.now(config.status_page?.time_zone ?? config.organization.time_zone);
  const plan = planSite({ workspace, now, baseUrl: options.baseUrl, templates: await ports.templates() });
  if (!plan.ok) return plan;
  const prefix = options.calendarsPath?.replace(/^\/+|\/+$/g, "");
  const calendars: SiteFile[] =
    prefix === undefined
      ? []
      : siteCalendarFiles(workspace, Temporal.Instant.fromEpochMilliseconds(now)).map((file) => ({ path: `${prefix}/${file.path}`, content: file.content }));
  return { ok: true as const, plan, now, diagnostics, counts, calendars };
}

function* concat(first: Iterable<SiteFile>, second: Iterable<SiteFile>): Generator<SiteFile> {
  yield* first;
  yield* second;
}
