import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { pickAnnotations } from "../../src/action/annotations.js";
import type { Diagnostic, DiagnosticSeverity } from "../../src/model/diagnostic.js";

const severity = fc.constantFrom<DiagnosticSeverity>("error", "warning", "notice");

function diagnostic(kind: DiagnosticSeverity, index: number): Diagnostic {
  return { severity: kind, code: "FL-301", rule: "unknown-person", message: `m${String(index)}`, file: "a.yaml", line: index + 1, column: 1 };
}

describe("picking annotations", () => {
  it("keeps at most ten of each kind, the first ones, and counts the rest", () => {
    fc.assert(
      fc.property(fc.array(severity, { maxLength: 60 }), (kinds) => {
        const diagnostics = kinds.map((kind, i) => diagnostic(kind, i));
        const { shown, leftOut } = pickAnnotations(diagnostics);
        for (const kind of ["error", "warning", "notice"] as const) {
          const all = diagnostics.filter((d) => d.severity === kind);
          const kept = shown.filter((d) => d.severity === kind);
          expect(kept).toEqual(all.slice(0, 10));
          expect(leftOut[kind]).toBe(all.length - kept.length);
        }
        expect(shown).toEqual(diagnostics.filter((d) => shown.includes(d)));
      }),
    );
  });
});
