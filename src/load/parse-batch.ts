import type { PostmortemModel } from "../engine/postmortem/model.js";
import type { FileKind } from "../schema/index.js";
import type { PostmortemPolicyFile } from "../schema/postmortem-policy.js";
import type { YamlOutcome } from "./load-yaml-file.js";

/** One YAML text to parse and check against its kind's schema. */
export interface YamlJob {
  kind: FileKind;
  path: string;
  text: string;
  /** Lines before the YAML starts, for front matter inside a markdown file. */
  lineOffset: number;
}

/** One postmortem body (the markdown after the front matter) to analyse. */
export interface PostmortemJob {
  body: string;
  lineOffset: number;
}

/** What the postmortem analysis depends on besides the text: the policy file and who the people are. */
export interface PostmortemContext {
  policy?: PostmortemPolicyFile;
  people: { handle: string; name?: string }[];
}

/**
 * A unit of work sent to a worker thread: many files at once, since one message per file would
 * cost more than parsing a small file. Everything here and in the results is plain data.
 */
export type ParseBatch = { task: "yaml"; jobs: YamlJob[] } | { task: "postmortem"; jobs: PostmortemJob[]; context: PostmortemContext };

/** Parses many files; results come back in the order of the jobs. */
export interface BatchParser {
  yaml(jobs: readonly YamlJob[]): Promise<YamlOutcome[]>;
  postmortems(jobs: readonly PostmortemJob[], context: PostmortemContext): Promise<PostmortemModel[]>;
}
