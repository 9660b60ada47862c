import { existsSync, readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { extname, join, normalize } from "node:path";
import { chromium, type Browser } from "playwright-core";

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/**
 * Whether the browser tests can run. In CI a missing Chromium is a failure (the suite would
 * otherwise pass without testing anything); on a developer's machine the tests are skipped.
 */
export function browserAvailable(): boolean {
  if (existsSync(CHROMIUM_PATH)) return true;
  if (process.env.CI) throw new Error(`Chromium is missing at ${CHROMIUM_PATH}; CI must install it (see .ci/run)`);
  return false;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".atom": "application/atom+xml",
  ".rss": "application/rss+xml",
};

/** A static file server for built sites on 127.0.0.1: /<name>/<path> serves <roots[name]>/<path>. */
export async function serveSites(roots: Record<string, string>): Promise<{ url: string; close: () => Promise<void> }> {
  const server: Server = createServer((request, response) => {
    const [, name = "", ...rest] = decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname).split("/");
    const root = roots[name];
    const path = normalize(rest.join("/") || "index.html");
    if (root === undefined || path.startsWith("..")) {
      response.writeHead(404).end();
      return;
    }
    try {
      const body = readFileSync(join(root, path.endsWith("/") ? `${path}index.html` : path));
      response.writeHead(200, { "content-type": TYPES[extname(path)] ?? "application/octet-stream" }).end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  const port = typeof address === "object" && address !== null ? address.port : 0;
  return { url: `http://127.0.0.1:${String(port)}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
