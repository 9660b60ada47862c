/**
 * The issue number an action item's `Issue:` names in `repository`, or "elsewhere" for another
 * repository's issue. `#12`, `owner/name#12` and `https://…/owner/name/issues/12` are understood.
 */
export function issueNumberIn(reference: string, repository: string): number | "elsewhere" {
  const local = /^#(\d+)$/.exec(reference);
  if (local) return Number(local[1]);
  const qualified = /^([\w.-]+\/[\w.-]+)#(\d+)$/.exec(reference) ?? /^https:\/\/[^/]+\/([\w.-]+\/[\w.-]+)\/issues\/(\d+)$/.exec(reference);
  if (qualified?.[1] === undefined || qualified[1].toLowerCase() !== repository.toLowerCase()) return "elsewhere";
  return Number(qualified[2]);
}
