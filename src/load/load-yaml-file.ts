import type { Diagnostic } from "../model/diagnostic.js";
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
            `the file is ${formatBytes(read.size)}, over the ${formatBytes(maxBytes)} limit, so it was not read`,
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
  const parsed = parseYaml(path, yamlText, lineOffset);
  if (parsed.value === undefined) return { diagnostics: parsed.diagnostics };
  const errors = validateAgainstSchema(kind, parsed.value);
  const locate = (dataPath: readonly (string | number)[], options?: { key?: boolean }) => {
    const at = locateInDocument(parsed.doc, parsed.lineCounter, dataPath, options);
    return { line: at.line + lineOffset, column: at.column };
  };
  const diagnostics = [...parsed.diagnostics, ...errors.map((error) => humanizeSchemaError(path, error, locate))];
  if (errors.length > 0) return { diagnostics };
  const source = new SourceFile(path, yamlText, lineOffset);
  return { loaded: { source, data: parsed.value as T }, diagnostics };
}

export async function loadYamlFile<T>(files: FileSource, kind: FileKind, path: string, maxBytes: number): Promise<FileResult<T>> {
  const { text, diagnostics } = await readText(files, path, maxBytes);
  if (text === undefined) return { diagnostics };
  return parseAndCheck<T>(kind, path, text);
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${bytes} bytes`;
}
