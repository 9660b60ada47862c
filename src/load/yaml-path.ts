import { isMap, isPair, isScalar, isSeq, type Document, type LineCounter, type Node } from "yaml";
import type { Position } from "../model/diagnostic.js";

/** A path into a document: map keys and list indexes, like ajv's instancePath split up. */
export type DataPath = readonly (string | number)[];

/** Splits an ajv/JSON-pointer instancePath ("/updates/2/at") into a DataPath. */
export function pathFromPointer(pointer: string): string[] {
  if (pointer === "") return [];
  return pointer
    .slice(1)
    .split("/")
    .map((part) => part.replaceAll("~1", "/").replaceAll("~0", "~"));
}

/** "updates[2].at", the way a person would name the place. */
export function formatPath(path: DataPath): string {
  let out = "";
  for (const part of path) {
    if (typeof part === "number" || /^\d+$/.test(part)) out += `[${part}]`;
    else out += out === "" ? part : `.${part}`;
  }
  return out === "" ? "(top level)" : out;
}

/**
 * Finds where a path points in a parsed document: the value's first character, or with
 * `key: true` the key's. Falls back to the deepest existing ancestor, so a diagnostic always
 * lands somewhere useful.
 */
export function locateInDocument(
  doc: Document,
  lineCounter: LineCounter,
  path: DataPath,
  options: { key?: boolean } = {},
): Position {
  let node: unknown = doc.contents;
  let offset = rangeStart(doc.contents) ?? 0;
  for (let i = 0; i < path.length; i++) {
    const part = path[i];
    const isLast = i === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(part));
      if (!pair) break;
      const keyStart = rangeStart(pair.key as Node | null);
      const valueStart = rangeStart(pair.value as Node | null);
      offset = isLast && options.key ? (keyStart ?? offset) : (valueStart ?? keyStart ?? offset);
      node = pair.value;
    } else if (isSeq(node)) {
      const item = node.items[Number(part)];
      const start = rangeStart(item as Node | null);
      if (start === undefined) break;
      offset = start;
      node = item;
    } else {
      break;
    }
  }
  const { line, col } = lineCounter.linePos(offset);
  return { line, column: col };
}

function rangeStart(node: Node | null | undefined): number | undefined {
  return node?.range?.[0];
}
