import type { TrackerLabel } from "../ports.js";

/**
 * The labels to create: those wanted that the repository does not have yet. GitHub compares label
 * names without regard to case, so "Sev1" counts as an existing "sev1" (creating it would fail).
 * Each name is planned once, in the order wanted, whatever duplicates `wanted` holds.
 */
export function planLabels(wanted: readonly TrackerLabel[], existing: readonly TrackerLabel[]): TrackerLabel[] {
  const taken = new Set(existing.map((label) => label.name.toLowerCase()));
  const planned: TrackerLabel[] = [];
  for (const label of wanted) {
    const key = label.name.toLowerCase();
    if (taken.has(key)) continue;
    taken.add(key);
    planned.push({ ...label });
  }
  return planned;
}
