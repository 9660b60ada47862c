import type { IncidentFacts } from "./incident-facts.js";

/**
 * A later incident *recurs* an earlier one when it started at most `windowMs` after it, they share
 * a service, and either they share at least `minSharedTags` tags or their titles are similar:
 * the Jaccard similarity of their title words (lower-cased, words of three letters or more,
 * common words such as "the" and "some" left out) is at least `minTitleSimilarity`.
 */
export interface RecurrenceSettings {
  windowMs: number;
  minSharedTags: number;
  minTitleSimilarity: number;
}

export const DEFAULT_RECURRENCE_WINDOW = "180d";
export const DEFAULT_MIN_SHARED_TAGS = 2;
export const DEFAULT_MIN_TITLE_SIMILARITY = 0.5;

export interface Recurrence {
  /** The later incident. */
  incident: string;
  /** The most recent earlier incident it repeats. */
  repeats: string;
  /** Services both affected, in the later incident's order. */
  services: string[];
  sharedTags: string[];
  /** Jaccard similarity of the title words, 0 to 1, two decimals. */
  titleSimilarity: number;
  /** started_at of the later minus started_at of the earlier. */
  apartMs: number;
}

const STOP_WORDS = new Set(
  "the and for with from into during after before some all any are was were has had not our your their its this that than then via per about over under out off".split(" "),
);

/**
 * For each incident that `counts` (those in the period), the most recent earlier incident it
 * recurs, if any. Earlier incidents may lie before the period: a repeat of last year's incident
 * is still a repeat. Sorted by the later incident's id.
 *
 * Each incident's tags and title words are interned once as sorted numbers, so comparing two
 * incidents allocates nothing: with a hundred thousand incidents, most of the time goes into
 * those comparisons.
 */
export function findRecurrences(incidents: readonly IncidentFacts[], counts: (incident: IncidentFacts) => boolean, settings: RecurrenceSettings): Recurrence[] {
  const prepared = prepare(incidents);
  const byService = new Map<string, Prepared[]>();
  for (const item of prepared) {
    for (const service of item.incident.services) {
      let list = byService.get(service);
      if (!list) byService.set(service, (list = []));
      list.push(item);
    }
  }
  for (const list of byService.values()) list.sort(byStart);

  const found: Recurrence[] = [];
  for (const later of prepared) {
    if (!counts(later.incident)) continue;
    let best: Prepared | undefined;
    for (const service of later.incident.services) {
      const list = byService.get(service) ?? [];
      for (let i = upperBound(list, later) - 1; i >= 0; i--) {
        const earlier = list[i];
        if (!earlier) break;
        if (later.start - earlier.start > settings.windowMs) break;
        if (earlier === later) continue;
        if (best && byStart(earlier, best) <= 0) break;
        if (similar(later, earlier, settings)) {
          best = earlier;
          break;
        }
      }
    }
    if (best) found.push(describe(later, best));
  }
  return found.sort((a, b) => (a.incident < b.incident ? -1 : a.incident > b.incident ? 1 : 0));
}

interface Prepared {
  incident: IncidentFacts;
  start: number;
  /** Interned tag and title-word ids, ascending. */
  tags: Int32Array;
  words: Int32Array;
}

function prepare(incidents: readonly IncidentFacts[]): Prepared[] {
  const ids = new Map<string, number>();
  const intern = (values: Iterable<string>) => {
    const numbers: number[] = [];
    for (const value of values) {
      let id = ids.get(value);
      if (id === undefined) ids.set(value, (id = ids.size));
      numbers.push(id);
    }
    return Int32Array.from(new Set(numbers)).sort();
  };
  // Titles repeat ("Elevated error rates on Checkout"), so each is split into words once.
  const wordsOfTitle = new Map<string, Int32Array>();
  // Tags and words get separate id spaces in one map by prefixing: "t:" and "w:".
  return incidents.map((incident) => {
    let words = wordsOfTitle.get(incident.title);
    if (!words) wordsOfTitle.set(incident.title, (words = intern([...titleWords(incident.title)].map((word) => `w:${word}`))));
    return { incident, start: incident.at.started, tags: intern(incident.tags.map((tag) => `t:${tag}`)), words };
  });
}

function similar(a: Prepared, b: Prepared, settings: RecurrenceSettings): boolean {
  if (settings.minSharedTags > 0 && sharedCount(a.tags, b.tags) >= settings.minSharedTags) return true;
  const small = Math.min(a.words.length, b.words.length);
  const large = Math.max(a.words.length, b.words.length);
  // |A ∩ B| ≤ min and |A ∪ B| ≥ max, so the similarity cannot reach the threshold when min/max is below it.
  if (large === 0 || small / large < settings.minTitleSimilarity) return false;
  const both = sharedCount(a.words, b.words);
  return both / (a.words.length + b.words.length - both) >= settings.minTitleSimilarity;
}

/** How many numbers two ascending arrays share. */
function sharedCount(a: Int32Array, b: Int32Array): number {
  let count = 0;
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] ?? 0;
    const y = b[j] ?? 0;
    if (x === y) {
      count++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return count;
}

function describe(later: Prepared, earlier: Prepared): Recurrence {
  const both = sharedCount(later.words, earlier.words);
  const either = later.words.length + earlier.words.length - both;
  return {
    incident: later.incident.id,
    repeats: earlier.incident.id,
    services: later.incident.services.filter((service) => earlier.incident.services.includes(service)),
    sharedTags: later.incident.tags.filter((tag) => earlier.incident.tags.includes(tag)),
    titleSimilarity: either === 0 ? 0 : Math.round((both / either) * 100) / 100,
    apartMs: later.start - earlier.start,
  };
}

/** Started earlier first; the id breaks ties, so "earlier" is a strict order. */
function byStart(a: Prepared, b: Prepared): number {
  return a.start - b.start || (a.incident.id < b.incident.id ? -1 : a.incident.id > b.incident.id ? 1 : 0);
}

/** Index of the first item of the sorted list that comes after `item` in byStart order. */
function upperBound(list: readonly Prepared[], item: Prepared): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    const entry = list[mid];
    if (entry && byStart(entry, item) <= 0) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Lower-case words of three letters or more, without common words. */
export function titleWords(title: string): Set<string> {
  return new Set(
    title
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((word) => word.length >= 3 && !STOP_WORDS.has(word)),
  );
}

/** |A ∩ B| / |A ∪ B|; 0 when both are empty. */
export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let both = 0;
  for (const word of a) if (b.has(word)) both++;
  const either = a.size + b.size - both;
  return either === 0 ? 0 : both / either;
}
