import { coreRuntime } from "./core-runtime.js";
import { runAction } from "./run-action.js";

// The Action's entry point (dist/index.js is this file bundled): the runner sets INPUT_* and the GITHUB_* files.
await runAction(coreRuntime(process.env, process.cwd()));
