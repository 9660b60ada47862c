import type { Diagnostic } from "../../model/diagnostic.js";
import { makeDiagnostic } from "../../model/make-diagnostic.js";
import { parsedPostmortems, softenForDraft } from "../postmortem-scope.js";
import type { Rule } from "../rule.js";

/**
 * The sections the postmortem policy requires are there (missing-section), hold more than
 * placeholder text (empty-section), appear once (duplicate-section) and are level-2 headings
 * (section-heading-level). Missing and empty sections are notices in a draft.
 */
export const postmortemSections: Rule = {
  name: "missing-section",
  check(context) {
    const policy = context.postmortems?.policy;
    if (!policy) return [];
    const headingOf = new Map(policy.sections.map((section) => [section.id, section.heading]));
    const found: Diagnostic[] = [];
    for (const { postmortem, model, file } of parsedPostmortems(context)) {
      const seen = new Map<string, number>();
      for (const section of model.sections) {
        const id = section.id;
        if (id === undefined) continue;
        const first = seen.get(id);
        if (first !== undefined) {
          found.push(
            makeDiagnostic(
              "duplicate-section",
              file,
              section,
              `'${section.heading}' is a second ${headingOf.get(id) ?? id} section; the first is on line ${first}`,
              "Merge the two sections, or rename one if it is about something else.",
            ),
          );
          continue;
        }
        seen.set(id, section.line);
        if (section.depth !== 2) {
          found.push(
            makeDiagnostic(
              "section-heading-level",
              file,
              section,
              `'${section.heading}' is a level-${section.depth} heading; postmortem sections are level 2`,
              `Write it as ## ${section.heading}.`,
            ),
          );
        }
        if (section.empty && policy.required.includes(id)) {
          found.push(
            softenForDraft(
              makeDiagnostic("empty-section", file, section, `the ${headingOf.get(id) ?? id} section is empty or holds only placeholder text`, "Write the section, or remove the placeholder once it is done."),
              postmortem,
            ),
          );
        }
      }
      const missingAt = model.title ?? { line: postmortem.bodyLine, column: 1 };
      for (const id of policy.required) {
        if (seen.has(id)) continue;
        const heading = headingOf.get(id) ?? id;
        found.push(
          softenForDraft(
            makeDiagnostic("missing-section", file, missingAt, `the postmortem has no ${heading} section`, `Add a section headed ## ${heading}.`),
            postmortem,
          ),
        );
      }
    }
    return found;
  },
};
