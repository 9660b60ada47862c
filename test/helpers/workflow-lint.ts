import { parse } from "yaml";
import { loadWorkflowParser } from "./workflow-parser.js";

const PINNED = /^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/;

/**
 * Everything wrong with one workflow file: what GitHub's own parser reports, then the project's
 * rules — every job declares its permissions (and the workflow sets a default), every action
 * outside this repository is pinned to a full commit SHA with its tag in a comment, and no
 * pull_request_target (it runs with write access next to a fork's code).
 */
export async function workflowProblems(name: string, content: string): Promise<string[]> {
  const { parseWorkflow, convertWorkflowTemplate, NoOperationTraceWriter } = await loadWorkflowParser();
  const parsed = parseWorkflow({ name, content }, new NoOperationTraceWriter());
  if (parsed.value) await convertWorkflowTemplate(parsed.context, parsed.value);
  const problems = parsed.context.errors.getErrors().map((error) => error.message);
  if (problems.length > 0) return problems;

  const workflow = parse(content) as { on?: unknown; permissions?: unknown; jobs?: Record<string, { permissions?: unknown; steps?: { uses?: string }[] }> };
  const events = typeof workflow.on === "string" ? [workflow.on] : Array.isArray(workflow.on) ? (workflow.on as string[]) : Object.keys(workflow.on ?? {});
  if (events.includes("pull_request_target")) problems.push(`${name}: pull_request_target is not allowed`);
  if (workflow.permissions === undefined) problems.push(`${name}: no top-level permissions (use permissions: {} and grant per job)`);
  for (const [id, job] of Object.entries(workflow.jobs ?? {})) {
    if (job.permissions === undefined) problems.push(`${name}: job ${id} has no permissions`);
    for (const step of job.steps ?? []) {
      const uses = step.uses;
      if (uses === undefined || uses.startsWith("./")) continue;
      if (!PINNED.test(uses)) problems.push(`${name}: job ${id} uses ${uses}, not pinned to a full commit SHA`);
      else if (!new RegExp(`uses: ${uses.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")} # v\\d`).test(content)) problems.push(`${name}: ${uses} has no '# vX' tag comment`);
    }
  }
  return problems;
}
