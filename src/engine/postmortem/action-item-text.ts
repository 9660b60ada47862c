import { Temporal } from "temporal-polyfill";
import { didYouMean, listWords } from "../../load/did-you-mean.js";
import type { ActionItemKey } from "./model.js";

/** What an action item is for (the seeds' and Google's categories). */
export const ACTION_ITEM_KINDS = ["prevent", "mitigate", "detect", "process"] as const;

const KEYS: readonly ActionItemKey[] = ["owner", "due", "kind", "issue"];
const KEY_LABEL: Record<ActionItemKey, string> = { owner: "Owner", due: "Due", kind: "Kind", issue: "Issue" };
/** The parenthesised group that holds an item's fields: the last one naming a known key. */
const GROUP = /\(([^()]*)\)/g;
const HAS_KEY = /(?:^|,)\s*(owner|due|kind|issue)\s*:/i;

export interface RawField {
  key: ActionItemKey;
  value: string;
  /** Offsets into the text given to splitActionItem. */
  keyOffset: number;
  valueOffset: number;
}

export interface RawProblem {
  offset: number;
  message: string;
  hint?: string;
}

export interface SplitItem {
  fields: RawField[];
  problems: RawProblem[];
  /** Where the (…) group starts, when there is one. */
  groupOffset?: number;
}

/**
 * Reads the fields of an action item's markdown, `Add alert (Owner: @alice, Due: 2026-03-20,
 * Kind: detect, Issue: #123)`. Pure string work; offsets let the caller point at the markdown.
 */
export function splitActionItem(markdown: string): SplitItem {
  const group = lastFieldGroup(markdown);
  if (!group) return { fields: [], problems: [] };
  const fields: RawField[] = [];
  const problems: RawProblem[] = [];
  let offset = group.offset + 1;
  let previous: ActionItemKey | undefined;
  for (const part of group.inner.split(",")) {
    const partOffset = offset;
    offset += part.length + 1;
    const leading = part.length - part.trimStart().length;
    const text = part.trim();
    if (text === "") continue;
    const colon = text.indexOf(":");
    if (colon === -1) {
      problems.push({
        offset: partOffset + leading,
        message:
          previous === "owner"
            ? `'${text}' follows the owner: an action item has exactly one owner`
            : `'${text}' is not a field; write Key: value`,
        hint: previous === "owner" ? "Split the item, one per owner, or name the one person who drives it." : "Fields are Owner, Due, Kind and Issue, separated by commas.",
      });
      continue;
    }
    const name = text.slice(0, colon).trim();
    const value = text.slice(colon + 1).trim();
    const key = KEYS.find((k) => k === name.toLowerCase());
    if (!key) {
      const guess = didYouMean(name.toLowerCase(), [...KEYS, "deadline", "assignee"]);
      const mapped = guess === "deadline" ? "due" : guess === "assignee" ? "owner" : guess;
      problems.push({
        offset: partOffset + leading,
        message: `unknown field '${name}'${mapped ? `; did you mean '${KEY_LABEL[mapped as ActionItemKey]}'?` : ""}`,
        hint: "The fields are Owner, Due, Kind and Issue.",
      });
      continue;
    }
    previous = key;
    const valueOffset = partOffset + leading + text.indexOf(value, colon + 1);
    if (fields.some((field) => field.key === key)) {
      problems.push({ offset: partOffset + leading, message: `${KEY_LABEL[key]} is given twice`, hint: "Keep one." });
      continue;
    }
    const problem = checkValue(key, value);
    if (problem) {
      problems.push({ offset: value === "" ? partOffset + leading : valueOffset, ...problem });
      continue;
    }
    fields.push({ key, value, keyOffset: partOffset + leading, valueOffset });
  }
  return { fields, problems, groupOffset: group.offset };
}

/** The text before the (Owner: …) group: the item's title. */
export function itemTitle(text: string): string {
  const group = lastFieldGroup(text);
  const title = group ? text.slice(0, group.offset) + text.slice(group.offset + group.inner.length + 2) : text;
  return title.replace(/\s+/g, " ").trim();
}

function lastFieldGroup(text: string): { offset: number; inner: string } | undefined {
  let found: { offset: number; inner: string } | undefined;
  for (const match of text.matchAll(GROUP)) {
    const inner = match[1] ?? "";
    if (HAS_KEY.test(inner)) found = { offset: match.index, inner };
  }
  return found;
}

function checkValue(key: ActionItemKey, value: string): { message: string; hint?: string } | undefined {
  if (value === "") return { message: `${KEY_LABEL[key]} is empty` };
  switch (key) {
    case "owner":
      return undefined;
    case "due":
      return checkDate(value);
    case "kind": {
      if ((ACTION_ITEM_KINDS as readonly string[]).includes(value.toLowerCase())) return undefined;
      const guess = didYouMean(value.toLowerCase(), ACTION_ITEM_KINDS);
      return {
        message: `Kind: '${value}' is not a kind${guess ? `; did you mean '${guess}'?` : ""}`,
        hint: `Kinds are ${listWords([...ACTION_ITEM_KINDS])}.`,
      };
    }
    case "issue":
      return ISSUE_REFERENCE.test(value)
        ? undefined
        : { message: `Issue: '${value}' is not an issue reference`, hint: "Write #123, owner/repo#123 or the issue's https://github.com/…/issues/123 URL." };
  }
}

/** #123, owner/repo#123, or a GitHub issue URL. */
export const ISSUE_REFERENCE = /^(?:#\d+|[\w.-]+\/[\w.-]+#\d+|https:\/\/github\.com\/[\w.-]+\/[\w.-]+\/issues\/\d+)$/;

function checkDate(value: string): { message: string; hint?: string } | undefined {
  const hint = "Write the due date as YYYY-MM-DD, e.g. 2026-03-20.";
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return { message: `Due: '${value}' is not a date written YYYY-MM-DD`, hint };
  try {
    Temporal.PlainDate.from(value, { overflow: "reject" });
    return undefined;
  } catch {
    return { message: `Due: '${value}' is not a date in the calendar`, hint };
  }
}
