import type { BrokenRow, IncidentRow } from "../../commands/incident-list.js";
import { formatUtc } from "./format-time.js";

/** One line per incident, columns aligned; broken files say so instead of hiding. */
export function renderIncidentList(rows: readonly (IncidentRow | BrokenRow)[]): string {
  if (rows.length === 0) return "No incidents.\n";
  const table = rows.map((row) =>
    "problem" in row
      ? [row.id, "?", "?", "", row.problem]
      : [row.id, row.severity, row.status, row.commander ?? "-", `${row.title}${row.public ? "" : " (internal)"}`],
  );
  const header = ["ID", "SEV", "STATUS", "COMMANDER", "TITLE"];
  const widths = header.map((title, column) => Math.max(title.length, ...table.map((cells) => (cells[column] ?? "").length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, column) => (column === cells.length - 1 ? cell : cell.padEnd(widths[column] ?? 0)))
      .join("  ")
      .trimEnd();
  const open = rows.filter((row) => !("problem" in row) && row.status !== "resolved") as IncidentRow[];
  const due = open.filter((row) => row.next_update_due !== undefined).map((row) => `  ${row.id}: next update due ${formatUtc(row.next_update_due ?? "")}`);
  return `${[line(header), ...table.map(line)].join("\n")}\n${due.length > 0 ? `\n${due.join("\n")}\n` : ""}`;
}
