import type { Diagnostic } from "../model/diagnostic.js";

/** Workflow commands (`::error file=…,line=…,col=…::message`) that GitHub shows on the diff. */
export function renderGithub(diagnostics: readonly Diagnostic[], displayRoot: string): string {
  return diagnostics
    .map((d) => {
      const command = d.severity === "notice" ? "notice" : d.severity;
      const properties = [
        `file=${escapeProperty(displayRoot + d.file)}`,
        `line=${d.line}`,
        `col=${d.column}`,
        `title=${escapeProperty(`${d.code} ${d.rule}`)}`,
      ].join(",");
      const message = d.hint ? `${d.message}\n${d.hint}` : d.message;
      return `::${command} ${properties}::${escapeData(message)}\n`;
    })
    .join("");
}

// The escaping rules of @actions/core's command.ts: data escapes % CR LF, properties also : and ,.
function escapeData(text: string): string {
  return text.replaceAll("%", "%25").replaceAll("\r", "%0D").replaceAll("\n", "%0A");
}

function escapeProperty(text: string): string {
  return escapeData(text).replaceAll(":", "%3A").replaceAll(",", "%2C");
}
