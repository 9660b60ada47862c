import { createRequire } from "node:module";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, BrowserContextOptions, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SITE_MARKER } from "../../src/render/status-page/site-files.js";
import { writeSiteDirectory } from "../../src/adapters/site-directory.js";
import { runCli } from "../helpers/run-cli.js";
import { buildInMemory, listFiles } from "../status-page/site-helpers.js";
import { xssWorkspace } from "../status-page/xss-corpus.js";
import { browserAvailable, launchChromium, serveSites } from "./browser-harness.js";

const REPO = join(import.meta.dirname, "..", "..");
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
const HOME = "index.html";
const INCIDENT = "incidents/2026-11-23-payments-api-elevated-declines.html";
const PAGES = [HOME, INCIDENT, "incidents/2026-08-05-eu-region-network-partition.html", "maintenance/2026-12-05-card-network-certificate-rotation.html", "history/index.html"];
/** axe is slow; the home page, an open incident and the history page cover every template. */
const AXE_PAGES = [HOME, INCIDENT, "maintenance/2026-12-05-card-network-certificate-rotation.html", "history/index.html"];

/** Console errors, page errors and failed requests: everything that would mean a broken page. */
function watch(page: Page): string[] {
  const problems: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" || message.type() === "warning") problems.push(`console ${message.type()}: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  // A request the next navigation cancels (Chromium fetches the favicon after "load") is not a
  // broken page; a missing file shows up as an HTTP error below.
  page.on("requestfailed", (request) => {
    if (request.failure()?.errorText !== "net::ERR_ABORTED") problems.push(`request failed: ${request.url()}`);
  });
  page.on("response", (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${String(response.status())}: ${response.url()}`);
  });
  return problems;
}

describe.skipIf(!browserAvailable())("the status page in Chromium", () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof serveSites>>;
  let example: string;
  let xssPages: string[];

  beforeAll(async () => {
    const out = mkdtempSync(join(tmpdir(), "fireline-browser-"));
    const built = await runCli(["build", "--dir", REPO, "--out", join(out, "example"), "--now", "2026-11-23T10:00:00Z"]);
    if (built.code !== 0) throw new Error(`the example site did not build:\n${built.stdout}${built.stderr}`);
    const xss = await buildInMemory(xssWorkspace(), { now: "2026-03-05T06:30:00Z", baseUrl: "https://status.test/" });
    await writeSiteDirectory(join(out, "xss"), [...xss].map(([path, content]) => ({ path, content })), { marker: SITE_MARKER.path });
    xssPages = listFiles(join(out, "xss")).filter((path) => path.endsWith(".html"));
    server = await serveSites({ example: join(out, "example"), xss: join(out, "xss") });
    example = `${server.url}/example`;
    browser = await launchChromium();
  }, 60_000);

  afterAll(async () => {
    await browser.close();
    await server.close();
  });

  async function open(path: string, options: BrowserContextOptions = {}): Promise<{ page: Page; problems: string[]; close: () => Promise<void> }> {
    const context = await browser.newContext(options);
    const page = await context.newPage();
    const problems = watch(page);
    await page.goto(`${example}/${path}`, { waitUntil: "load" });
    return { page, problems, close: () => context.close() };
  }

  /** Visits pages one after another in one context (a context per page is slow). */
  async function visit(paths: readonly string[], options: BrowserContextOptions, check: (page: Page, path: string, problems: string[]) => Promise<void>): Promise<void> {
    const context = await browser.newContext(options);
    const page = await context.newPage();
    const problems = watch(page);
    for (const path of paths) {
      await page.goto(`${example}/${path}`, { waitUntil: "load" });
      await check(page, path, problems);
    }
    await context.close();
  }

  it("renders every kind of page with no console errors, failed requests or page errors", async () => {
    await visit(PAGES, {}, async (page, path, problems) => {
      expect(await page.locator("h1").count(), path).toBe(1);
      expect(problems, path).toEqual([]);
    });
  });

  it("adds relative times with JavaScript, and shows the same content without it", async () => {
    const withJs = await open(HOME);
    expect(await withJs.page.locator(".relative").count()).toBeGreaterThan(0);
    const text = (await withJs.page.locator(".banner-text").textContent()) ?? "";
    await withJs.close();

    const noJs = await open(HOME, { javaScriptEnabled: false });
    expect(await noJs.page.locator(".banner-text").textContent()).toBe(text);
    expect(await noJs.page.locator(".relative").count()).toBe(0);
    expect(await noJs.page.locator(".component").count()).toBe(8);
    expect(await noJs.page.evaluate("getComputedStyle(document.querySelector('.bar')).display")).toBe("flex");
    expect(noJs.problems).toEqual([]);
    await noJs.close();

    const incident = await open(INCIDENT, { javaScriptEnabled: false });
    expect(await incident.page.locator(".timeline .update").count()).toBe(3);
    expect(incident.problems).toEqual([]);
    await incident.close();
  });

  for (const colorScheme of ["light", "dark"] as const) {
    it(`has no axe-core violations in ${colorScheme} mode`, async () => {
      await visit(AXE_PAGES, { colorScheme }, async (page, path) => {
        await page.evaluate(AXE_SOURCE);
        const violations = await page.evaluate<string[]>(
          "axe.run(document, { resultTypes: ['violations'] }).then((r) => r.violations.map((v) => v.id + ' (' + v.impact + '): ' + v.nodes.map((n) => n.target.join(' ')).join(', ')))",
        );
        expect(violations, `${path} in ${colorScheme} mode`).toEqual([]);
      });
    });
  }

  it("does not scroll sideways on a 375 px wide phone", async () => {
    await visit(PAGES, { viewport: { width: 375, height: 800 }, isMobile: true }, async (page, path) => {
      const widths = await page.evaluate<[number, number]>("[document.documentElement.scrollWidth, document.documentElement.clientWidth]");
      expect(widths[0], `${path} is ${String(widths[0])} px wide in a ${String(widths[1])} px viewport`).toBeLessThanOrEqual(widths[1]);
      expect(widths[1]).toBe(375);
    });
  });

  it("lets no XSS payload run: no dialog opens on any page of a site full of them", async () => {
    expect(xssPages.length).toBeGreaterThanOrEqual(5);
    const context = await browser.newContext();
    const page = await context.newPage();
    const dialogs: string[] = [];
    page.on("dialog", (dialog) => {
      dialogs.push(`${page.url()}: ${dialog.message()}`);
      void dialog.dismiss();
    });
    const problems = watch(page);
    for (const path of xssPages) {
      await page.goto(`${server.url}/xss/${path}`, { waitUntil: "load" });
      // Give deferred handlers (onload, ontoggle, CSS-triggered) a moment, and poke the page.
      await page.mouse.move(10, 10);
      await page.keyboard.press("Tab");
      await page.waitForTimeout(50);
    }
    expect(dialogs).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });

  it("the dialog listener above does catch a script that runs", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    let fired = false;
    page.on("dialog", (dialog) => {
      fired = true;
      void dialog.dismiss();
    });
    await page.setContent("<img src=x onerror=alert(1)>");
    await page.waitForTimeout(100);
    expect(fired).toBe(true);
    await context.close();
  });

  it("the axe and width checks above do flag a page that breaks them", async () => {
    const context = await browser.newContext({ viewport: { width: 375, height: 800 } });
    const page = await context.newPage();
    await page.setContent('<!DOCTYPE html><html><head><title>x</title></head><body><img src="data:,"><div style="width:900px">wide</div></body></html>');
    await page.evaluate(AXE_SOURCE);
    const violations = await page.evaluate<string[]>("axe.run(document).then((r) => r.violations.map((v) => v.id))");
    expect(violations).toEqual(expect.arrayContaining(["image-alt", "html-has-lang"]));
    expect(await page.evaluate("document.documentElement.scrollWidth > document.documentElement.clientWidth")).toBe(true);
    await context.close();
  });

  it("serves feeds and badges that parse as XML", async () => {
    const { page, close } = await open(HOME);
    const files = ["feeds/all.atom", "feeds/all.rss", "feeds/components/checkout.atom", "badges/status.svg", "assets/favicon.svg"];
    const texts = await Promise.all(files.map(async (path) => (await page.request.get(`${example}/${path}`)).text()));
    const xss = await Promise.all(["feeds/all.atom", "feeds/all.rss", "badges/components/api.svg"].map(async (path) => (await page.request.get(`${server.url}/xss/${path}`)).text()));
    const parse = "(texts) => texts.map((t) => new DOMParser().parseFromString(t, 'application/xml').getElementsByTagName('parsererror').length)";
    const errors = await page.evaluate<number[]>(`(${parse})(${JSON.stringify([...texts, ...xss])})`);
    expect(errors).toEqual(texts.map(() => 0).concat(xss.map(() => 0)));
    await close();
  });
});
