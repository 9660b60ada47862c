/** An item of one postmortem, as matching sees it. */
export interface ItemKey {
  textHash: string;
  /** The issue title the item wants. */
  title: string;
  /** Ticked: the item may take a closed issue by order. */
  checked: boolean;
  /** The number in the item's `Issue: #123`, when it names one in this repository. */
  issueNumber?: number;
}

/** An issue of the same incident found by its marker. */
export interface IssueKey {
  number: number;
  serial: number;
  textHash: string;
  title: string;
  open: boolean;
}

export interface Matching {
  /** For each item (by index), the issue number it belongs to, if any. */
  issueOf: (number | undefined)[];
  /** Issues no item claimed, in serial order. */
  unclaimed: IssueKey[];
}

/**
 * Pairs one postmortem's items with the issues fireline made for them, never two items with one
 * issue: (1) an item naming its issue (`Issue: #123`) gets it; (2) an item whose text hash an
 * issue carries gets that issue (survives reordering and insertions), preferring one whose title
 * is already the item's and whose state agrees with the box, so items whose texts differ only in
 * case or spacing, or repeat, keep their own issues instead of swapping them on every run; (3) the remaining items and the remaining open issues pair up in order (an edited
 * text keeps its issue). A closed issue is never paired by order: that would hand a finished
 * item's issue to a new item.
 */
const sameTitle = (item: ItemKey, issue: IssueKey) => issue.title === item.title;
const sameState = (item: ItemKey, issue: IssueKey) => issue.open !== item.checked;
const HASH_PASSES: ((item: ItemKey, issue: IssueKey) => boolean)[] = [
  (item, issue) => sameTitle(item, issue) && sameState(item, issue),
  sameTitle,
  sameState,
  () => true,
];

export function matchActionItems(items: readonly ItemKey[], issues: readonly IssueKey[]): Matching {
  const ordered = [...issues].sort((a, b) => a.serial - b.serial || a.number - b.number);
  const taken = new Set<number>();
  const issueOf: (number | undefined)[] = items.map(() => undefined);
  const claim = (index: number, number: number) => {
    issueOf[index] = number;
    taken.add(number);
  };
  items.forEach((item, index) => {
    if (item.issueNumber !== undefined && !taken.has(item.issueNumber)) claim(index, item.issueNumber);
  });
  for (const pass of HASH_PASSES) {
    items.forEach((item, index) => {
      if (issueOf[index] !== undefined || item.issueNumber !== undefined) return;
      const found = ordered.find((issue) => !taken.has(issue.number) && issue.textHash === item.textHash && pass(item, issue));
      if (found) claim(index, found.number);
    });
  }
  items.forEach((item, index) => {
    if (issueOf[index] !== undefined || item.issueNumber !== undefined) return;
    const next = ordered.find((issue) => !taken.has(issue.number) && (issue.open || item.checked));
    if (next) claim(index, next.number);
  });
  return { issueOf, unclaimed: ordered.filter((issue) => !taken.has(issue.number)) };
}
