import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "..", "..");

/**
 * Every module a file loads before any of its code runs: static `import … from` and
 * `export … from` (type-only imports are erased and not followed; `import()` is not static).
 */
function staticGraph(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    const source = readFileSync(file, "utf8");
    for (const match of source.matchAll(/^(?:import|export)\s+(type\s+)?(?:[^;]*?\s+from\s+)?["']([^"']+)["']/gm)) {
      const [, typeOnly, specifier = ""] = match;
      if (typeOnly) continue;
      if (specifier.startsWith(".")) visit(resolve(dirname(file), specifier.replace(/\.js$/, ".ts")));
      else packages.add(specifier.split("/").slice(0, specifier.startsWith("@") ? 2 : 1).join("/"));
    }
  };
  visit(join(ROOT, entry));
  return { files, packages };
}

describe("what the CLI loads at start-up", () => {
  it("never loads vega or vega-lite statically, so fireline --help stays fast", () => {
    const { files, packages } = staticGraph("src/cli/main.ts");
    expect(files.has(join(ROOT, "src/cli/metrics-command.ts"))).toBe(true);
    expect(files.has(join(ROOT, "src/cli/report-command.ts"))).toBe(true);
    expect([...packages].filter((name) => name.startsWith("vega"))).toEqual([]);
    expect(files.has(join(ROOT, "src/render/metrics/vega-svg.ts"))).toBe(false);
  });

  it("does find vega from the module that draws the charts (so the check above can fail)", () => {
    expect(staticGraph("src/render/metrics/vega-svg.ts").packages).toContain("vega-lite");
  });
});
