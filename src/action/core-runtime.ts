import * as core from "@actions/core";
import type { ActionRuntime } from "./action-runtime.js";

/** The runner's side of the Action: @actions/core writes workflow commands and the GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files. */
export function coreRuntime(env: NodeJS.ProcessEnv, cwd: string): ActionRuntime {
  return {
    input: (name) => core.getInput(name),
    setOutput: (name, value) => {
      core.setOutput(name, value);
    },
    setSecret: (value) => {
      core.setSecret(value);
    },
    annotate: (kind, message, place) => {
      const properties = place ? { title: place.title, file: place.file, startLine: place.line, startColumn: place.column } : {};
      if (kind === "error") core.error(message, properties);
      else if (kind === "warning") core.warning(message, properties);
      else core.notice(message, properties);
    },
    info: (text) => {
      core.info(text);
    },
    appendSummary: async (markdown) => {
      // Outside a runner (a local run) there is no summary file; the summary is skipped, not an error.
      if (!env.GITHUB_STEP_SUMMARY) return;
      await core.summary.addRaw(markdown, true).write();
    },
    fail: (message) => {
      core.setFailed(message);
    },
    env,
    cwd,
  };
}
