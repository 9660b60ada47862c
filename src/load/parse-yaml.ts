import { Composer, CST, Document, isAlias, isMap, isPair, isScalar, isSeq, LineCounter, Parser, visit, YAMLParseError, type YAMLError } from "yaml";
import type { Diagnostic, Position } from "../model/diagnostic.js";
import { makeDiagnostic, START_OF_FILE } from "../model/make-diagnostic.js";
import type { RuleName } from "../model/codes.js";
import { MAX_ALIAS_COUNT, YAML_OPTIONS } from "./yaml-options.js";

export interface ParsedYaml {
  /** The plain data, present only when the file parsed cleanly into a mapping. */
  value: Record<string, unknown> | undefined;
  doc: Document;
  lineCounter: LineCounter;
  diagnostics: Diagnostic[];
}

const FORBIDDEN_KEYS = new Set(["__proto__", "constructor", "prototype"]);

/**
 * Lists and mappings nested deeper than this are refused before they are built. The yaml library
 * recurses once per level; near the stack limit it reports hundreds of "Maximum call stack size
 * exceeded" errors, and V8 can then abort the whole process. fireline's files nest a few levels.
 */
const MAX_NESTING = 100;

/** Parses one YAML file. Never throws for anything a file can contain. */
export function parseYaml(file: string, text: string, lineOffset = 0): ParsedYaml {
  const lineCounter = new LineCounter();
  const at = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: line + lineOffset, column: col };
  };
  // The CST parser keeps its own stack, so the depth can be checked before the recursive composer runs.
  const tokens = Array.from(new Parser(lineCounter.addNewLine).parse(text));
  const deep = tooDeepAt(tokens);
  if (deep !== undefined) return { value: undefined, doc: new Document(), lineCounter, diagnostics: [nestingDiagnostic(file, at(deep))] };
  try {
    return checkDocument(file, composeOne(tokens, text.length), tokens, lineCounter, at, lineOffset);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    return { value: undefined, doc: new Document(), lineCounter, diagnostics: [nestingDiagnostic(file, { line: START_OF_FILE.line + lineOffset, column: 1 })] };
  }
}

/** parseDocument() from the yaml library, on tokens already parsed. Duplicate keys are found later, in one pass. */
function composeOne(tokens: CST.Token[], length: number): Document {
  let doc: Document | undefined;
  for (const next of new Composer({ ...YAML_OPTIONS, uniqueKeys: false }).compose(tokens, true, length)) {
    if (!doc) {
      doc = next;
      continue;
    }
    doc.errors.push(new YAMLParseError([next.range[0], next.range[1]], "MULTIPLE_DOCS", "Source contains multiple documents"));
    break;
  }
  return doc ?? new Document();
}

function checkDocument(
  file: string,
  doc: Document,
  tokens: readonly CST.Token[],
  lineCounter: LineCounter,
  at: (offset: number) => Position,
  lineOffset: number,
): ParsedYaml {
  const overflow = doc.errors.find((error) => error.code === "RESOURCE_EXHAUSTION");
  if (overflow) return { value: undefined, doc, lineCounter, diagnostics: [nestingDiagnostic(file, at(overflow.pos[0]))] };
  // After a tab in the indentation the parser reads the following lines as nonsense; the tab is the one thing to fix.
  const tabs = doc.errors.filter((error) => error.code === "TAB_AS_INDENT");
  const duplicates = duplicateKeys(file, doc, at);
  const diagnostics = [
    ...(tabs.length > 0 ? tabs : doc.errors).map((error) => yamlErrorDiagnostic(file, error, tokens, at)),
    ...doc.warnings.map((warning) => makeDiagnostic("yaml-warning", file, at(warning.pos[0]), warning.message)),
    ...duplicates,
  ];
  const result: ParsedYaml = { value: undefined, doc, lineCounter, diagnostics };
  if (doc.errors.length > 0 || duplicates.length > 0) return result;

  const shapeProblem = checkShape(file, doc, at, lineOffset);
  if (shapeProblem) {
    diagnostics.push(shapeProblem);
    return result;
  }
  const forbidden = forbiddenKeys(file, doc, at);
  if (forbidden.length > 0) {
    diagnostics.push(...forbidden);
    return result;
  }
  try {
    result.value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) as Record<string, unknown>;
  } catch (error) {
    if (!(error instanceof ReferenceError)) throw error;
    const unresolved = /^Unresolved alias.*: (.*)$/.exec(error.message)?.[1];
    diagnostics.push(unresolved === undefined ? aliasBombDiagnostic(file, doc, at) : unresolvedAliasDiagnostic(file, doc, unresolved, at));
  }
  return result;
}

/** The documents' tokens in file order, each with how many lists and mappings hold it. Iterative, so any depth is safe. */
function* walkTokens(tokens: readonly CST.Token[]): Generator<{ token: CST.Token; depth: number }> {
  const pending = [...tokens].reverse().map((token) => ({ token, depth: 0 }));
  for (let next = pending.pop(); next; next = pending.pop()) {
    yield next;
    const { token, depth } = next;
    if (token.type === "document" && token.value) pending.push({ token: token.value, depth });
    if (!CST.isCollection(token)) continue;
    for (const item of [...token.items].reverse()) {
      if (item.value) pending.push({ token: item.value, depth: depth + 1 });
      if (item.key) pending.push({ token: item.key, depth: depth + 1 });
    }
  }
}

/** Offset of the first list or mapping nested deeper than MAX_NESTING. */
function tooDeepAt(tokens: readonly CST.Token[]): number | undefined {
  for (const { token, depth } of walkTokens(tokens)) if (CST.isCollection(token) && depth >= MAX_NESTING) return token.offset;
  return undefined;
}

function nestingDiagnostic(file: string, at: Position): Diagnostic {
  return makeDiagnostic(
    "yaml-syntax",
    file,
    at,
    `nesting too deep: lists and mappings nest more than ${MAX_NESTING} levels here, so the file was not read`,
    "Look for [ or { brackets that are never closed; fireline's files nest only a few levels.",
  );
}

function yamlErrorDiagnostic(file: string, error: YAMLError, tokens: readonly CST.Token[], at: (offset: number) => Position): Diagnostic {
  const rule: RuleName = error.code === "TAB_AS_INDENT" ? "yaml-tab-indent" : error.code === "MULTIPLE_DOCS" ? "yaml-multiple-documents" : "yaml-syntax";
  const unclosed = rule === "yaml-syntax" ? unclosedDiagnostic(file, error, tokens, at) : undefined;
  if (unclosed) return unclosed;
  const hint = HINTS[rule];
  const message = rule === "yaml-multiple-documents" ? "the file holds more than one YAML document (a second ---)" : lowerFirst(error.message);
  return makeDiagnostic(rule, file, at(error.pos[0]), message, hint);
}

/**
 * The parser notices an unclosed quote or bracket where the file (or the line) ends; the place to
 * fix is where it was opened, so the diagnostic points there.
 */
function unclosedDiagnostic(file: string, error: YAMLError, tokens: readonly CST.Token[], at: (offset: number) => Position): Diagnostic | undefined {
  const end = error.pos[0];
  const quote = /^Missing closing (["'])quote$/.exec(error.message)?.[1];
  const flow = /^Flow (sequence|map) /.exec(error.message)?.[1];
  if (quote === undefined && flow === undefined) return undefined;
  let opened: CST.Token | undefined;
  for (const { token } of walkTokens(tokens)) {
    if (token.offset >= end) break;
    const quoted = token.type === (quote === '"' ? "double-quoted-scalar" : "single-quoted-scalar");
    if (quote !== undefined && quoted && token.offset + token.source.length >= end) opened = token;
    if (flow !== undefined && token.type === "flow-collection" && token.start.source === (flow === "map" ? "{" : "[") && token.end[0]?.source !== (flow === "map" ? "}" : "]")) {
      opened = token;
    }
  }
  if (!opened) return undefined;
  if (quote !== undefined) {
    const escape = quote === '"' ? 'write a " inside the text as \\"' : "write a ' inside the text as ''";
    return makeDiagnostic("yaml-syntax", file, at(opened.offset), `the quoted text that starts here has no closing ${quote}`, `Add the closing ${quote}; ${escape}.`);
  }
  const [open, close, noun] = flow === "map" ? ["{", "}", "mapping"] : ["[", "]", "list"];
  return makeDiagnostic(
    "yaml-syntax",
    file,
    at(opened.offset),
    `the ${noun} opened here with ${open} has no matching ${close}, or its next lines are not indented enough`,
    `Close it with ${close}; if it continues on the next lines, indent them more than its key.`,
  );
}

const HINTS: Partial<Record<RuleName, string>> = {
  "yaml-duplicate-key": "Remove or rename one of the two keys; YAML keeps only one of them.",
  "yaml-tab-indent": "Indent with spaces; most editors can convert tabs to spaces for you.",
  "yaml-multiple-documents": "Keep one document per file: remove the second --- line or split the file.",
};

function checkShape(file: string, doc: Document, at: (offset: number) => Position, lineOffset: number): Diagnostic | undefined {
  const contents = doc.contents;
  if (contents === null || (isScalar(contents) && (contents.value === null || contents.value === ""))) {
    const message = doc.commentBefore ? "the file holds only comments, no data" : "the file is empty";
    return makeDiagnostic("empty-file", file, { line: START_OF_FILE.line + lineOffset, column: 1 }, message, "Add the file's keys, or delete the file.");
  }
  if (isMap(contents)) return undefined;
  const found = isSeq(contents) ? "a list" : isAlias(contents) ? "an alias" : `a single value (${JSON.stringify(isScalar(contents) ? contents.value : null)})`;
  return makeDiagnostic(
    "not-a-mapping",
    file,
    at(contents.range?.[0] ?? 0),
    `expected a mapping of keys to values at the top level, found ${found}`,
    "Top-level entries are written `key: value`, not `- item`.",
  );
}

/**
 * Keys that appear twice in one mapping, at the second one. Checked here in one pass rather than by
 * the yaml library's uniqueKeys, which compares every key with every earlier one (minutes for a
 * 1 MiB mapping). Keys are compared as text, the way they end up in the data: 1 and '1' collide.
 */
function duplicateKeys(file: string, doc: Document, at: (offset: number) => Position): Diagnostic[] {
  const found: Diagnostic[] = [];
  visit(doc, {
    Map(_, map) {
      const seen = new Map<string, number>();
      for (const pair of map.items) {
        if (!isScalar(pair.key)) continue;
        const key = String(pair.key.value);
        const offset = pair.key.range?.[0] ?? 0;
        const first = seen.get(key);
        if (first === undefined) {
          seen.set(key, offset);
          continue;
        }
        found.push(
          makeDiagnostic("yaml-duplicate-key", file, at(offset), `the key '${key}' appears twice in this mapping; the first is on line ${at(first).line}`, HINTS["yaml-duplicate-key"]),
        );
      }
    },
  });
  return found;
}

function forbiddenKeys(file: string, doc: Document, at: (offset: number) => Position): Diagnostic[] {
  const found: Diagnostic[] = [];
  visit(doc, {
    Pair(_, pair) {
      if (!isPair(pair)) return;
      if (pair.key !== null && !isScalar(pair.key)) {
        // Also keeps such keys from toJS(), which would stringify them (slowly, and with a warning on stderr).
        const kind = isAlias(pair.key) ? "an alias" : isSeq(pair.key) ? "a list" : "a mapping";
        found.push(
          makeDiagnostic("forbidden-key", file, at(rangeOf(pair.key)), `a key must be plain text, not ${kind}`, "Write the key as text, e.g. `name: value`; fireline never uses lists, mappings or aliases as keys."),
        );
        return visit.SKIP;
      }
      if (!isScalar(pair.key)) return;
      const key = String(pair.key.value);
      if (FORBIDDEN_KEYS.has(key)) {
        found.push(
          makeDiagnostic("forbidden-key", file, at(pair.key.range?.[0] ?? 0), `the key '${key}' is not allowed`, "fireline never uses this key; remove it."),
        );
      }
    },
  });
  return found;
}

function aliasBombDiagnostic(file: string, doc: Document, at: (offset: number) => Position): Diagnostic {
  let offset = 0;
  visit(doc, {
    Alias(_, alias) {
      offset = alias.range?.[0] ?? 0;
      return visit.BREAK;
    },
  });
  return makeDiagnostic(
    "yaml-alias-limit",
    file,
    at(offset),
    `YAML aliases here expand to more than ${MAX_ALIAS_COUNT} nodes; the file was not read`,
    "Write the values out instead of nesting anchors (&name) and aliases (*name).",
  );
}

function unresolvedAliasDiagnostic(file: string, doc: Document, name: string, at: (offset: number) => Position): Diagnostic {
  let offset = 0;
  visit(doc, {
    Alias(_, alias) {
      if (alias.source !== name) return undefined;
      offset = alias.range?.[0] ?? 0;
      return visit.BREAK;
    },
  });
  return makeDiagnostic(
    "yaml-syntax",
    file,
    at(offset),
    `the alias *${name} refers to no anchor &${name} before it`,
    `Mark the value to reuse with &${name} before this line, or write the value out instead of *${name}.`,
  );
}

function rangeOf(node: unknown): number {
  return (node as { range?: [number, number, number] | null }).range?.[0] ?? 0;
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
