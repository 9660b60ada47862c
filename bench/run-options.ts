import { parseArgs } from "node:util";

export interface RunOptions {
  sizes: number[];
  /** Runs per size; undefined means the default for that size (see runsFor). */
  runs: number | undefined;
  seed: number;
}

const DEFAULT_SIZES = [1000, 10_000, 100_000];
const DEFAULT_SEED = 20_260_303;

/** `npm run bench -- --sizes 1000,10000 --runs 3 --seed 7` */
export function parseRunOptions(argv: string[], defaultSizes: readonly number[] = DEFAULT_SIZES): RunOptions {
  const { values } = parseArgs({
    args: argv,
    options: { sizes: { type: "string" }, runs: { type: "string" }, seed: { type: "string" } },
    strict: true,
  });
  const sizes = values.sizes === undefined ? [...defaultSizes] : values.sizes.split(",").map((size) => positiveInteger("--sizes", size));
  return {
    sizes,
    runs: values.runs === undefined ? undefined : positiveInteger("--runs", values.runs),
    seed: values.seed === undefined ? DEFAULT_SEED : positiveInteger("--seed", values.seed),
  };
}

/** Three runs take the median; one run above 10k keeps the whole bench to a few minutes on 2 cores. */
export function runsFor(size: number, options: RunOptions): number {
  return options.runs ?? (size > 10_000 ? 1 : 3);
}

function positiveInteger(flag: string, text: string): number {
  const value = Number(text.trim().replace(/_/g, ""));
  if (!Number.isSafeInteger(value) || value < 1) throw new Error(`${flag} expects positive whole numbers, got '${text}'`);
  return value;
}
