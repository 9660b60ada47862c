/**
 * What a postmortem's markdown says, as plain data: no mdast nodes are kept, so thousands of
 * parsed postmortems fit in memory and a fixture's expected.json is readable. Every place is a
 * 1-based line and column in postmortem.md itself.
 */

export interface Place {
  line: number;
  column: number;
}

export interface PostmortemModel {
  /** The first level-1 heading, when it is not itself a section. */
  title?: Place & { text: string };
  /** Sections in order: every level-2 heading, and headings at other levels named like a known section. */
  sections: SectionModel[];
  /** Items of the action-items section(s). */
  actionItems: ActionItemModel[];
  /** The timeline section's entries, when there is a timeline section. */
  timeline?: TimelineModel;
  /** Blaming language, unless silenced on its line. */
  blameless: BlamelessFinding[];
}

export interface SectionModel extends Place {
  /** The heading as written, without the #s. */
  heading: string;
  /** The section it counts as (summary, root-cause, ...), when the heading matches one. */
  id?: string;
  /** The heading level; sections are level 2. */
  depth: number;
  /** Nothing but placeholder text, comments or sub-headings under it. */
  empty: boolean;
}

export interface Field extends Place {
  /** The value as written. */
  value: string;
}

export type ActionItemKey = "owner" | "due" | "kind" | "issue";

export interface ActionItemModel extends Place {
  /** true for `- [x]`, false for `- [ ]`, null for a list item without a checkbox. */
  checked: boolean | null;
  /** The item's text without the (Owner: …) part. */
  text: string;
  owner?: Field;
  due?: Field;
  kind?: Field;
  issue?: Field;
  /** Why the item could not be read as written (a bad date, an unknown field, no text). */
  problems: ItemProblem[];
}

export interface ItemProblem extends Place {
  message: string;
  hint?: string;
}

export interface TimelineModel {
  /** "UTC" from a line "All times UTC.", when the section has one. */
  timeZone?: Field;
  entries: TimelineEntry[];
}

export interface TimelineEntry extends Place {
  /** YYYY-MM-DD, when the entry starts with a date. */
  date?: string;
  /** HH:MM, when the entry starts with a time. */
  time?: string;
  text: string;
  /** Statuses the entry announces ("Status: Monitoring", "Status page: Identified"). */
  statuses: (Place & { status: string })[];
}

export interface BlamelessFinding extends Place {
  /** Which check found it: person-as-subject, should-have, ..., or "custom". */
  check: string;
  /** The words found, as written. */
  found: string;
  message: string;
  hint: string;
}
