import type { ErrorObject } from "ajv";
import type { Diagnostic } from "../model/diagnostic.js";
import { didYouMean } from "./did-you-mean.js";
import { makeDiagnostic, START_OF_FILE } from "../model/make-diagnostic.js";
import type { Loaded } from "../model/workspace.js";
import type { FileSource } from "../ports.js";
import type { FileKind } from "../schema/index.js";
import { decodeText } from "./decode-text.js";
import { humanizeSchemaError } from "./humanize-schema-error.js";
import { parseYaml } from "./parse-yaml.js";
import { validateAgainstSchema } from "./schema-validator.js";
import { SourceFile } from "./source-file.js";
import { locateInDocument } from "./yaml-path.js";

export interface FileResult<T> {
  loaded?: Loaded<T>;
  diagnostics: Diagnostic[];
}

/** Reads a file and returns its text, or the diagnostic that says why it cannot be used. */
export async function readText(files: FileSource, path: string, maxBytes: number): Promise<{ text?: string; diagnostics: Diagnostic[] }> {
  const read = await files.read(path, maxBytes);
  if (!read.ok) {
    const diagnostic =
      read.reason === "too-large"
        ? makeDiagnostic(
            "file-too-large",
            path,
            START_OF_FILE,
            `the file is ${sizeComparison(read.size, maxBytes)}, so it was not read`,
            "Split the file, or raise limits.max_file_bytes in fireline.yaml (or pass --max-file-bytes).",
          )
        : makeDiagnostic("unreadable-file", path, START_OF_FILE, `the file could not be read: ${read.message}`);
    return { diagnostics: [diagnostic] };
  }
  const decoded = decodeText(path, read.bytes);
  return decoded.ok ? { text: decoded.text, diagnostics: [] } : { diagnostics: [decoded.diagnostic] };
}

/** Parses YAML text and checks it against a kind's schema. `lineOffset` places front matter inside a markdown file. */
export function parseAndCheck<T>(kind: FileKind, path: string, yamlText: string, lineOffset = 0): FileResult<T> {
  return withSource<T>(checkYamlText(kind, path, yamlText, lineOffset), path, yamlText, lineOffset);
}

/**
 * What parsing and checking one YAML text found, as plain data (structured-clone safe), so it can be
 * computed in a worker thread or kept in the cache. `value` is present only when the text is valid.
 */
export interface YamlOutcome {
  value?: unknown;
  diagnostics: Diagnostic[];
}

/** A YAML outcome as a loaded file: positions are looked up later, from the text, when a rule needs one. */
export function withSource<T>(outcome: YamlOutcome, path: string, yamlText: string, lineOffset = 0): FileResult<T> {
  if (outcome.value === undefined) return { diagnostics: outcome.diagnostics };
  return { loaded: { source: new SourceFile(path, yamlText, lineOffset), data: outcome.value as T }, diagnostics: outcome.diagnostics };
}

export function checkYamlText(kind: FileKind, path: string, yamlText: string, lineOffset = 0): YamlOutcome {
  const parsed = parseYaml(path, yamlText, lineOffset);
  if (parsed.value === undefined) return { diagnostics: parsed.diagnostics };
  const errors = validateAgainstSchema(kind, parsed.value);
  const locate = (dataPath: readonly (string | number)[], options?: { key?: boolean }) => {
    const at = locateInDocument(parsed.doc, parsed.lineCounter, dataPath, options);
    return { line: at.line + lineOffset, column: at.column };
  };
  const diagnostics = [...parsed.diagnostics, ...withoutMisspeltRequired(errors).map((error) => humanizeSchemaError(path, error, locate))];
  if (errors.length > 0) return { diagnostics };
  return { value: parsed.value, diagnostics };
}

/**
 * `serverity: sev2` is one mistake, not two: when an unknown key is a likely typo of a missing
 * required key in the same mapping, the "missing" error is dropped and the "did you mean" stays.
 */
function withoutMisspeltRequired(errors: ErrorObject[]): ErrorObject[] {
  const typos = new Set<string>();
  for (const error of errors) {
    if (error.keyword !== "additionalProperties") continue;
    const known = Object.keys((error.parentSchema as { properties?: object } | undefined)?.properties ?? {});
    const guess = didYouMean(String((error.params as { additionalProperty?: unknown }).additionalProperty), known);
    if (guess !== undefined) typos.add(`${error.instancePath}\u0000${guess}`);
  }
  return errors.filter(
    (error) => error.keyword !== "required" || !typos.has(`${error.instancePath}\u0000${String((error.params as { missingProperty?: unknown }).missingProperty)}`),
  );
}

export async function loadYamlFile<T>(files: FileSource, kind: FileKind, path: string, maxBytes: number): Promise<FileResult<T>> {
  const { text, diagnostics } = await readText(files, path, maxBytes);
  if (text === undefined) return { diagnostics };
  return parseAndCheck<T>(kind, path, text);
}

/** "1.2 MiB, over the 1.0 MiB limit", falling back to exact bytes when rounding would hide the difference. */
function sizeComparison(size: number, limit: number): string {
  const rounded = [formatBytes(size), formatBytes(limit)];
  const [sizeText, limitText] = rounded[0] === rounded[1] ? [`${size} bytes`, `${limit}-byte`] : [rounded[0], rounded[1]];
  return `${sizeText ?? ""}, over the ${limitText ?? ""} limit`;
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${bytes} bytes`;
}
