import { createRequire } from "node:module";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../helpers/run-cli.js";
import { browserAvailable, launchChromium, serveSites } from "./browser-harness.js";

const REPO = join(import.meta.dirname, "..", "..");
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/** Console errors and warnings, page errors, failed requests and error responses. */
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

// browserAvailable() throws when CI is set and Chromium is missing, so CI fails instead of skipping.
describe.skipIf(!browserAvailable())("the metrics report in Chromium", () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof serveSites>>;

  beforeAll(async () => {
    const out = mkdtempSync(join(tmpdir(), "fireline-report-browser-"));
    const built = await runCli(["report", "--dir", REPO, "--out", join(out, "report"), "--now", "2026-11-23T12:00:00Z"]);
    if (built.code !== 0) throw new Error(`the example report was not written:\n${built.stdout}${built.stderr}`);
    // A control page that breaks the rules, to show the checks below notice.
    writeFileSync(join(out, "broken.html"), '<!doctype html><html><head><title>x</title></head><body><img src="missing.png"><script>console.error("boom")</script></body></html>');
    server = await serveSites({ report: join(out, "report"), control: out });
    browser = await launchChromium();
  }, 60_000);

  afterAll(async () => {
    await browser.close();
    await server.close();
  });

  async function open(url: string): Promise<{ page: Page; problems: string[] }> {
    const page = await browser.newPage();
    const problems = watch(page);
    await page.goto(url, { waitUntil: "load" });
    return { page, problems };
  }

  it("opens with no console errors, failed requests or page errors", async () => {
    const { page, problems } = await open(`${server.url}/report/index.html`);
    expect(await page.title()).toBe("Larkspur Pay incident report, 2025-12-01 to 2026-11-23 13:00");
    expect(problems).toEqual([]);
    await page.close();
  });

  it("shows four charts drawn as SVG, each named for screen readers with a table beside it", async () => {
    const { page } = await open(`${server.url}/report/index.html`);
    // A string, not a function: the tests compile without the DOM library.
    const charts = await page.evaluate<{ role: string | null; names: boolean[]; width: number; tableRows: number }[]>(`
      [...document.querySelectorAll(".chart-row")].map((row) => {
        const svg = row.querySelector("svg");
        const labelledBy = (svg?.getAttribute("aria-labelledby") ?? "").split(" ");
        return {
          role: svg?.getAttribute("role") ?? null,
          names: labelledBy.map((id) => (document.getElementById(id)?.textContent ?? "").length > 0),
          width: svg?.getBoundingClientRect().width ?? 0,
          tableRows: row.querySelectorAll("table.data tbody tr").length,
        };
      })
    `);
    expect(charts).toHaveLength(4);
    for (const chart of charts) {
      expect(chart).toMatchObject({ role: "img", names: [true, true] });
      expect(chart.width).toBeGreaterThan(200);
      expect(chart.tableRows).toBeGreaterThan(0);
    }
    await page.close();
  });

  it("has no axe-core accessibility violations", async () => {
    const { page } = await open(`${server.url}/report/index.html`);
    await page.evaluate(AXE_SOURCE);
    const violations = await page.evaluate<string[]>(
      "axe.run(document, { resultTypes: ['violations'] }).then((r) => r.violations.map((v) => v.id + ' (' + v.impact + '): ' + v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')))",
    );
    expect(violations).toEqual([]);
    await page.close();
  });

  it("does catch a page with a console error and a missing file (so the checks above can fail)", async () => {
    const { page, problems } = await open(`${server.url}/control/broken.html`);
    expect(problems).toContain("console error: boom");
    expect(problems.some((problem) => problem.includes("missing.png"))).toBe(true);
    await page.close();
  });
});
