import { isAbsolute, relative, resolve } from "node:path";
import { UsageError } from "../cli/io.js";
import { parseMaxWrites } from "../cli/max-writes-option.js";
import type { ActionRuntime } from "./action-runtime.js";

export const ACTION_COMMANDS = ["validate", "build", "sync", "deadlines", "metrics"] as const;
export type ActionCommand = (typeof ACTION_COMMANDS)[number];
export const FAIL_ON = ["error", "warning"] as const;

/** The inputs of action.yml, checked; each command reads the ones it uses. */
export interface ActionInputs {
  command: ActionCommand;
  /** The workspace folder, absolute. */
  dir: string;
  failOn: (typeof FAIL_ON)[number];
  dryRun: boolean;
  writeBack: boolean;
  /** `out` as given ("" when absent): the site folder for build, the JSON report for metrics. */
  out: string;
  baseUrl: string;
  repo: string;
  token: string;
  from: string;
  to: string;
  by: string;
  /** Write requests sync and deadlines may make in one run. */
  maxWrites: number;
}

/** Reads and checks every input; a bad one is a UsageError naming the input and what it accepts. */
export function readInputs(runtime: ActionRuntime): ActionInputs {
  const command = oneOf(runtime, "command", ACTION_COMMANDS, undefined);
  const dir = resolve(runtime.cwd, runtime.input("dir") || ".");
  const inside = relative(runtime.cwd, dir);
  if (inside.startsWith("..") || isAbsolute(inside)) {
    throw new UsageError(`input 'dir' must be a folder inside the repository, got '${runtime.input("dir")}'`, "Give a path relative to the repository root, such as '.' or 'ops'.");
  }
  const token = runtime.input("token");
  // Masked before anything else can print it.
  if (token !== "") runtime.setSecret(token);
  return {
    command,
    dir,
    failOn: oneOf(runtime, "fail-on", FAIL_ON, "error"),
    dryRun: flag(runtime, "dry-run"),
    writeBack: flag(runtime, "write-back"),
    out: runtime.input("out"),
    baseUrl: runtime.input("base-url"),
    repo: runtime.input("repo"),
    token,
    from: runtime.input("from"),
    to: runtime.input("to"),
    by: runtime.input("by"),
    maxWrites: parseMaxWrites(runtime.input("max-writes"), "input 'max-writes'"),
  };
}

function oneOf<T extends string>(runtime: ActionRuntime, name: string, allowed: readonly T[], fallback: T | undefined): T {
  const text = runtime.input(name);
  if (text === "" && fallback !== undefined) return fallback;
  const found = allowed.find((value) => value === text.toLowerCase());
  if (found === undefined) {
    const given = text === "" ? "nothing" : `'${text}'`;
    throw new UsageError(`input '${name}' must be one of ${allowed.join(", ")}; got ${given}`, `Set it in the step's with: block, e.g. ${name}: ${allowed[0] ?? ""}`);
  }
  return found;
}

/** The YAML 1.2 booleans @actions/core accepts, in any case; empty is false. */
function flag(runtime: ActionRuntime, name: string): boolean {
  const text = runtime.input(name).toLowerCase();
  if (text === "" || text === "false") return false;
  if (text === "true") return true;
  throw new UsageError(`input '${name}' must be true or false, got '${runtime.input(name)}'`);
}
