import type { Command } from "commander";
import type { CliIo } from "./io.js";

export interface ParsingFlags {
  jobs?: string;
  cacheDir?: string;
  /** false with --no-cache. */
  cache?: boolean;
  /** The command's --dir, where the default cache folder is looked for. */
  dir?: string;
}

/**
 * --jobs, --cache-dir and --no-cache, taken by every command (before or after its name). Before a
 * command runs they set up the worker threads and the cache the workspace loader uses; finish()
 * stops the threads and writes the cache back, whatever the command's outcome.
 */
export function addParsingOptions(program: Command, io: CliIo): { finish(): Promise<void> } {
  let finish: (() => Promise<void>) | undefined;
  program
    .option("--jobs <n>", "threads that parse files (default: one per CPU; 1 parses in the main thread)")
    .option("--cache-dir <path>", "where parsed files are cached (default: node_modules/.cache/fireline)")
    .option("--no-cache", "parse every file again; read and write no cache")
    .hook("preAction", async (_program, command) => {
      // Loaded only when a command runs: --help and --version need none of it.
      const { startParsing } = await import("./start-parsing.js");
      const flags = command.optsWithGlobals<ParsingFlags>();
      // init checks the files it is about to create: a cache there would add node_modules/ to a new repository.
      finish = await startParsing(command.name() === "init" ? { ...flags, cache: false } : flags, io);
    });
  showIn(program.commands);
  return {
    finish: async () => {
      const done = finish;
      finish = undefined;
      await done?.();
    },
  };
}

/** Every command's --help lists these options too, under "Global Options". */
function showIn(commands: readonly Command[]): void {
  for (const command of commands) {
    command.configureHelp({ ...command.configureHelp(), showGlobalOptions: true });
    showIn(command.commands);
  }
}
