import type { Element, ElementContent, Root } from "hast";
import rehypeSanitize from "rehype-sanitize";
import rehypeStringify from "rehype-stringify";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import { visit } from "unist-util-visit";

/**
 * Markdown from update messages to safe HTML: remark -> rehype -> rehype-sanitize (GitHub's rules:
 * no raw HTML, no scripts, no event handlers, no javascript: links), then page-friendly touches.
 */
const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkRehype)
  .use(fitIntoPage)
  .use(rehypeSanitize)
  .use(finishLinks)
  .use(rehypeStringify);

/**
 * Text that markdown would leave as one plain paragraph: no markup characters, no line breaks,
 * no list or code start, no autolinks. Most update messages are like this, and escaping them
 * directly is far cheaper than a parse. A property test checks both paths agree.
 */
const PLAIN = /^[\p{L}\p{N}][\p{L}\p{N} .,;:'"?%/()\u2013\u2014\u2018\u2019\u201c\u201d$\u20ac\u00a3=-]*$/u;
const LIST_START = /^\d{1,9}[.)]/;
const AUTOLINK = /https?:|www\.|mailto:|xmpp:/i;

export function isPlainText(text: string): boolean {
  return PLAIN.test(text) && !/\s$/.test(text) && !LIST_START.test(text) && !AUTOLINK.test(text);
}

/**
 * Renders one message. `idPrefix` keeps ids unique when several messages share a page
 * (footnotes are the only markdown that makes ids).
 */
export function renderMarkdown(text: string, idPrefix: string): string {
  if (isPlainText(text)) return `<p>${text}</p>`;
  return String(processor.processSync({ value: text, data: { idPrefix } }));
}

/** Headings would break the page's outline, images would load from elsewhere, checkboxes have no label. */
function fitIntoPage() {
  return (tree: Root) => {
    visit(tree, "element", (node: Element, index, parent) => {
      if (/^h[1-6]$/.test(node.tagName)) {
        node.children = [{ type: "element", tagName: "strong", properties: {}, children: node.children }];
        node.tagName = "p";
        node.properties = typeof node.properties.id === "string" ? { id: node.properties.id } : {};
      } else if (node.tagName === "img" && parent && index !== undefined) {
        const alt = typeof node.properties.alt === "string" ? node.properties.alt : "";
        parent.children.splice(index, 1, { type: "text", value: alt });
      } else if (node.tagName === "input" && parent && index !== undefined) {
        parent.children.splice(index, 1, { type: "text", value: node.properties.checked === true ? "[x]" : "[ ]" });
      }
    });
  };
}

const CLOBBERED = "user-content-";

/** External links get rel="noopener nofollow"; ids get the message's prefix; presentational align goes. */
function finishLinks() {
  return (tree: Root, file: { data: Record<string, unknown> }) => {
    const prefix = typeof file.data.idPrefix === "string" ? file.data.idPrefix : "m";
    // remark-rehype and the sanitizer each add "user-content-"; one message prefix replaces both.
    const own = (value: string) => `${prefix}-${value.replace(/^(user-content-)+/, "")}`;
    visit(tree, "element", (node: Element) => {
      const properties = node.properties;
      const href = properties.href;
      if (node.tagName === "a" && typeof href === "string") {
        if (/^[a-z][a-z0-9+.-]*:/i.test(href)) properties.rel = ["noopener", "nofollow"];
        else if (href.startsWith(`#${CLOBBERED}`)) properties.href = `#${own(href.slice(1))}`;
      }
      for (const key of ["id", "name"]) {
        const value = properties[key];
        if (typeof value === "string") properties[key] = own(value);
      }
      for (const key of ["ariaDescribedBy", "ariaLabelledBy"]) {
        const value = properties[key];
        if (Array.isArray(value)) properties[key] = value.map((item) => own(String(item)));
      }
      delete properties.align;
      node.children = node.children.filter((child: ElementContent) => child.type !== "comment");
    });
  };
}
