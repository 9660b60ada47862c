import { isDeepStrictEqual } from "node:util";
import { parseDocument } from "yaml";
import { YAML_OPTIONS } from "../../load/yaml-options.js";
import { applyToDocument, type EditOperation } from "./edit-operations.js";
import { applyTextEdit, UnsupportedLayout } from "./yaml-text-edit.js";

export type EditOutcome = { ok: true; text: string } | { ok: false; reason: string; offset: number };

const BOM = "\uFEFF";

/**
 * Applies a plan to a file's text, changing only the bytes the plan concerns. The same plan is
 * applied through the yaml Document API too, and the edited text must parse to exactly that
 * data: a splice that went wrong is refused instead of written.
 */
export function applyEdits(text: string, operations: readonly EditOperation[]): EditOutcome {
  const bom = text.startsWith(BOM) ? BOM : "";
  const body = text.slice(bom.length);
  const target = parseDocument(body, YAML_OPTIONS);
  applyToDocument(target, operations);
  let edited = body;
  try {
    for (const operation of operations) edited = applyTextEdit(edited, operation);
  } catch (error) {
    if (error instanceof UnsupportedLayout) return { ok: false, reason: error.message, offset: error.offset + bom.length };
    throw error;
  }
  const check = parseDocument(edited, YAML_OPTIONS);
  if (check.errors.length > 0 || !isDeepStrictEqual(check.toJS(), target.toJS())) {
    return { ok: false, reason: "the edited text would not hold exactly the planned data", offset: 0 };
  }
  return { ok: true, text: bom + edited };
}
