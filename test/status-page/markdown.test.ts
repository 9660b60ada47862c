import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isPlainText, renderMarkdown } from "../../src/render/status-page/markdown.js";
import { dangerousMarkup } from "./html-scan.js";
import { XSS_PAYLOADS } from "./xss-corpus.js";

describe("update messages rendered from markdown", () => {
  it("keep ordinary markdown: emphasis, lists, code, tables", () => {
    expect(renderMarkdown("We **rolled back** `v2.31`:\n\n- checkout\n- API", "m")).toBe(
      "<p>We <strong>rolled back</strong> <code>v2.31</code>:</p>\n<ul>\n<li>checkout</li>\n<li>API</li>\n</ul>",
    );
  });

  it("give external links rel=noopener nofollow", () => {
    expect(renderMarkdown("See [the provider](https://status.provider.example/x).", "m")).toBe(
      '<p>See <a href="https://status.provider.example/x" rel="noopener nofollow">the provider</a>.</p>',
    );
    expect(renderMarkdown("Mail support@example.com", "m")).toContain('href="mailto:support@example.com" rel="noopener nofollow"');
  });

  it("drop raw HTML, scripts, handlers and javascript: links", () => {
    for (const payload of XSS_PAYLOADS) {
      expect(dangerousMarkup(renderMarkdown(payload, "m")), payload).toEqual([]);
    }
  });

  it("turn headings into bold paragraphs and images into their alt text, so messages cannot restructure the page", () => {
    expect(renderMarkdown("# Big news\n\n![diagram of the fix](https://example.com/d.png)", "m")).toBe(
      "<p><strong>Big news</strong></p>\n<p>diagram of the fix</p>",
    );
  });

  it("prefix footnote ids with the message's id, so two messages on one page never clash", () => {
    const html = renderMarkdown("Fixed.[^1]\n\n[^1]: In v2.32.", "u-42");
    const ids = [...html.matchAll(/id="([^"]+)"/g)].map((m) => m[1]);
    const targets = [...html.matchAll(/href="#([^"]+)"/g)].map((m) => m[1]);
    expect(ids.every((id) => id?.startsWith("u-42-"))).toBe(true);
    for (const target of targets) expect(ids).toContain(target);
    const refs = [...html.matchAll(/aria-describedby="([^"]+)"/g)].map((m) => m[1]);
    for (const ref of refs) expect(ids).toContain(ref);
  });

  it("take the plain-text shortcut only when markdown would produce the same single paragraph", () => {
    const alphabet = fc.constantFrom(..."abcXYZ019 .,;:'\"?%/()-–—’$€=*_`[]<>&#!|~+@\\\n\t".split(""));
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 40 }).map((chars) => chars.join("")), (text) => {
        if (!isPlainText(text)) return;
        expect(renderMarkdown(text, "m")).toBe(renderSlow(text));
      }),
      { numRuns: 3000 },
    );
  });

  it("sends text with markup, links, list starts or line breaks down the full path", () => {
    for (const text of ["a *b*", "see www.example.com", "1. first", "- item", "a\nb", "x & y", "http://x.example"]) expect(isPlainText(text), text).toBe(false);
    expect(isPlainText("Webhook deliveries are on time again; 3,100 events (98%) were replayed.")).toBe(true);
  });
});

/** The full pipeline, bypassing the shortcut: a trailing space is stripped by markdown but defeats isPlainText. */
function renderSlow(text: string): string {
  return renderMarkdown(`${text}\n\n<!-- -->`, "m").replace(/\n*$/, "");
}
