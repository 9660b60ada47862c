import { BUILT_IN_SECTIONS } from "../../schema/postmortem-policy.js";

export interface SectionSpec {
  id: string;
  heading: string;
  aliases: readonly string[];
}

/** The built-in sections, with a policy's own sections and extra headings merged in. */
export function sectionSpecs(custom: Readonly<Record<string, { heading: string; aliases?: readonly string[] }>> = {}): SectionSpec[] {
  const specs = new Map<string, SectionSpec>();
  for (const [id, section] of Object.entries(BUILT_IN_SECTIONS)) specs.set(id, { id, heading: section.heading, aliases: section.aliases });
  for (const [id, section] of Object.entries(custom)) {
    const known = specs.get(id);
    specs.set(id, {
      id,
      heading: section.heading,
      aliases: [...(known ? [known.heading, ...known.aliases] : []), ...(section.aliases ?? [])],
    });
  }
  return [...specs.values()];
}

/**
 * Matches headings to sections, tolerant of case, punctuation, numbering, plurals and extra words
 * at the end: "Root causes and contributing factors", "3. Root cause:" and "ROOT CAUSE" are all
 * root-cause. The longest matching name wins, so "What went wrong" never matches "What went".
 */
export class SectionMatcher {
  readonly #names: { words: string[]; id: string }[];

  constructor(specs: readonly SectionSpec[]) {
    this.#names = specs
      .flatMap((spec) => [spec.heading, ...spec.aliases].map((name) => ({ words: normalizeHeading(name), id: spec.id })))
      .filter((name) => name.words.length > 0)
      .sort((a, b) => b.words.length - a.words.length);
  }

  match(heading: string): string | undefined {
    const words = normalizeHeading(heading);
    for (const name of this.#names) {
      if (name.words.length <= words.length && name.words.every((word, i) => word === words[i])) return name.id;
    }
    return undefined;
  }
}

/** Lower-case words without numbering, punctuation or a plural s: "2. Root Causes:" → ["root", "cause"]. */
export function normalizeHeading(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/^\s*(?:\d+[.)]|[ivx]+\.)\s*/, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()
    .split(" ")
    .filter((word) => word !== "")
    .map((word) => (word.length > 3 && word.endsWith("s") && !word.endsWith("ss") ? word.slice(0, -1) : word));
}
