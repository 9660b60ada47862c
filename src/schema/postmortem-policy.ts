import { Type } from "@sinclair/typebox";
import { BUSINESS_DAYS_PATTERN, Id, MapOf, StringEnum, Strict, type Static } from "./common.js";
import { EnforcementSchema } from "./deadline-enforcement.js";

/** The sections fireline knows, after the seeds and the Google SRE template, in their usual order. */
export const BUILT_IN_SECTIONS = {
  summary: { heading: "Summary", aliases: ["Executive summary", "Overview", "Incident summary"] },
  impact: { heading: "Impact", aliases: ["Customer impact", "Business impact"] },
  timeline: { heading: "Timeline", aliases: ["Timeline of events", "Chronology"] },
  "root-cause": {
    heading: "Root cause and contributing factors",
    aliases: ["Root cause", "Root causes", "Causes", "Contributing factors", "Root cause analysis", "Trigger and root cause"],
  },
  resolution: { heading: "Resolution", aliases: ["Resolution and recovery", "Recovery", "Mitigation and resolution"] },
  "what-went-well": { heading: "What went well", aliases: ["Went well", "Things that went well"] },
  "what-went-wrong": { heading: "What went wrong", aliases: ["Went wrong", "What went badly", "What went poorly", "Things that went wrong"] },
  "where-we-got-lucky": { heading: "Where we got lucky", aliases: ["Got lucky", "Where we were lucky", "Lucky"] },
  "action-items": { heading: "Action items", aliases: ["Follow-up actions", "Follow-ups", "Follow-up items", "Corrective actions"] },
  "lessons-learned": { heading: "Lessons learned", aliases: ["Lessons", "Learnings", "Key takeaways", "Takeaways"] },
} as const satisfies Record<string, { heading: string; aliases: readonly string[] }>;

export type BuiltInSectionId = keyof typeof BUILT_IN_SECTIONS;

/** The blameless checks, each of which a team can switch off. */
export const BLAMELESS_CHECKS = ["person-as-subject", "should-have", "careless", "human-error", "fault", "negligent", "insult"] as const;
export type BlamelessCheck = (typeof BLAMELESS_CHECKS)[number];

export const DEFAULT_PLACEHOLDERS = ["TODO", "TBD", "To be completed", "To be written", "To be confirmed"] as const;

export const PostmortemPolicySchema = Strict(
  {
    required_sections: Type.Optional(
      Type.Array(Id("A section id.", ["timeline"]), {
        uniqueItems: true,
        description:
          "Sections every postmortem needs, by id: summary, impact, timeline, root-cause, resolution, what-went-well, what-went-wrong, where-we-got-lucky, action-items, lessons-learned, or one defined under sections. Default: all ten.",
        examples: [["summary", "impact", "timeline", "root-cause", "action-items"]],
      }),
    ),
    sections: Type.Optional(
      MapOf(
        Strict(
          {
            heading: Type.String({ minLength: 1, description: "The heading a new postmortem gets.", examples: ["Customer communication"] }),
            aliases: Type.Optional(
              Type.Array(Type.String({ minLength: 1, description: "Another heading that counts as this section." }), {
                description: "Other headings accepted for this section; case, punctuation and plurals do not matter.",
                examples: [["Comms", "Communication"]],
              }),
            ),
          },
          { description: "A section: its heading and the other headings that count as it." },
        ),
        "Section id",
        { description: "Sections of your own, or more accepted headings for a built-in one (by its id)." },
      ),
    ),
    placeholders: Type.Optional(
      Type.Array(Type.String({ minLength: 1, description: "Text a placeholder paragraph starts with." }), {
        description: "A paragraph starting with one of these (in italics or not) is template text: a section holding only such paragraphs counts as empty. Default: TODO, TBD, To be completed, To be written, To be confirmed.",
        examples: [["TODO", "TBD"]],
      }),
    ),
    action_items: Type.Optional(
      Strict(
        {
          require_owner: Type.Optional(Type.Boolean({ description: "Every action item names an owner (Owner: @handle). Default true." })),
          require_due: Type.Optional(Type.Boolean({ description: "Every action item has a due date (Due: YYYY-MM-DD). Default true." })),
          longest_due: Type.Optional(
            Type.String({
              pattern: BUSINESS_DAYS_PATTERN,
              description: "The latest due date allowed, in business days after the incident was resolved. Default: no limit.",
              examples: ["60 business days"],
            }),
          ),
        },
        { description: "What every action item must say." },
      ),
    ),
    blameless: Type.Optional(
      Strict(
        {
          enabled: Type.Optional(Type.Boolean({ description: "Check postmortems for blaming language. Default true." })),
          disable: Type.Optional(
            Type.Array(StringEnum(BLAMELESS_CHECKS, { description: "A built-in check." }), {
              uniqueItems: true,
              description: "Built-in checks to switch off.",
              examples: [["human-error"]],
            }),
          ),
          phrases: Type.Optional(
            Type.Array(
              Strict(
                {
                  phrase: Type.String({ minLength: 1, description: "Words to flag, matched as whole words, case-insensitively.", examples: ["dropped the ball"] }),
                  hint: Type.String({ minLength: 1, description: "How to say it without blame.", examples: ["Describe what was missing: a check, a reminder, a hand-over."] }),
                },
                { description: "One more phrase to flag." },
              ),
              { description: "Phrases of your own to flag, each with a rewrite hint." },
            ),
          ),
        },
        { description: "The blameless-language checks. A line can opt out with <!-- fireline-disable-line blameless -->." },
      ),
    ),
    enforcement: Type.Optional(EnforcementSchema),
  },
  { description: "policies/postmortem.yaml: what every postmortem must contain. Which severities need one, and by when, is in policies/severity.yaml." },
);

export type PostmortemPolicyFile = Static<typeof PostmortemPolicySchema>;
