import { makeDiagnostic } from "../../model/make-diagnostic.js";
import type { Diagnostic } from "../../model/diagnostic.js";
import type { Rule } from "../rule.js";

/** Action items are assigned by GitHub login, so two people must not share one. */
export const duplicateGithubLogin: Rule = {
  name: "duplicate-github-login",
  check({ workspace }) {
    const people = workspace.people;
    if (!people) return [];
    const seen = new Map<string, string>();
    const found: Diagnostic[] = [];
    for (const [handle, person] of Object.entries(people.data.people)) {
      if (person.github === undefined) continue;
      const login = person.github.toLowerCase(); // GitHub logins are case-insensitive
      const first = seen.get(login);
      if (first === undefined) seen.set(login, handle);
      else {
        found.push(
          makeDiagnostic("duplicate-github-login", people.source.path, people.source.locate(["people", handle, "github"]), `${handle} and ${first} share the GitHub login '${person.github}'`),
        );
      }
    }
    return found;
  },
};
