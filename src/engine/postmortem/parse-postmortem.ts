import type { List, ListItem, Nodes, Paragraph, Root, RootContent } from "mdast";
import { toString } from "mdast-util-to-string";
import remarkFrontmatter from "remark-frontmatter";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { visit } from "unist-util-visit";
import { DEFAULT_PLACEHOLDERS } from "../../schema/postmortem-policy.js";
import { itemTitle, splitActionItem } from "./action-item-text.js";
import type { BlamelessLinter } from "./blameless.js";
import type { ActionItemModel, BlamelessFinding, Place, PostmortemModel, SectionModel, TimelineEntry, TimelineModel } from "./model.js";
import { SectionMatcher, sectionSpecs } from "./section-matcher.js";
import { entryHead, statusClaims, timeZoneDeclaration } from "./timeline-text.js";

const fileParser = unified().use(remarkParse).use(remarkFrontmatter, ["yaml"]).use(remarkGfm).freeze();
const bodyParser = unified().use(remarkParse).use(remarkGfm).freeze();

export interface AnalyzeOptions {
  /**
   * Lines of postmortem.md before `markdown`. 0 (the default) means `markdown` is the whole file and
   * may start with front matter; otherwise it is the body after the front matter the loader split off.
   */
  lineOffset?: number;
  /** How headings map to sections. Default: the built-in sections. */
  sections?: SectionMatcher;
  /** Paragraphs starting with these are template text. Default: TODO, TBD, To be completed, … */
  placeholders?: readonly string[];
  /** Blameless checks to run; none when absent. */
  blameless?: BlamelessLinter;
}

const DEFAULT_MATCHER = new SectionMatcher(sectionSpecs());
const SUPPRESS = /<!--\s*fireline-disable-(next-)?line\b([^>]*?)-->/g;

/**
 * Reads a postmortem's markdown with remark (GFM task lists, front matter) into plain data: its
 * sections, action items, timeline entries and blaming language, each with its line in the file.
 * Pure and synchronous; it never throws for anything a file can contain.
 */
export function analyzePostmortem(markdown: string, options: AnalyzeOptions = {}): PostmortemModel {
  const lineOffset = options.lineOffset ?? 0;
  const tree = (lineOffset === 0 ? fileParser : bodyParser).parse(markdown);
  const doc = new SourceText(markdown, lineOffset);
  const matcher = options.sections ?? DEFAULT_MATCHER;
  const placeholder = placeholderTest(options.placeholders ?? DEFAULT_PLACEHOLDERS);

  const model: PostmortemModel = { sections: [], actionItems: [], blameless: [] };
  const bodies: RootContent[][] = [];
  let body: RootContent[] | undefined;
  for (const node of tree.children) {
    if (node.type === "heading") {
      const text = toString(node).trim();
      const id = matcher.match(text);
      if (node.depth === 2 || id !== undefined) {
        const section: SectionModel = { heading: text, ...(id === undefined ? {} : { id }), depth: node.depth, empty: true, ...doc.placeOf(node) };
        model.sections.push(section);
        body = [];
        bodies.push(body);
        continue;
      }
      if (node.depth === 1) {
        if (!model.title && model.sections.length === 0) model.title = { text, ...doc.placeOf(node) };
        body = undefined;
        continue;
      }
    }
    body?.push(node);
  }

  model.sections.forEach((section, i) => {
    const nodes = bodies[i] ?? [];
    section.empty = nodes.every((node) => isFiller(node, placeholder));
    if (section.id === "action-items") model.actionItems.push(...actionItems(nodes, doc, placeholder));
    if (section.id === "timeline" && !model.timeline) model.timeline = timeline(nodes, doc);
  });
  if (options.blameless) model.blameless = blameless(tree, doc, options.blameless);
  return model;
}

/** The markdown text with a way from mdast offsets to file lines and columns. */
class SourceText {
  readonly #lineStarts: number[] = [0];

  constructor(
    readonly text: string,
    readonly lineOffset: number,
  ) {
    for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) this.#lineStarts.push(i + 1);
  }

  placeOf(node: Nodes): Place {
    const start = node.position?.start;
    return { line: (start?.line ?? 1) + this.lineOffset, column: start?.column ?? 1 };
  }

  placeAt(offset: number): Place {
    let low = 0;
    let high = this.#lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((this.#lineStarts[mid] ?? 0) <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1 + this.lineOffset, column: offset - (this.#lineStarts[low] ?? 0) + 1 };
  }

  /** The markdown a node was parsed from. */
  raw(node: Nodes): { text: string; offset: number } {
    const from = node.position?.start.offset ?? 0;
    const to = node.position?.end.offset ?? from;
    return { text: this.text.slice(from, to), offset: from };
  }

  /** The source line (1-based, in the file's numbering), for finding a column. */
  line(fileLine: number): string {
    const index = fileLine - 1 - this.lineOffset;
    const start = this.#lineStarts[index] ?? 0;
    const end = this.#lineStarts[index + 1] ?? this.text.length;
    return this.text.slice(start, end);
  }
}

function placeholderTest(prefixes: readonly string[]): (text: string) => boolean {
  if (prefixes.length === 0) return () => false;
  const escaped = prefixes.map((prefix) => prefix.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  const regex = new RegExp(`^[^\\p{L}\\p{N}]*(?:${escaped.join("|")})(?![\\p{L}\\p{N}])`, "iu");
  return (text) => regex.test(text.trim());
}

/** Nodes that do not count as content: comments, sub-headings, rules and template placeholders. */
function isFiller(node: RootContent, placeholder: (text: string) => boolean): boolean {
  switch (node.type) {
    case "html":
    case "heading":
    case "thematicBreak":
    case "definition":
      return true;
    case "paragraph":
      return toString(node).trim() === "" || placeholder(toString(node));
    case "list":
      return node.children.every((item) => placeholder(toString(item)) || /^\[[ xX]?\]$/.test(toString(item).trim()));
    case "blockquote":
      return node.children.every((child) => isFiller(child, placeholder));
    default:
      return false;
  }
}

function actionItems(nodes: readonly RootContent[], doc: SourceText, placeholder: (text: string) => boolean): ActionItemModel[] {
  const items: ActionItemModel[] = [];
  for (const list of nodes.filter((node): node is List => node.type === "list")) {
    for (const item of list.children) {
      if (placeholder(toString(item))) continue;
      items.push(actionItem(item, doc));
    }
  }
  return items;
}

function actionItem(item: ListItem, doc: SourceText): ActionItemModel {
  const at = doc.placeOf(item);
  const paragraph = item.children.find((child): child is Paragraph => child.type === "paragraph");
  const plain = paragraph ? toString(paragraph).trim() : "";
  const model: ActionItemModel = { ...at, checked: item.checked ?? null, text: "", problems: [] };
  if (paragraph === undefined || plain === "" || /^\[[ xX]?\]$/.test(plain)) {
    model.problems.push({ ...at, message: "the action item has no text", hint: "Say what will change: `- [ ] Add a queue-depth alert (Owner: @alice, Due: 2026-03-20)`." });
    return model;
  }
  model.text = itemTitle(plain);
  const raw = doc.raw(paragraph);
  const split = splitActionItem(raw.text);
  for (const field of split.fields) model[field.key] = { value: field.value, ...doc.placeAt(raw.offset + field.valueOffset) };
  for (const problem of split.problems) model.problems.push({ ...doc.placeAt(raw.offset + problem.offset), message: problem.message, ...(problem.hint ? { hint: problem.hint } : {}) });
  if (model.text === "") model.problems.push({ ...doc.placeOf(paragraph), message: "the action item has no text before its fields", hint: "Say what will change before the (Owner: …, Due: …) part." });
  if (model.checked === null) {
    model.problems.push({
      ...at,
      message: "the action item is not a task-list item, so it cannot be ticked off",
      hint: "Start it with - [ ] (open) or - [x] (done).",
    });
  }
  return model;
}

function timeline(nodes: readonly RootContent[], doc: SourceText): TimelineModel {
  const model: TimelineModel = { entries: [] };
  for (const node of nodes) {
    if (node.type === "paragraph" && !model.timeZone) {
      const zone = timeZoneDeclaration(toString(node));
      if (zone !== undefined) model.timeZone = { value: zone, ...doc.placeOf(node) };
    }
    if (node.type !== "list") continue;
    for (const item of node.children) {
      const paragraph = item.children.find((child): child is Paragraph => child.type === "paragraph");
      if (!paragraph) continue;
      const text = toString(paragraph).replace(/\s+/g, " ").trim();
      const raw = doc.raw(paragraph);
      const lowerRaw = raw.text.toLowerCase();
      let searchFrom = 0;
      const statuses = statusClaims(text).map(({ status }) => {
        const found = lowerRaw.indexOf("status", searchFrom);
        searchFrom = found === -1 ? searchFrom : found + 1;
        return { status, ...(found === -1 ? doc.placeOf(paragraph) : doc.placeAt(raw.offset + found)) };
      });
      const entry: TimelineEntry = { ...doc.placeOf(paragraph), ...entryHead(text), text, statuses };
      model.entries.push(entry);
    }
  }
  return model;
}

function blameless(tree: Root, doc: SourceText, linter: BlamelessLinter): BlamelessFinding[] {
  const silenced = new Set<number>();
  visit(tree, "html", (node) => {
    for (const match of node.value.matchAll(SUPPRESS)) {
      const names = (match[2] ?? "").trim();
      if (names !== "" && !/\bblameless(?:-language)?\b/.test(names)) continue;
      const start = doc.placeOf(node).line;
      const end = (node.position?.end.line ?? 1) + doc.lineOffset;
      silenced.add(match[1] === undefined ? start : end + 1);
    }
  });
  // Lint all prose at once (one pass per pattern, not per text node), then map each match back to
  // its text node. NUL separates nodes, so no phrase matches across two of them.
  const nodes: { start: number; value: string; place: Place }[] = [];
  let joined = "";
  visit(tree, "text", (node) => {
    nodes.push({ start: joined.length, value: node.value, place: doc.placeOf(node) });
    joined += `${node.value}\u0000`;
  });
  const findings: BlamelessFinding[] = [];
  let n = 0;
  for (const match of linter.lint(joined)) {
    while (n + 1 < nodes.length && (nodes[n + 1]?.start ?? Infinity) <= match.index) n++;
    const node = nodes[n];
    if (!node) continue;
    const index = match.index - node.start;
    const newlines = node.value.slice(0, index).split("\n").length - 1;
    const line = node.place.line + newlines;
    if (silenced.has(line)) continue;
    let column = newlines === 0 ? node.place.column + index : 1;
    const inLine = doc.line(line).toLowerCase().indexOf(match.found.split(/\s+/)[0]?.toLowerCase() ?? "");
    if (newlines > 0 && inLine !== -1) column = inLine + 1;
    findings.push({ line, column, check: match.check, found: match.found.replace(/\s+/g, " "), message: match.message, hint: match.hint });
  }
  return findings;
}

