import type { Document } from "yaml";

/** A path into the incident's data: map keys and list indexes. */
export type EditPath = readonly (string | number)[];

/**
 * One change to a YAML document, as data, so a plan can be printed, tested and applied twice:
 * once to the Document (the meaning) and once to the text (the bytes the user keeps).
 *
 * `set` replaces a scalar or adds a missing key; `order` lists the keys of the parent map in the
 * order they should appear, so a new key lands beside its neighbours instead of at the end.
 */
export type EditOperation =
  | { op: "set"; path: EditPath; value: unknown; order?: readonly string[] }
  | { op: "append"; path: EditPath; value: unknown }
  | { op: "delete"; path: EditPath };

/** Applies operations through the yaml Document API; the result's toJS() is what the edited text must parse to. */
export function applyToDocument(doc: Document, operations: readonly EditOperation[]): void {
  for (const operation of operations) {
    if (operation.op === "set") doc.setIn(operation.path, doc.createNode(operation.value));
    else if (operation.op === "append") doc.addIn(operation.path, doc.createNode(operation.value));
    else doc.deleteIn(operation.path);
  }
}
