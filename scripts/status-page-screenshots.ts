// Takes the README's status page screenshots (docs/status-page-light.png, docs/status-page-dark.png)
// from a site built with `fireline build --now 2026-11-23T10:00:00Z`, in headless Chromium with
// JavaScript off so relative times do not depend on the day they are taken.
// Usage: node build/scripts/status-page-screenshots.js <built site folder>
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium } from "playwright-core";

const site = resolve(process.argv[2] ?? "_site");
const docs = join(import.meta.dirname, "..", "..", "docs");
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
try {
  for (const colorScheme of ["light", "dark"] as const) {
    const page = await browser.newPage({ viewport: { width: 1000, height: 1500 }, colorScheme, javaScriptEnabled: false, deviceScaleFactor: 1 });
    await page.goto(pathToFileURL(join(site, "index.html")).href);
    await page.screenshot({ path: join(docs, `status-page-${colorScheme}.png`) });
    await page.close();
    console.log(`wrote docs/status-page-${colorScheme}.png`);
  }
} finally {
  await browser.close();
}
