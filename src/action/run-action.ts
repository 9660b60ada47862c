import { UsageError } from "../cli/io.js";
import { VERSION } from "../version.js";
import { readInputs, type ActionCommand, type ActionInputs } from "./action-inputs.js";
import type { ActionRuntime } from "./action-runtime.js";
import { buildStep } from "./build-step.js";
import { metricsStep } from "./metrics-step.js";
import { validateStep } from "./validate-step.js";

export type ActionStep = (runtime: ActionRuntime, inputs: ActionInputs) => Promise<void>;

const STEPS: Record<ActionCommand, ActionStep> = {
  validate: validateStep,
  build: buildStep,
  metrics: metricsStep,
  sync: unavailable("sync"),
  deadlines: unavailable("deadlines"),
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
    await step(runtime, inputs);
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

function unavailable(command: string): ActionStep {
  return () => Promise.reject(new UsageError(`command '${command}' is not available in this version of the Action`));
}
