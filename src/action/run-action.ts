import { UsageError, type CliIo } from "../cli/io.js";
import { startParsing } from "../cli/start-parsing.js";
import { VERSION } from "../version.js";
import { readInputs, type ActionCommand, type ActionInputs } from "./action-inputs.js";
import type { ActionRuntime } from "./action-runtime.js";
import { buildStep } from "./build-step.js";
import { deadlinesStep } from "./deadlines-step.js";
import { metricsStep } from "./metrics-step.js";
import { syncStep } from "./sync-step.js";
import { validateStep } from "./validate-step.js";

export type ActionStep = (runtime: ActionRuntime, inputs: ActionInputs) => Promise<void>;

const STEPS: Record<ActionCommand, ActionStep> = {
  validate: validateStep,
  build: buildStep,
  metrics: metricsStep,
  sync: syncStep,
  deadlines: deadlinesStep,
};

/**
 * The Action: inputs → one command → annotations, job summary, outputs. It never throws: a
 * mistake in the workflow fails the step with the message and hint; anything else is a bug and
 * says so, without a stack trace unless FIRELINE_DEBUG is set.
 */
export async function runAction(runtime: ActionRuntime, steps: Partial<Record<ActionCommand, ActionStep>> = {}): Promise<void> {
  try {
    const inputs = readInputs(runtime);
    const step = steps[inputs.command] ?? STEPS[inputs.command];
    // Worker threads and the parse cache (node_modules/.cache/fireline, which the workflows restore with actions/cache).
    const finish = await startParsing({ dir: inputs.dir }, parsingIo(runtime));
    try {
      await step(runtime, inputs);
    } finally {
      await finish();
    }
  } catch (error) {
    runtime.fail(failureMessage(error, runtime.env));
  }
}

function failureMessage(error: unknown, env: ActionRuntime["env"]): string {
  if (error instanceof UsageError) return `fireline: ${error.message}${error.hint ? `\nhint: ${error.hint}` : ""}`;
  const detail = error instanceof Error ? (env.FIRELINE_DEBUG ? (error.stack ?? error.message) : error.message) : String(error);
  return (
    `fireline: internal error: ${detail}\nThis is a bug in fireline ${VERSION}, not in your files. Please report it with the workflow step ` +
    `and this output (set FIRELINE_DEBUG: 1 in the step's env to include the stack trace).`
  );
}

/** startParsing speaks to a CLI; its only message (a cache that could not be saved) goes to the log. */
function parsingIo(runtime: ActionRuntime): CliIo {
  const log = { write: (text: string) => runtime.info(text.trimEnd()) };
  return { stdout: log, stderr: log, env: runtime.env, cwd: runtime.cwd };
}
