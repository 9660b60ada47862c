import { makeDiagnostic } from "../../model/make-diagnostic.js";
import { parsedPostmortems } from "../postmortem-scope.js";
import type { Rule } from "../rule.js";

/** Blaming language in a postmortem, each finding with a rewrite hint. Silence a line with <!-- fireline-disable-line blameless -->. */
export const blamelessLanguage: Rule = {
  name: "blameless-language",
  check(context) {
    return parsedPostmortems(context).flatMap(({ model, file }) =>
      model.blameless.map((finding) => makeDiagnostic("blameless-language", file, finding, finding.message, finding.hint)),
    );
  },
};
