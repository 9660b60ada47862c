import { describe, expect, it } from "vitest";
import { CONTENT_SECURITY_POLICY } from "../../src/render/status-page/layout-view.js";
import { dangerousMarkup } from "./html-scan.js";
import { buildInMemory } from "./site-helpers.js";
import { XSS_PAYLOADS, xssWorkspace } from "./xss-corpus.js";

/** What the layout itself may put in a page head: the CSP and other fixed metas, the stylesheet, feeds, the one script. */
function layoutOwn(tag: string, attributes: [string, string][]): boolean {
  const get = (name: string) => attributes.find(([n]) => n === name)?.[1];
  if (tag === "script") return attributes.length === 2 && /^(\.\.\/)*assets\/relative-time\.js$/.test(get("src") ?? "") && get("defer") === "";
  if (tag === "link") return ["icon", "stylesheet", "alternate", "canonical"].includes(get("rel") ?? "") && /^((\.\.\/)*(assets|feeds)\/|https:\/\/status\.test\/)/.test(get("href") ?? "");
  if (tag === "meta") return get("http-equiv") === undefined ? get("content") !== undefined || get("charset") === "utf-8" : get("http-equiv") === "Content-Security-Policy";
  return false;
}

const FEED_ELEMENTS = ["feed", "id", "title", "updated", "generator", "link", "subtitle", "rights", "entry", "summary", "content", "published", "rss", "channel", "description", "lastBuildDate", "docs", "item", "guid", "pubDate", "content:encoded", "language", "atom:link", "copyright"];

describe("the XSS corpus in every text field", () => {
  const site = buildInMemory(xssWorkspace(), { now: "2026-03-05T06:30:00Z", baseUrl: "https://status.test/" });

  it("the scanner used below does find script, handlers and javascript: links", () => {
    expect(dangerousMarkup('<p><script>x</script><a href="java&#x73;cript:x">a</a><b onclick="x">b</b></p>')).toEqual(["<script>", "a href=java&#x73;cript:x", "b onclick"]);
  });

  it("leaves no script, event handler, frame, form or javascript: link in any page", async () => {
    const pages = [...(await site)].filter(([path]) => path.endsWith(".html"));
    expect(pages.length).toBeGreaterThanOrEqual(5);
    for (const [path, html] of pages) {
      expect(dangerousMarkup(html, layoutOwn), path).toEqual([]);
      expect(html.match(/http-equiv="Content-Security-Policy"/g), path).toHaveLength(1);
      expect(html, path).toContain(`content="${CONTENT_SECURITY_POLICY.replaceAll("'", "&#x27;")}"`);
    }
  });

  it("keeps the text readable: payloads appear escaped, not dropped, in titles", async () => {
    const home = (await site).get("index.html") ?? "";
    expect(home).toContain("&lt;img src&#x3D;x onerror&#x3D;alert(1)&gt;");
  });

  it("escapes titles and summaries in the feeds and never lets a payload close the CDATA early", async () => {
    for (const [path, xml] of [...(await site)].filter(([p]) => /\.(atom|rss)$/.test(p))) {
      const cdata = [...xml.matchAll(/<!\[CDATA\[([\s\S]*?)\]\]>/g)].map((m) => m[1] ?? "");
      for (const section of cdata) expect(dangerousMarkup(section), path).toEqual([]);
      const outside = xml.replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, "");
      // Outside CDATA only the feed's own elements: payload text there is entity-escaped.
      const elements = new Set([...outside.matchAll(/<\/?([a-zA-Z][\w:.-]*)/g)].map((m) => m[1]));
      for (const element of elements) expect(FEED_ELEMENTS, `${path}: <${String(element)}>`).toContain(element);
    }
  });

  it("keeps the payloads as data in the JSON API, for clients to escape as they show them", async () => {
    const incidents = JSON.parse((await site).get("api/v2/incidents.json") ?? "{}") as { incidents: { incident_updates: { body: string }[] }[] };
    const bodies = incidents.incidents.flatMap((i) => i.incident_updates.map((u) => u.body)).join("\n");
    for (const payload of XSS_PAYLOADS) expect(bodies).toContain(payload);
  });

  it("puts no markup into the SVG badges", async () => {
    for (const [path, svg] of [...(await site)].filter(([p]) => p.endsWith(".svg"))) {
      expect(svg.match(/</g)?.length, path).toBe(svg.match(/<\/?(svg|title|rect|g|text|circle)\b/g)?.length);
      expect(svg, path).not.toMatch(/\son[a-z]+=/);
    }
  });
});
