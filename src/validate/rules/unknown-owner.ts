import type { Diagnostic } from "../../model/diagnostic.js";
import { makeDiagnostic } from "../../model/make-diagnostic.js";
import { didYouMean } from "../../load/did-you-mean.js";
import { parsedPostmortems } from "../postmortem-scope.js";
import type { Rule } from "../rule.js";

/**
 * An action item's owner is a handle in people.yaml, with or without the @, in any case. A person's name
 * ("Alice Moreau", "Alice") is reported with the handle to use instead, since issues are assigned
 * and reminders sent by handle.
 */
export const unknownOwner: Rule = {
  name: "unknown-owner",
  check(context) {
    const people = context.workspace.people?.data.people;
    if (!people) return [];
    const handles = Object.keys(people);
    const found: Diagnostic[] = [];
    for (const { model, file } of parsedPostmortems(context)) {
      for (const item of model.actionItems) {
        const owner = item.owner;
        if (!owner) continue;
        const handle = owner.value.replace(/^@/, "");
        // Handles are lower-case; @Alice is still alice.
        if (Object.hasOwn(people, handle.toLowerCase())) continue;
        const byName = Object.entries(people).filter(
          ([, person]) => person.name.toLowerCase() === handle.toLowerCase() || person.name.split(/\s+/)[0]?.toLowerCase() === handle.toLowerCase(),
        );
        const named = byName.length === 1 ? byName[0] : undefined;
        const guess = named ? undefined : didYouMean(handle, handles);
        const message = named
          ? `Owner: '${owner.value}' is a name; the owner is written as a handle, here @${named[0]}`
          : `Owner: unknown person '${owner.value}'${guess ? `; did you mean '@${guess}'?` : ""}`;
        found.push(
          makeDiagnostic(
            "unknown-owner",
            file,
            owner,
            message,
            named ? `Write Owner: @${named[0]}.` : `Add '${handle}' to people.yaml, or use a handle that is there.`,
          ),
        );
      }
    }
    return found;
  },
};
