import { readFileSync } from "node:fs";
import type { Code, Root } from "mdast";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { visit } from "unist-util-visit";
import { parseAllDocuments } from "yaml";
import { describe, expect, it } from "vitest";

const README = readFileSync(new URL("../README.md", import.meta.url), "utf8");
// The README's own placeholder for fireline's release: a reader puts the SHA they pin.
const PLACEHOLDER = "OWNER/fireline@FULL_COMMIT_SHA";

/** Every `uses:` value in the README's YAML code blocks, with the line of its block. */
function usesInReadme(): { line: number; uses: string }[] {
  const found: { line: number; uses: string }[] = [];
  const tree: Root = unified().use(remarkParse).parse(README);
  visit(tree, "code", (block: Code) => {
    if (block.lang !== "yaml" && block.lang !== "yml") return;
    for (const document of parseAllDocuments(block.value)) {
      if (!("contents" in document)) continue;
      collectUses(document.toJS() as unknown, (uses) => found.push({ line: block.position?.start.line ?? 0, uses }));
    }
  });
  return found;
}

function collectUses(value: unknown, add: (uses: string) => void): void {
  if (Array.isArray(value)) for (const item of value) collectUses(item, add);
  else if (typeof value === "object" && value !== null) {
    for (const [key, inner] of Object.entries(value)) {
      if (key === "uses" && typeof inner === "string") add(inner);
      else collectUses(inner, add);
    }
  }
}

describe("the README's workflow snippets", () => {
  it("pin every action they use to a full commit SHA", () => {
    const uses = usesInReadme();
    expect(uses.length).toBeGreaterThan(10);
    const unpinned = uses.filter(({ uses: action }) => !action.startsWith("./") && action !== PLACEHOLDER && !/@[0-9a-f]{40}$/.test(action));
    expect(unpinned).toEqual([]);
  });
});
