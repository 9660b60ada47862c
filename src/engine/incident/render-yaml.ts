import { Document, isScalar, Scalar, visit } from "yaml";
import { YAML_OPTIONS } from "../../load/yaml-options.js";

/** Lines are wrapped near this width, like the hand-written example incidents. */
export const LINE_WIDTH = 88;

/** Longer text is written as a folded block (`>-`), the way people write timeline messages by hand. */
const FOLD_LONGER_THAN = 72;

/**
 * Renders a value as block YAML, every line indented by `indent` spaces. Multi-line text becomes a
 * literal block and long text a folded block; everything else is left to the yaml library.
 */
export function renderBlock(value: unknown, indent: number): string {
  const doc = new Document(value, YAML_OPTIONS);
  visit(doc, {
    Scalar(_key, node) {
      if (typeof node.value !== "string") return;
      if (node.value.includes("\n")) node.type = Scalar.BLOCK_LITERAL;
      else if (node.value.length > FOLD_LONGER_THAN && node.value === node.value.trim()) node.type = Scalar.BLOCK_FOLDED;
    },
  });
  const text = doc.toString({ lineWidth: LINE_WIDTH, flowCollectionPadding: false });
  const pad = " ".repeat(indent);
  return text
    .split("\n")
    .map((line) => (line === "" ? line : pad + line))
    .join("\n");
}

/** One scalar as it would appear after `key: `, for replacing a value in place. */
export function renderInlineScalar(value: unknown): string {
  const node = new Document(value, YAML_OPTIONS).contents;
  if (!isScalar(node)) throw new Error("renderInlineScalar needs a scalar value");
  return new Document(node, YAML_OPTIONS).toString({ lineWidth: 0 }).replace(/\n$/, "");
}
