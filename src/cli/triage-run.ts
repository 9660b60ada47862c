import { resolve } from "node:path";
import { NodeFileSource } from "../adapters/node-file-source.js";
import { loadTriage, type TriageContext } from "../commands/triage.js";
import { suggestSeverity, type TriageAnswers, type TriageSuggestion } from "../engine/triage/suggest.js";
import { UsageError, type CliIo } from "./io.js";
import { answersFromFlags, readAnswerFlags } from "./triage-flags.js";

/** The workspace's triage questions; a usage error outside a workspace or with a broken severity table. */
export async function triageContext(io: CliIo, dir: string): Promise<TriageContext> {
  const root = resolve(io.cwd, dir);
  const context = await loadTriage(new NodeFileSource(root));
  if (!context) throw new UsageError(`${root} is not a fireline workspace: it has no fireline.yaml`, "Run fireline in the workspace's root folder, or pass --dir <path>.");
  if (context.order.length === 0) throw new UsageError("policies/severity.yaml is missing or has errors, so there is no severity to suggest", "Run fireline validate to see what is wrong.");
  return context;
}

/** Reads the answer flags left over after commander's own options and suggests a severity. */
export async function triageFromFlags(
  io: CliIo,
  dir: string,
  tokens: readonly string[],
): Promise<{ context: TriageContext; answers: TriageAnswers; suggestion: TriageSuggestion }> {
  const answerFlags = readAnswerFlags(tokens);
  const context = await triageContext(io, dir);
  const answers = answersFromFlags(answerFlags, context.policy);
  return { context, answers, suggestion: suggestSeverity(context.policy, context.order, answers) };
}
