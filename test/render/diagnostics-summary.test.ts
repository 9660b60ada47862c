import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Diagnostic } from "../../src/model/diagnostic.js";
import { renderDiagnosticsSummary } from "../../src/render/diagnostics-summary.js";

const counts = { files: 3, errors: 1, warnings: 0, notices: 0 };

function diagnostic(message: string, extra: Partial<Diagnostic> = {}): Diagnostic {
  return { severity: "error", code: "FL-301", rule: "unknown-person", message, file: "incidents/x/incident.yaml", line: 8, column: 14, ...extra };
}

describe("the validate job summary", () => {
  it("lists every diagnostic with its repository-relative place, code, message and hint", () => {
    const text = renderDiagnosticsSummary([diagnostic("unknown person 'alcie'", { hint: "Add 'alcie' to people.yaml." })], counts, { displayRoot: "ops/" });
    expect(text).toContain("**1 error, 0 warnings, 0 notices** in 3 files.");
    expect(text).toContain("<code>ops/incidents/x/incident.yaml:8:14</code>");
    expect(text).toContain("<td>FL-301 unknown-person</td>");
    expect(text).toContain("unknown person &#39;alcie&#39;<br><em>Add &#39;alcie&#39; to people.yaml.</em>");
  });

  it("escapes user text so a title cannot inject HTML or end the table with a blank line", () => {
    const text = renderDiagnosticsSummary([diagnostic("title '<script>alert(1)</script> | **bold**'\n\nsecond paragraph")], counts, { displayRoot: "" });
    expect(text).not.toContain("<script>");
    expect(text).toContain("&#60;script&#62;");
    const table = text.slice(text.indexOf("<table>"), text.indexOf("</table>"));
    expect(table).not.toMatch(/\n\s*\n/);
  });

  it("says there is nothing to report when the workspace is clean", () => {
    expect(renderDiagnosticsSummary([], { files: 3, errors: 0, warnings: 0, notices: 0 }, { displayRoot: "" })).toContain("No problems found.");
  });

  it("stays under the byte limit and says how many rows it left out", () => {
    const many = Array.from({ length: 5000 }, (_, i) => diagnostic(`problem number ${String(i)} ${"ü".repeat(100)}`));
    const text = renderDiagnosticsSummary(many, { ...counts, errors: many.length }, { displayRoot: "" });
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(1024 * 1024);
    const shown = text.split("<tr><td>error</td>").length - 1;
    expect(shown).toBeGreaterThan(1000);
    expect(text).toContain(`_${String(5000 - shown)} more diagnostics left out to stay under GitHub's 1 MiB job summary limit`);
  });

  it("never exceeds the limit it is given, whatever the messages", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: "grapheme", maxLength: 300 }), { maxLength: 40 }), fc.integer({ min: 600, max: 6000 }), (messages, maxBytes) => {
        const text = renderDiagnosticsSummary(messages.map((m) => diagnostic(m)), counts, { displayRoot: "", maxBytes });
        expect(Buffer.byteLength(text)).toBeLessThanOrEqual(maxBytes);
        const shown = text.split("<tr><td>error</td>").length - 1;
        if (shown < messages.length) expect(text).toContain(`${String(messages.length - shown)} more diagnostic`);
      }),
    );
  });
});
