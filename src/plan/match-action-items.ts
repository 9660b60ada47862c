/** An item of one postmortem, as matching sees it. */
export interface ItemKey {
  textHash: string;
  /** The number in the item's `Issue: #123`, when it names one in this repository. */
  issueNumber?: number;
}

/** An issue of the same incident found by its marker. */
export interface IssueKey {
  number: number;
  serial: number;
  textHash: string;
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
 * issue carries gets that issue, the earliest first when texts repeat (survives reordering and
 * insertions); (3) the remaining items and the remaining open issues pair up in order (an edited
 * text keeps its issue). A closed issue is never paired by order: that would hand a finished
 * item's issue to a new item.
 */
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
  items.forEach((item, index) => {
    if (issueOf[index] !== undefined || item.issueNumber !== undefined) return;
    const found = ordered.find((issue) => !taken.has(issue.number) && issue.textHash === item.textHash);
    if (found) claim(index, found.number);
  });
  const spare = ordered.filter((issue) => issue.open && !taken.has(issue.number));
  items.forEach((item, index) => {
    if (issueOf[index] !== undefined || item.issueNumber !== undefined) return;
    const next = spare.shift();
    if (next) claim(index, next.number);
  });
  return { issueOf, unclaimed: ordered.filter((issue) => !taken.has(issue.number)) };
}
