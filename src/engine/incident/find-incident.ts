import { didYouMean } from "../../load/did-you-mean.js";
import { planned, usage, type Planned } from "./problem.js";

/** The slug part of `2026-11-23-payments-api-elevated-declines`. */
function slugOf(id: string): string {
  return /^\d{4}-\d{2}-\d{2}-(.+)$/.exec(id)?.[1] ?? id;
}

/**
 * The incident a user means: its id, its folder or file path, its slug, or the end of its id from a
 * dash on (`elevated-declines`) when only one incident has it. Otherwise a usage problem naming
 * every candidate, or the nearest id.
 */
export function resolveIncidentId(input: string, ids: readonly string[]): Planned<string> {
  const cleaned = input.trim().replace(/^(\.\/)?(incidents\/)?/, "").replace(/\/(incident\.yaml)?$/, "");
  if (ids.includes(cleaned)) return planned(cleaned);
  const bySlug = ids.filter((id) => slugOf(id) === cleaned);
  const matches = bySlug.length > 0 ? bySlug : ids.filter((id) => cleaned !== "" && id.endsWith(`-${cleaned}`));
  if (matches.length === 1 && matches[0] !== undefined) return planned(matches[0]);
  if (matches.length > 1) return usage(`'${input}' names ${matches.length} incidents: ${matches.join(", ")}`, "Give the full id, with its date.");
  const containing = cleaned.length >= 3 ? ids.filter((id) => slugOf(id).includes(cleaned)) : [];
  if (containing.length > 1) return usage(`no incident '${input}'; ${containing.length} incidents have it in their id: ${containing.join(", ")}`, "Give the full id, with its date.");
  const nearest = nearestId(cleaned, ids);
  return usage(
    `no incident '${input}'${nearest ? `; did you mean '${nearest}'?` : ""}`,
    "`fireline incident list` shows every incident id.",
  );
}

function nearestId(input: string, ids: readonly string[]): string | undefined {
  const byId = didYouMean(input, ids);
  if (byId) return byId;
  const slug = didYouMean(slugOf(input), ids.map(slugOf));
  if (slug) return ids.find((id) => slugOf(id) === slug);
  const containing = ids.filter((id) => id.includes(input) || (input.length >= 4 && input.includes(slugOf(id))));
  return containing.length === 1 ? containing[0] : undefined;
}
