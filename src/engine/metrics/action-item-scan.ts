import type { ActionItemModel } from "../postmortem/model.js";
import { itemTitle, splitActionItem } from "../postmortem/action-item-text.js";
import type { SectionMatcher } from "../postmortem/section-matcher.js";

/** The parts of an action item the metrics use. */
export interface ScannedItem {
  checked: boolean | null;
  text: string;
  owner?: string;
  due?: string;
}

export interface ScanOptions {
  sections: SectionMatcher;
  placeholders: readonly string[];
}

/**
 * Reads the action items of a postmortem body without a markdown parser, for the common case
 * where the action-items section is nothing but one-line task items (`- [ ] text (Owner: @a,
 * Due: 2026-03-20)`) and blank lines. Returns undefined whenever the markdown holds anything that
 * could make remark read it differently (fenced code, HTML comments across lines, setext
 * headings, nested or wrapped items, inline markup, placeholder text, other content in the
 * section): the caller then parses it with the full postmortem parser. When it does answer, the
 * answer is what `analyzePostmortem` gives (a test checks that on every postmortem it can find).
 *
 * Parsing every postmortem with remark costs several milliseconds each; this costs microseconds,
 * which keeps `fireline metrics` close to the time it takes just to load the workspace.
 */
export function scanActionItems(body: string, options: ScanOptions): ScannedItem[] | undefined {
  if (body.includes("```") || body.includes("~~~") || body.includes("\t")) return undefined;
  const lines = body.split(/\r?\n/);
  const placeholder = placeholderTest(options.placeholders);
  const items: ScannedItem[] = [];
  let inSection = false;
  let previousBlank = true;
  for (const line of lines) {
    const blank = line.trim() === "";
    if (unsafeLine(line, previousBlank)) return undefined;
    const heading = ATX_HEADING.exec(line);
    if (heading) {
      const depth = heading[1]?.length ?? 0;
      const text = heading[2] ?? "";
      if (/[\\[<&`]/.test(text)) return undefined;
      const id = options.sections.match(text.trim());
      if (depth === 2 || id !== undefined) inSection = id === "action-items";
      else if (depth === 1) inSection = false;
      else if (inSection) return undefined;
    } else if (inSection && !blank) {
      const item = TASK_ITEM.exec(line);
      const rest = item?.[2];
      if (rest === undefined || /[\\`*_[\]<>&!~|]/.test(rest) || placeholder(rest)) return undefined;
      items.push(scanned(item?.[1] !== " ", rest.trim()));
    }
    previousBlank = blank;
  }
  return items;
}

/** The same facts from the full parser's model. */
export function fromModel(items: readonly ActionItemModel[]): ScannedItem[] {
  return items.map((item) => {
    const found: ScannedItem = { checked: item.checked, text: item.text };
    if (item.owner) found.owner = item.owner.value;
    if (item.due) found.due = item.due.value;
    return found;
  });
}

/** `## Heading` at the left margin, with an optional closing run of #s. */
const ATX_HEADING = /^(#{1,6})(?:[ ]+(.*?))?(?:[ ]+#+)?[ ]*$/;
/** A one-line task item at the left margin: `- [ ] text`, `* [x] text`. */
const TASK_ITEM = /^[-*+] \[( |x|X)\] +(\S.*)$/;
/** Lines that would need a real parser: setext underlines, HTML blocks, block quotes, tables, indented headings or code, thematic breaks. */
function unsafeLine(line: string, previousBlank: boolean): boolean {
  if (/^ {0,3}(=+|-+) *$/.test(line)) return true;
  if (/^ {0,3}(<|>|\|)/.test(line) || /^ {1,3}#/.test(line)) return true;
  if (/^ {0,3}([-*_])( *\1){2,} *$/.test(line)) return true;
  return previousBlank && /^ {4}/.test(line);
}

function scanned(checked: boolean, markdown: string): ScannedItem {
  const item: ScannedItem = { checked, text: itemTitle(markdown) };
  for (const field of splitActionItem(markdown).fields) {
    if (field.key === "owner") item.owner = field.value;
    else if (field.key === "due") item.due = field.value;
  }
  return item;
}

/** As the postmortem parser decides a paragraph is template text. */
function placeholderTest(prefixes: readonly string[]): (text: string) => boolean {
  if (prefixes.length === 0) return () => false;
  const escaped = prefixes.map((prefix) => prefix.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  const regex = new RegExp(`^[^\\p{L}\\p{N}]*(?:${escaped.join("|")})(?![\\p{L}\\p{N}])`, "iu");
  return (text) => regex.test(text.trim());
}
