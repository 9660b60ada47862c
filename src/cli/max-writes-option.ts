import { DEFAULT_MAX_WRITES, type BudgetStop } from "../commands/write-budget.js";
import { CODES } from "../model/codes.js";
import { UsageError } from "./io.js";

/** `--max-writes` (or the Action's `max-writes`): a whole number ≥ 1; empty or absent is the default. */
export function parseMaxWrites(text: string | undefined, name = "--max-writes"): number {
  if (text === undefined || text.trim() === "") return DEFAULT_MAX_WRITES;
  const value = Number(text.trim());
  if (!/^\d+$/.test(text.trim()) || !Number.isSafeInteger(value) || value < 1) {
    throw new UsageError(`${name} must be a whole number of write requests, at least 1; got '${text}'`, `GitHub allows about 500 content-creating requests an hour; the default is ${String(DEFAULT_MAX_WRITES)}.`);
  }
  return value;
}

/** The warning a run that stopped at its budget prints: what is left, and that the next run continues. */
export function budgetStopMessage(command: string, stop: BudgetStop): string {
  const left = `${String(stop.left)} change${stop.left === 1 ? "" : "s"}`;
  return (
    `${command} stopped after ${String(stop.written)} write request${stop.written === 1 ? "" : "s"} (max-writes ${String(stop.maxWrites)}), ` +
    `below GitHub's limit of about 500 an hour; ${left} left, which the next run continues with (${CODES["github-write-budget"].code})`
  );
}
