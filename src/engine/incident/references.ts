import { didYouMean, listWords } from "../../load/did-you-mean.js";
import type { Problem } from "./problem.js";

/**
 * A usage problem when `value` is not among `known`, with the likely typo or the list of names.
 * `known` undefined means the defining file did not load; validation reports that, not this.
 */
export function unknownName(noun: string, value: string, known: Iterable<string> | undefined, definedIn: string): Problem | undefined {
  if (known === undefined) return undefined;
  const names = [...known];
  if (names.includes(value)) return undefined;
  const guess = didYouMean(value, names);
  const message = `unknown ${noun} '${value}'${guess ? `; did you mean '${guess}'?` : ""}`;
  const hint = names.length > 0 && names.length <= 12 ? `Known: ${listWords(names)} (from ${definedIn}).` : `See ${definedIn}.`;
  return { kind: "usage", message, hint };
}
