import { displayPath } from "../cli/display-paths.js";
import { UsageError } from "../cli/io.js";
import type { ActionRuntime } from "./action-runtime.js";

export function notAWorkspace(runtime: ActionRuntime, dir: string): UsageError {
  return new UsageError(
    `${displayPath(runtime.cwd, dir)} is not a fireline workspace: it has no fireline.yaml`,
    "Check out the repository first (actions/checkout), and set the input 'dir' to the folder that holds fireline.yaml.",
  );
}
