import { LineCounter, parseDocument, type Document } from "yaml";
import type { Position } from "../model/diagnostic.js";
import { locateInDocument, type DataPath } from "./yaml-path.js";
import { YAML_OPTIONS } from "./yaml-options.js";

/**
 * A loaded file: its workspace-relative path and text, and a way to find where a data path sits.
 * The YAML tree is not kept after loading (10k incident trees would not fit the memory budget);
 * it is parsed again, once, only when a rule needs a position in this file.
 */
export class SourceFile {
  #located: { doc: Document; lineCounter: LineCounter } | undefined;

  constructor(
    readonly path: string,
    readonly text: string,
    /** Lines before the YAML starts, for front matter inside a markdown file. */
    readonly lineOffset = 0,
  ) {}

  locate(path: DataPath, options: { key?: boolean } = {}): Position {
    this.#located ??= reparse(this.text);
    const position = locateInDocument(this.#located.doc, this.#located.lineCounter, path, options);
    return { line: position.line + this.lineOffset, column: position.column };
  }

  /** Positions for a tree the loader still holds, so loading does not parse twice. */
  adopt(doc: Document, lineCounter: LineCounter): void {
    this.#located = { doc, lineCounter };
  }

  /** Drop the tree once loading is done; a later locate() parses again. */
  release(): void {
    this.#located = undefined;
  }
}

function reparse(text: string) {
  const lineCounter = new LineCounter();
  // The text already passed the loader's checks, duplicate keys included: skip the quadratic check.
  const doc = parseDocument(text, { ...YAML_OPTIONS, uniqueKeys: false, lineCounter });
  return { doc, lineCounter };
}
