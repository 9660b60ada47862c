/**
 * Splits a markdown file into its YAML front matter and body. The delimiter rule is the one
 * remark-frontmatter uses: the very first line is `---` and the block ends at the next `---` line.
 * Only the front matter is needed to validate a workspace, so the markdown is not parsed here.
 */
export function splitFrontMatter(text: string): { yaml: string; yamlLine: number; body: string; bodyLine: number } | undefined {
  const match = /^---[ \t]*\r?\n([\s\S]*?)^---[ \t]*(?:\r?\n|$)/m.exec(text);
  if (match?.index !== 0) return undefined;
  const yaml = match[1] ?? "";
  const consumed = match[0];
  return {
    yaml,
    yamlLine: 2,
    body: text.slice(consumed.length),
    bodyLine: 1 + countLines(consumed),
  };
}

function countLines(text: string): number {
  let count = 0;
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) count++;
  return count;
}
