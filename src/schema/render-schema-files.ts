import { FILE_KINDS, jsonSchemaFor, schemaFileName, type FileKind } from "./index.js";

/** The exact text of every schemas/*.json file, so the writer and the drift test agree byte for byte. */
export function renderSchemaFiles(): Map<string, string> {
  const files = new Map<string, string>();
  for (const kind of Object.keys(FILE_KINDS) as FileKind[]) {
    files.set(schemaFileName(kind), `${JSON.stringify(jsonSchemaFor(kind), null, 2)}\n`);
  }
  return files;
}
