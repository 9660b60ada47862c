import type { DiagnosticCounts } from "../commands/validate.js";
import type { Diagnostic } from "../model/diagnostic.js";
import { escapeXml } from "./status-page/badges.js";

/** GitHub refuses a step's job summary above 1 MiB. */
export const SUMMARY_LIMIT_BYTES = 1024 * 1024;

export interface SummaryOptions {
  /** Prefix that makes workspace paths repository-relative ("" or "ops/"). */
  displayRoot: string;
  maxBytes?: number;
}

/**
 * The job summary of a validate run: counts, then every diagnostic in an HTML table. User text is
 * HTML-escaped and a table has no blank line, so GitHub's markdown leaves it alone. Rows that would
 * take the summary over the limit are left out, and a last line says how many.
 */
export function renderDiagnosticsSummary(diagnostics: readonly Diagnostic[], counts: DiagnosticCounts, options: SummaryOptions): string {
  const head = `## fireline validate\n\n${countsLine(counts)}\n\n`;
  if (diagnostics.length === 0) return `${head}No problems found.\n`;
  const open = "<table>\n<thead><tr><th>Severity</th><th>Code</th><th>Place</th><th>Message</th></tr></thead>\n<tbody>\n";
  const close = "</tbody>\n</table>\n";
  const budget = (options.maxBytes ?? SUMMARY_LIMIT_BYTES) - bytes(head + open + close) - bytes(leftOutNote(diagnostics.length));
  const rows: string[] = [];
  let used = 0;
  for (const diagnostic of diagnostics) {
    const row = tableRow(diagnostic, options.displayRoot);
    used += bytes(row);
    if (used > budget) break;
    rows.push(row);
  }
  const leftOut = diagnostics.length - rows.length;
  return `${head}${open}${rows.join("")}${close}${leftOut > 0 ? leftOutNote(leftOut) : ""}`;
}

function countsLine(counts: DiagnosticCounts): string {
  return `**${plural(counts.errors, "error")}, ${plural(counts.warnings, "warning")}, ${plural(counts.notices, "notice")}** in ${plural(counts.files, "file")}.`;
}

function tableRow(d: Diagnostic, displayRoot: string): string {
  const message = d.hint ? `${cell(d.message)}<br><em>${cell(d.hint)}</em>` : cell(d.message);
  const place = `<code>${cell(`${displayRoot}${d.file}:${String(d.line)}:${String(d.column)}`)}</code>`;
  return `<tr><td>${d.severity}</td><td>${cell(d.code)} ${cell(d.rule)}</td><td>${place}</td><td>${message}</td></tr>\n`;
}

/** Escaped, with line breaks as <br> so no blank line can end the HTML block early. */
function cell(text: string): string {
  return escapeXml(text).replace(/\r?\n/g, "<br>");
}

function leftOutNote(count: number): string {
  return `\n_${plural(count, "more diagnostic")} left out to stay under GitHub's 1 MiB job summary limit; run \`fireline validate\` for the full list._\n`;
}

function plural(n: number, word: string): string {
  return `${String(n)} ${word}${n === 1 ? "" : "s"}`;
}

function bytes(text: string): number {
  return Buffer.byteLength(text, "utf8");
}
