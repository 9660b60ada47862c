import { createColors } from "picocolors";
import type { Diagnostic } from "../model/diagnostic.js";
import type { DiagnosticCounts } from "../commands/validate.js";

export interface HumanOptions {
  color: boolean;
  /** Prefix that turns a workspace path into one relative to where the user stands. */
  displayRoot: string;
  /** Seconds the run took, for the summary line. */
  seconds?: number;
}

/** Diagnostics grouped by file, then a one-line summary; colour only when asked (a TTY). */
export function renderHuman(diagnostics: readonly Diagnostic[], counts: DiagnosticCounts, options: HumanOptions): string {
  const c = createColors(options.color);
  const paint = { error: c.red, warning: c.yellow, notice: c.blue } as const;
  const lines: string[] = [];
  let currentFile: string | undefined;
  for (const d of diagnostics) {
    if (d.file !== currentFile) {
      if (currentFile !== undefined) lines.push("");
      lines.push(c.underline(options.displayRoot + d.file));
      currentFile = d.file;
    }
    const place = `${d.line}:${d.column}`.padEnd(8);
    lines.push(`  ${c.dim(place)}${paint[d.severity](d.severity.padEnd(8))}${d.message}  ${c.dim(`${d.code} ${d.rule}`)}`);
    if (d.hint) lines.push(`  ${" ".repeat(16)}${c.dim(`hint: ${d.hint}`)}`);
  }
  if (lines.length > 0) lines.push("");
  lines.push(summaryLine(counts, options.seconds, c));
  return `${lines.join("\n")}\n`;
}

function summaryLine(counts: DiagnosticCounts, seconds: number | undefined, c: ReturnType<typeof createColors>): string {
  const time = seconds === undefined ? "" : ` in ${seconds.toFixed(2)} s`;
  const files = `${counts.files} ${counts.files === 1 ? "file" : "files"}`;
  const parts = [
    plural(counts.errors, "error"),
    plural(counts.warnings, "warning"),
    ...(counts.notices > 0 ? [plural(counts.notices, "notice")] : []),
  ];
  const text = `${files} checked${time}: ${parts.join(", ")}`;
  if (counts.errors > 0) return c.red(`✖ ${text}`);
  if (counts.warnings > 0) return c.yellow(`⚠ ${text}`);
  return c.green(`✔ ${text}`);
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}
