/** A plain-text table: columns padded to their widest cell, the first left-aligned and the rest right-aligned unless told. */
export function textTable(rows: readonly (readonly string[])[], options: { indent?: string; left?: readonly number[] } = {}): string[] {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, width(cell))));
  const left = new Set(options.left ?? [0]);
  return rows.map(
    (row) =>
      (options.indent ?? "") +
      row
        .map((cell, i) => {
          const pad = " ".repeat((widths[i] ?? 0) - width(cell));
          return left.has(i) ? cell + pad : pad + cell;
        })
        .join("  ")
        .trimEnd(),
  );
}

/** Characters on screen: code points (a surrogate pair is one); the text here has no wide characters. */
function width(text: string): number {
  return text.replace(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g, "_").length;
}
