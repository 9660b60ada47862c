import type { BlamelessCheck } from "../../schema/postmortem-policy.js";

/** One pattern of blaming language, with the message and the rewrite hint it reports. */
interface Pattern {
  check: BlamelessCheck | "custom";
  /** Matches any capitalised word as a name, so sentence-starting words such as "The" are skipped. */
  anyName?: boolean;
  /**
   * A cheap regex for the words every match ends with (the failure verbs). The full pattern, with
   * its long list of names, then runs only on the text just before each of them: most prose has
   * few such verbs, and trying every name at every position is what makes the check slow.
   */
  anchor?: RegExp;
  regex: RegExp;
  message: (found: string) => string;
  hint: string;
}

export interface BlamelessOptions {
  /** People by handle, with their names, so "Alice broke …" and "@alice forgot …" are recognised. */
  people?: readonly { handle: string; name?: string }[];
  /** Built-in checks switched off by the policy. */
  disable?: readonly string[];
  /** The policy's own phrases. */
  phrases?: readonly { phrase: string; hint: string }[];
}

export interface BlamelessMatch {
  check: string;
  /** Offset of the match in the text given to lint(). */
  index: number;
  found: string;
  message: string;
  hint: string;
}

const SUBJECT_HINT =
  "Make the system or the situation the subject and say why the action made sense at the time: " +
  "'the deploy config had a typo that no check caught' rather than 'Eric made a typo'.";

/** Failures only a person has: any name-like subject followed by one of these is blame. */
const HUMAN_FAILURES = [
  "forgot",
  "forgets",
  "had forgotten",
  "made an? (?:typo|mistake|error|blunder|wrong call)",
  "messed up",
  "screwed up",
  "neglected",
  "botched",
  "fat-fingered",
  "dropped the ball",
  "was careless",
  "was sloppy",
  "did(?: not|n't) (?:check|test|notice|read|follow|bother|think|care|listen)",
  "failed to (?:check|test|notice|read|follow|review|think|communicate|tell)",
  "overlooked",
];
/** Verbs that are fine for a system ("the cache broke") but blame when a person is the subject. */
const ACTION_FAILURES = ["broke", "breaks", "caused", "failed to", "deleted", "missed", "ignored", "introduced", "pushed a bad", "deployed a bad", "took down"];
const ADVERBS = "(?:\\s+(?:accidentally|again|also|just|simply|carelessly|mistakenly|apparently|clearly|obviously|then|once again|completely|totally))*";
/** Capitalised words that start sentences without naming anyone. */
const NOT_NAMES = new Set(
  "the this that these those it its we our they their there here a an one someone somebody nobody everyone everybody anyone each every no who which what when where why how if then so but and or also i you he she his her nothing".split(
    " ",
  ),
);

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function phraseRegex(phrase: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])${phrase.split(/\s+/).map(escape).join("\\s+")}(?![\\p{L}\\p{N}])`, "giu");
}

function builtInPatterns(people: readonly { handle: string; name?: string }[]): Pattern[] {
  const names = new Set<string>();
  for (const person of people) {
    names.add(person.handle);
    if (person.name) {
      names.add(person.name);
      const first = person.name.split(/\s+/)[0];
      if (first !== undefined && first.length > 1) names.add(first);
    }
  }
  const known = [...names].sort((a, b) => b.length - a.length).map((name) => name.split(/\s+/).map(escape).join("\\s+"));
  const knownSubject = `(?:@[a-z0-9][\\w-]*|${known.length > 0 ? `${known.join("|")}|` : ""}he|she)`;
  const human = HUMAN_FAILURES.join("|");
  const action = ACTION_FAILURES.join("|");
  const anchor = (verbs: string) => new RegExp(`\\b(?:${verbs})\\b`, "gi");
  return [
    {
      check: "person-as-subject",
      anchor: anchor(`${human}|${action}`),
      regex: new RegExp(`(?<![\\p{L}\\p{N}@])${knownSubject}${ADVERBS}\\s+(?:${human}|${action})(?![\\p{L}\\p{N}])`, "giu"),
      message: (found) => `'${found}' names a person as the cause of a failure`,
      hint: SUBJECT_HINT,
    },
    {
      check: "person-as-subject",
      // Any capitalised name ("Eric made a typo"), but only with failures no system can have.
      anyName: true,
      anchor: anchor(human),
      regex: new RegExp(`(?<![\\p{L}\\p{N}@])\\p{Lu}\\p{Ll}+${ADVERBS}\\s+(?:${human})(?![\\p{L}\\p{N}])`, "gu"),
      message: (found) => `'${found}' names a person as the cause of a failure`,
      hint: SUBJECT_HINT,
    },
    {
      check: "should-have",
      regex: /(?<![\p{L}\p{N}])(?:should(?:\s+not|n't)?|ought\s+to)\s+have\s+(?=\p{L})\p{L}+/giu,
      message: (found) => `'${found}' judges a past decision with hindsight`,
      hint: "Say what would have helped instead: 'an alert on pool saturation would have caught this' rather than 'we should have added an alert'.",
    },
    {
      check: "careless",
      regex: /(?<![\p{L}\p{N}])(?:careless(?:ly|ness)?|sloppy|sloppiness|reckless(?:ly|ness)?|lazy|laziness)(?![\p{L}\p{N}])/giu,
      message: (found) => `'${found}' judges a person's care instead of describing the conditions`,
      hint: "Describe what made the mistake easy to make: a missing check, a confusing tool, time pressure.",
    },
    {
      check: "human-error",
      regex: /(?<![\p{L}\p{N}])(?:human|operator|user)\s+error(?![\p{L}\p{N}])/giu,
      message: (found) => `'${found}' ends the analysis where it should start`,
      hint: "Name the gap that let the error through (no review, no guard rail, a misleading interface) and what will close it.",
    },
    {
      check: "fault",
      regex: /(?<![\p{L}\p{N}])(?:(?:the\s+)?fault\s+of|(?:his|her|their|my|your)\s+fault|\p{L}+['’]s\s+fault|at\s+fault)(?![\p{L}\p{N}])/giu,
      message: (found) => `'${found}' assigns fault`,
      hint: "A postmortem describes causes, not culprits: say what happened and which conditions allowed it.",
    },
    {
      check: "negligent",
      regex: /(?<![\p{L}\p{N}])(?:negligen(?:t|ce|tly)|irresponsib(?:le|ly|ility)|incompeten(?:t|ce|tly))(?![\p{L}\p{N}])/giu,
      message: (found) => `'${found}' accuses a person`,
      hint: "Describe the action and the information the person had at the time.",
    },
    {
      check: "insult",
      regex: /(?<![\p{L}\p{N}])(?:stupid(?:ity)?|dumb|idiot(?:ic)?|moron(?:ic)?|clueless|brain-?dead|dimwit(?:ted)?)(?![\p{L}\p{N}])/giu,
      message: (found) => `'${found}' is an insult`,
      hint: "Describe what happened neutrally; if something was confusing, say what and why.",
    },
  ];
}

/**
 * Finds blaming language in plain text, after Etsy's and Google's blameless postmortem guides: a
 * person as the subject of a failure, hindsight ("should have"), judgements of character
 * ("careless", "negligent"), "human error" as a cause, fault and insults.
 */
export class BlamelessLinter {
  readonly #patterns: Pattern[];

  constructor(options: BlamelessOptions = {}) {
    const disabled = new Set(options.disable ?? []);
    this.#patterns = [
      ...builtInPatterns(options.people ?? []).filter((pattern) => !disabled.has(pattern.check)),
      ...(options.phrases ?? []).map(
        (phrase): Pattern => ({
          check: "custom",
          regex: phraseRegex(phrase.phrase),
          message: (found) => `'${found}' is on the team's list of blaming phrases`,
          hint: phrase.hint,
        }),
      ),
    ];
  }

  lint(text: string): BlamelessMatch[] {
    const found: BlamelessMatch[] = [];
    const taken: [number, number][] = [];
    for (const pattern of this.#patterns) {
      for (const { index: start, 0: words } of matches(pattern, text)) {
        if (pattern.anyName === true && NOT_NAMES.has(firstWord(words))) continue;
        // One finding per stretch of text: "Eric should have" is one problem, not two.
        const end = start + words.length;
        if (taken.some(([from, to]) => start < to && end > from)) continue;
        taken.push([start, end]);
        found.push({ check: pattern.check, index: start, found: words, message: pattern.message(words.replace(/\s+/g, " ")), hint: pattern.hint });
      }
    }
    return found.sort((a, b) => a.index - b.index);
  }
}

/** Where a pattern matches; with an anchor, only in the stretch of text before each anchor word. */
function matches(pattern: Pattern, text: string): { index: number; 0: string }[] {
  if (!pattern.anchor) return [...text.matchAll(pattern.regex)];
  const found = new Map<number, { index: number; 0: string }>();
  for (const verb of text.matchAll(pattern.anchor)) {
    const end = verb.index + verb[0].length;
    const from = Math.max(0, verb.index - WINDOW);
    for (const match of text.slice(from, end).matchAll(pattern.regex)) {
      const index = from + match.index;
      // A match cut short by the window's start would be found in full from an earlier one.
      if (match.index === 0 && from > 0) continue;
      if (!found.has(index)) found.set(index, { index, 0: match[0] });
    }
  }
  return [...found.values()].sort((a, b) => a.index - b.index);
}

/** How far before a failure verb its subject may start: a full name and a few adverbs. */
const WINDOW = 120;

function firstWord(text: string): string {
  return (text.split(/\s+/)[0] ?? "").toLowerCase();
}
