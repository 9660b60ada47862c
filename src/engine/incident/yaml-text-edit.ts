import { isMap, isPair, isScalar, isSeq, parseDocument, type Document, type Node, type Pair, type YAMLMap, type YAMLSeq } from "yaml";
import { YAML_OPTIONS } from "../../load/yaml-options.js";
import type { EditOperation, EditPath } from "./edit-operations.js";
import { renderBlock, renderInlineScalar } from "./render-yaml.js";

/** A layout the text editor does not handle (a flow list of updates, a block scalar to replace, ...). */
export class UnsupportedLayout extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
    this.name = "UnsupportedLayout";
  }
}

/**
 * Applies one operation to YAML text by splicing only the bytes it concerns: the rest of the
 * file (comments, quoting, folding, blank lines) is left exactly as it was. The yaml library's
 * own printer would re-fold every block of text, so it is used only to render the new pieces.
 */
export function applyTextEdit(text: string, operation: EditOperation): string {
  const doc = parseDocument(text, YAML_OPTIONS);
  if (doc.errors.length > 0) throw new UnsupportedLayout(`the file does not parse: ${doc.errors[0]?.message ?? ""}`, 0);
  const newline = text.includes("\r\n") ? "\r\n" : "\n";
  const splice = planSplice(text, doc, operation);
  const inserted = newline === "\n" ? splice.insert : splice.insert.replace(/\r?\n/g, "\r\n");
  return text.slice(0, splice.start) + inserted + text.slice(splice.end);
}

interface Splice {
  start: number;
  end: number;
  insert: string;
}

function planSplice(text: string, doc: Document, operation: EditOperation): Splice {
  const key = operation.path.at(-1);
  const parentPath = operation.path.slice(0, -1);
  if (operation.op === "append") return appendItem(text, doc, operation.path, operation.value);
  if (typeof key !== "string") throw new UnsupportedLayout(`cannot edit list position ${String(key)} directly`, 0);
  const parent = nodeAt(doc, parentPath);
  if (!isMap(parent)) throw new UnsupportedLayout(`${parentPath.join(".") || "the file"} is not a mapping`, rangeOf(parent)[0]);
  const pair = findPair(parent, key);
  if (operation.op === "delete") {
    if (!pair) return { start: 0, end: 0, insert: "" };
    return deletePair(text, parent, pair);
  }
  if (pair) return replaceScalar(pair, operation.value, key);
  return insertPair(text, parent, key, operation.value, operation.order);
}

function nodeAt(doc: Document, path: EditPath): unknown {
  return path.length === 0 ? doc.contents : doc.getIn(path, true);
}

function findPair(map: YAMLMap, key: string): Pair<Node, Node | null> | undefined {
  return map.items.find((item): item is Pair<Node, Node | null> => isPair(item) && isScalar(item.key) && String(item.key.value) === key);
}

function rangeOf(node: unknown): [number, number, number] {
  const range = (node as { range?: [number, number, number] } | null | undefined)?.range;
  return range ?? [0, 0, 0];
}

function replaceScalar(pair: Pair<Node, Node | null>, value: unknown, key: string): Splice {
  const node = pair.value;
  if (!isScalar(node) || node.value === null) throw new UnsupportedLayout(`'${key}' does not hold a single value to replace`, rangeOf(pair.key)[0]);
  if (node.type === "BLOCK_FOLDED" || node.type === "BLOCK_LITERAL") throw new UnsupportedLayout(`'${key}' is a block of text`, rangeOf(node)[0]);
  const [start, end] = rangeOf(node);
  return { start, end, insert: renderInlineScalar(value) };
}

function insertPair(text: string, map: YAMLMap, key: string, value: unknown, order: readonly string[] | undefined): Splice {
  const pairs = map.items.filter((item): item is Pair<Node, Node | null> => isPair(item) && isScalar(item.key));
  if (map.flow) return insertFlowPair(text, map, pairs, key, value);
  const first = pairs[0];
  if (!first) throw new UnsupportedLayout(`cannot add '${key}' to an empty mapping`, rangeOf(map)[0]);
  const indent = columnOf(text, rangeOf(first.key)[0]);
  const anchor = anchorPair(pairs, key, order);
  const rendered = renderBlock({ [key]: value }, indent);
  if (!anchor) {
    const at = lineStart(text, rangeOf(first.key)[0]);
    return { start: at, end: at, insert: rendered };
  }
  return insertAfterLine(text, endOfContent(text, pairEnd(anchor)), rendered);
}

/** The existing pair the new key should follow: the last one that comes before it in `order`. */
function anchorPair(pairs: readonly Pair<Node, Node | null>[], key: string, order: readonly string[] | undefined): Pair<Node, Node | null> | undefined {
  const rank = order?.indexOf(key) ?? -1;
  if (!order || rank === -1) return pairs.at(-1);
  let anchor: Pair<Node, Node | null> | undefined;
  for (const pair of pairs) {
    const pairRank = order.indexOf(String((pair.key as { value: unknown }).value));
    if (pairRank !== -1 && pairRank < rank) anchor = pair;
  }
  return anchor;
}

function insertFlowPair(text: string, map: YAMLMap, pairs: readonly Pair<Node, Node | null>[], key: string, value: unknown): Splice {
  if (typeof value === "object" && value !== null) throw new UnsupportedLayout(`cannot add a nested value to a flow mapping`, rangeOf(map)[0]);
  const entry = `${renderInlineScalar(key)}: ${renderInlineScalar(value)}`;
  const last = pairs.at(-1);
  if (!last) {
    const [start, end] = rangeOf(map);
    return { start, end, insert: `{ ${entry} }` };
  }
  const at = pairEnd(last);
  return { start: at, end: at, insert: `, ${entry}` };
}

function appendItem(text: string, doc: Document, path: EditPath, value: unknown): Splice {
  const seq = nodeAt(doc, path);
  if (!isSeq(seq)) throw new UnsupportedLayout(`${path.join(".")} is not a list`, rangeOf(seq)[0]);
  const last = seq.items.at(-1);
  if (seq.flow) {
    if (last !== undefined) throw new UnsupportedLayout(`${path.join(".")} is written as a [flow] list`, rangeOf(seq)[0]);
    return replaceEmptyFlowList(text, doc, path, seq, value);
  }
  const firstItem = seq.items[0];
  const indent = columnOf(text, dashBefore(text, rangeOf(firstItem)[0]));
  return insertAfterLine(text, endOfContent(text, rangeOf(last)[1]), renderBlock([value], indent));
}

/** `updates: []` becomes a block list under the key. */
function replaceEmptyFlowList(text: string, doc: Document, path: EditPath, seq: YAMLSeq, value: unknown): Splice {
  const parent = nodeAt(doc, path.slice(0, -1));
  const key = path.at(-1);
  const pair = isMap(parent) && typeof key === "string" ? findPair(parent, key) : undefined;
  if (!pair) throw new UnsupportedLayout(`cannot find the key of ${path.join(".")}`, rangeOf(seq)[0]);
  const keyIndent = columnOf(text, rangeOf(pair.key)[0]);
  const colon = text.indexOf(":", rangeOf(pair.key)[1]);
  const rendered = renderBlock([value], keyIndent + 2).replace(/\n$/, "");
  return { start: colon + 1, end: rangeOf(seq)[1], insert: `\n${rendered}` };
}

function deletePair(text: string, map: YAMLMap, pair: Pair<Node, Node | null>): Splice {
  if (map.flow) throw new UnsupportedLayout("cannot remove a key from a flow mapping", rangeOf(map)[0]);
  const start = lineStart(text, rangeOf(pair.key)[0]);
  const end = lineAfter(text, endOfContent(text, pairEnd(pair)));
  return { start, end, insert: "" };
}

/** Where a pair's value ends (before any comment on its last line). */
function pairEnd(pair: Pair<Node, Node | null>): number {
  return pair.value ? rangeOf(pair.value)[1] : rangeOf(pair.key)[1];
}

/** The offset just after the last non-blank character before `end`: block scalars' ranges include trailing blank lines. */
function endOfContent(text: string, end: number): number {
  let at = end;
  while (at > 0 && /\s/.test(text[at - 1] ?? "")) at--;
  return at;
}

/** Start of the line after the one holding `offset` (skipping a trailing comment on that line). */
function lineAfter(text: string, offset: number): number {
  const newline = text.indexOf("\n", offset);
  return newline === -1 ? text.length : newline + 1;
}

function insertAfterLine(text: string, contentEnd: number, rendered: string): Splice {
  const at = lineAfter(text, contentEnd);
  const needsNewline = at === text.length && !text.endsWith("\n");
  return { start: at, end: at, insert: needsNewline ? `\n${rendered}` : rendered };
}

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf("\n", offset - 1) + 1;
}

function columnOf(text: string, offset: number): number {
  return offset - lineStart(text, offset);
}

/** The `-` that introduces a list item starting at `offset`. */
function dashBefore(text: string, offset: number): number {
  const dash = text.lastIndexOf("-", offset);
  if (dash === -1) throw new UnsupportedLayout("cannot find the list's dash", offset);
  return dash;
}
