import { isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type YAMLError } from "yaml";
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

/** Parses one YAML file. Never throws for anything a file can contain. */
export function parseYaml(file: string, text: string, lineOffset = 0): ParsedYaml {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { ...YAML_OPTIONS, lineCounter });
  const at = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: line + lineOffset, column: col };
  };
  const diagnostics = [
    ...doc.errors.map((error) => yamlErrorDiagnostic(file, error, at)),
    ...doc.warnings.map((warning) => makeDiagnostic("yaml-warning", file, at(warning.pos[0]), warning.message)),
  ];
  const result: ParsedYaml = { value: undefined, doc, lineCounter, diagnostics };
  if (doc.errors.length > 0) return result;

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
    diagnostics.push(aliasBombDiagnostic(file, doc, at));
  }
  return result;
}

function yamlErrorDiagnostic(file: string, error: YAMLError, at: (offset: number) => Position): Diagnostic {
  const rule: RuleName =
    error.code === "DUPLICATE_KEY"
      ? "yaml-duplicate-key"
      : error.code === "TAB_AS_INDENT"
        ? "yaml-tab-indent"
        : error.code === "MULTIPLE_DOCS"
          ? "yaml-multiple-documents"
          : "yaml-syntax";
  const hint = HINTS[rule];
  const message = rule === "yaml-multiple-documents" ? "the file holds more than one YAML document (a second ---)" : lowerFirst(error.message);
  return makeDiagnostic(rule, file, at(error.pos[0]), message, hint);
}

const HINTS: Partial<Record<RuleName, string>> = {
  "yaml-duplicate-key": "Remove or rename one of the two keys; YAML keeps only one of them.",
  "yaml-tab-indent": "Indent with spaces; most editors can convert tabs to spaces for you.",
  "yaml-multiple-documents": "Keep one document per file: remove the second --- line or split the file.",
};

function checkShape(file: string, doc: Document, at: (offset: number) => Position, lineOffset: number): Diagnostic | undefined {
  const contents = doc.contents;
  if (contents === null || (isScalar(contents) && (contents.value === null || contents.value === ""))) {
    return makeDiagnostic("empty-file", file, { line: START_OF_FILE.line + lineOffset, column: 1 }, "the file is empty", "Add the file's keys, or delete the file.");
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

function forbiddenKeys(file: string, doc: Document, at: (offset: number) => Position): Diagnostic[] {
  const found: Diagnostic[] = [];
  visit(doc, {
    Pair(_, pair) {
      if (!isPair(pair) || !isScalar(pair.key)) return;
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

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
