/** Rows as aligned columns (the last column is not padded), each line indented. */
export function table(rows: readonly (readonly string[])[], indent = "  "): string[] {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, Array.from(cell).length)));
  return rows.map((row) => `${indent}${row.map((cell, i) => (i === row.length - 1 ? cell : cell + " ".repeat((widths[i] ?? 0) - Array.from(cell).length))).join("  ")}`.trimEnd());
}

/** "payments-primary (Payments primary)", "alice (Alice Moreau)": an id with its human name when they differ. */
export function labelled(id: string, name: string): string {
  return name === id ? id : `${id} (${name})`;
}

export function plural(count: number, word: string, many = `${word}s`): string {
  return `${count} ${count === 1 ? word : many}`;
}
