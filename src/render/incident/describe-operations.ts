import type { EditOperation } from "../../engine/incident/edit-operations.js";

/** One line per planned change, for the confirmation after an edit: "status → monitoring", "added an update at ...". */
export function describeOperations(operations: readonly EditOperation[]): string[] {
  return operations.map((operation) => {
    const path = operation.path.join(".");
    if (operation.op === "delete") return `removed ${path}`;
    if (operation.op === "append") {
      const at = (operation.value as { at?: unknown }).at;
      return `added an update to the timeline${typeof at === "string" ? ` at ${at}` : ""}`;
    }
    const value = operation.value;
    return `${path} → ${typeof value === "object" && value !== null ? JSON.stringify(value) : String(value)}`;
  });
}
