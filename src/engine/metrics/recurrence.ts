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
 */
export function findRecurrences(incidents: readonly IncidentFacts[], counts: (incident: IncidentFacts) => boolean, settings: RecurrenceSettings): Recurrence[] {
  const byService = new Map<string, IncidentFacts[]>();
  for (const incident of incidents) {
    for (const service of incident.services) {
      let list = byService.get(service);
      if (!list) byService.set(service, (list = []));
      list.push(incident);
    }
  }
  for (const list of byService.values()) list.sort(byStart);
  const words = new WordSets();

  const found: Recurrence[] = [];
  for (const later of incidents) {
    if (!counts(later)) continue;
    let best: IncidentFacts | undefined;
    for (const service of later.services) {
      const list = byService.get(service) ?? [];
      for (let i = upperBound(list, later) - 1; i >= 0; i--) {
        const earlier = list[i];
        if (!earlier) break;
        if (later.at.started - earlier.at.started > settings.windowMs) break;
        if (earlier === later) continue;
        if (best && byStart(earlier, best) <= 0) break;
        if (similar(later, earlier, settings, words)) {
          best = earlier;
          break;
        }
      }
    }
    if (best) found.push(describe(later, best, words));
  }
  return found.sort((a, b) => (a.incident < b.incident ? -1 : a.incident > b.incident ? 1 : 0));
}

function similar(a: IncidentFacts, b: IncidentFacts, settings: RecurrenceSettings, words: WordSets): boolean {
  if (sharedTags(a, b).length >= settings.minSharedTags) return true;
  return jaccard(words.of(a), words.of(b)) >= settings.minTitleSimilarity;
}

function describe(later: IncidentFacts, earlier: IncidentFacts, words: WordSets): Recurrence {
  return {
    incident: later.id,
    repeats: earlier.id,
    services: later.services.filter((service) => earlier.services.includes(service)),
    sharedTags: sharedTags(later, earlier),
    titleSimilarity: Math.round(jaccard(words.of(later), words.of(earlier)) * 100) / 100,
    apartMs: later.at.started - earlier.at.started,
  };
}

function sharedTags(a: IncidentFacts, b: IncidentFacts): string[] {
  return a.tags.filter((tag) => b.tags.includes(tag));
}

/** Started earlier first; the id breaks ties, so "earlier" is a strict order. */
function byStart(a: IncidentFacts, b: IncidentFacts): number {
  return a.at.started - b.at.started || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Index of the first incident of the sorted list that comes after `incident` in byStart order. */
function upperBound(list: readonly IncidentFacts[], incident: IncidentFacts): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    const item = list[mid];
    if (item && byStart(item, incident) <= 0) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The title words of each incident, computed once. */
class WordSets {
  readonly #sets = new Map<string, ReadonlySet<string>>();

  of(incident: IncidentFacts): ReadonlySet<string> {
    let set = this.#sets.get(incident.id);
    if (!set) this.#sets.set(incident.id, (set = titleWords(incident.title)));
    return set;
  }
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
