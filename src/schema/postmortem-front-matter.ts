import { Type } from "@sinclair/typebox";
import { Id, Instant, StringEnum, Strict, type Static } from "./common.js";

export const POSTMORTEM_STATUSES = ["draft", "in-review", "published"] as const;

export const PostmortemFrontMatterSchema = Strict(
  {
    status: StringEnum(POSTMORTEM_STATUSES, { description: "draft, in-review or published." }),
    authors: Type.Array(Id("A handle.", ["alice"]), { minItems: 1, uniqueItems: true, description: "Who wrote it." }),
    reviewers: Type.Optional(Type.Array(Id("A handle.", ["erin"]), { uniqueItems: true, description: "Who reviewed it." })),
    published_at: Type.Optional(Instant("When it was published.")),
    public: Type.Optional(Type.Boolean({ description: "Whether its summary may appear on the status page. Default false." })),
  },
  { description: "Front matter of incidents/<id>/postmortem.md." },
);

export type PostmortemFrontMatter = Static<typeof PostmortemFrontMatterSchema>;
