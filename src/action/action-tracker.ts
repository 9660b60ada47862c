import { trackerFromEnvironment } from "../adapters/github/tracker-from-env.js";
import { NodeFileSource } from "../adapters/node-file-source.js";
import { UsageError } from "../cli/io.js";
import { configuredRepository } from "../commands/early-config.js";
import type { IssueTracker } from "../ports.js";
import type { ActionInputs } from "./action-inputs.js";
import type { ActionRuntime } from "./action-runtime.js";

/**
 * The GitHub tracker for sync and deadlines: the `token` input (default: the workflow's token),
 * the repository from the `repo` input, else fireline.yaml's github.repository, else the
 * repository the workflow runs in. GITHUB_API_URL, set by the runner, points at GitHub Enterprise too.
 */
export async function actionTracker(runtime: ActionRuntime, inputs: ActionInputs): Promise<{ tracker: IssueTracker; repository: string }> {
  const configRepository = await configuredRepository(new NodeFileSource(inputs.dir));
  const env = { ...runtime.env, GITHUB_TOKEN: inputs.token };
  const choice = { ...(inputs.repo === "" ? {} : { repo: inputs.repo }), ...(configRepository === undefined ? {} : { configRepository }) };
  const picked = trackerFromEnvironment(env, choice, { onWarning: (message) => runtime.annotate("warning", message) });
  if (!picked.ok) {
    // The shared messages speak of --repo and GITHUB_TOKEN; here they are the inputs repo and token.
    throw new UsageError(picked.message.replace("GITHUB_TOKEN is not set", "the input 'token' is empty"), picked.hint.replace("Pass --repo", "Set the input 'repo' to"));
  }
  return { tracker: picked.tracker, repository: picked.repository };
}

/** Issue numbers as a JSON array, so a workflow can read them with fromJSON(). */
export function issueList(numbers: readonly number[]): string {
  return JSON.stringify(numbers);
}
