/** Tags and their attributes in serialized HTML, as quoted "name=\"value\"" pairs (how rehype and Handlebars write them). */
export function scanTags(html: string): { tag: string; attributes: [string, string][] }[] {
  const tags: { tag: string; attributes: [string, string][] }[] = [];
  for (const match of html.matchAll(/<([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^\s=>/"']+(?:="[^"]*"|='[^']*'|=[^\s>]+)?)*)\s*\/?>/g)) {
    const attributes = [...(match[2] ?? "").matchAll(/\s+([^\s=>/"']+)(?:="([^"]*)"|='([^']*)'|=([^\s>]+))?/g)].map(
      (a): [string, string] => [(a[1] ?? "").toLowerCase(), a[2] ?? a[3] ?? a[4] ?? ""],
    );
    tags.push({ tag: (match[1] ?? "").toLowerCase(), attributes });
  }
  return tags;
}

const DANGEROUS_TAGS = new Set(["script", "iframe", "object", "embed", "base", "form", "style", "svg", "math", "img", "frame", "frameset", "applet", "link", "meta"]);

/** What in a page could run script or pull content in, apart from what the layout itself puts there. */
export function dangerousMarkup(html: string, allowed: (tag: string, attributes: [string, string][]) => boolean = () => false): string[] {
  const found: string[] = [];
  for (const { tag, attributes } of scanTags(html)) {
    if (allowed(tag, attributes)) continue;
    if (DANGEROUS_TAGS.has(tag)) found.push(`<${tag}>`);
    for (const [name, value] of attributes) {
      if (name.startsWith("on")) found.push(`${tag} ${name}`);
      if (["href", "src", "action", "data", "formaction", "xlink:href"].includes(name) && /^\s*(javascript|data|vbscript):/i.test(decodeEntities(value))) found.push(`${tag} ${name}=${value}`);
    }
  }
  return found;
}

function decodeEntities(text: string): string {
  return text.replace(/&#x([0-9a-f]+);?/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16))).replace(/&#(\d+);?/g, (_, dec: string) => String.fromCodePoint(Number(dec)));
}
