import { BUILT_IN_SECTIONS, DEFAULT_PLACEHOLDERS, type PostmortemPolicyFile } from "../../schema/postmortem-policy.js";
import { parseBusinessDays } from "../business-days/deadline.js";
import { SectionMatcher, sectionSpecs, type SectionSpec } from "./section-matcher.js";

/** policies/postmortem.yaml with every default filled in. */
export interface PostmortemPolicy {
  sections: SectionSpec[];
  matcher: SectionMatcher;
  /** Required section ids that are defined (built in or under sections). */
  required: string[];
  /** Required ids that name no section, with their index in required_sections, for the policy rule. */
  undefinedRequired: { id: string; index: number }[];
  placeholders: readonly string[];
  requireOwner: boolean;
  requireDue: boolean;
  /** Business days after resolution an action item may be due at most. */
  longestDue?: number;
  blameless: { enabled: boolean; disable: readonly string[]; phrases: readonly { phrase: string; hint: string }[] };
}

export function resolvePostmortemPolicy(file: PostmortemPolicyFile = {}): PostmortemPolicy {
  const sections = sectionSpecs(file.sections ?? {});
  const defined = new Set(sections.map((section) => section.id));
  const wanted = file.required_sections ?? Object.keys(BUILT_IN_SECTIONS);
  const policy: PostmortemPolicy = {
    sections,
    matcher: new SectionMatcher(sections),
    required: wanted.filter((id) => defined.has(id)),
    undefinedRequired: wanted.flatMap((id, index) => (defined.has(id) ? [] : [{ id, index }])),
    placeholders: file.placeholders ?? DEFAULT_PLACEHOLDERS,
    requireOwner: file.action_items?.require_owner ?? true,
    requireDue: file.action_items?.require_due ?? true,
    blameless: {
      enabled: file.blameless?.enabled ?? true,
      disable: file.blameless?.disable ?? [],
      phrases: file.blameless?.phrases ?? [],
    },
  };
  if (file.action_items?.longest_due !== undefined) policy.longestDue = parseBusinessDays(file.action_items.longest_due);
  return policy;
}
