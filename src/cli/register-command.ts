import type { Command } from "commander";
import type { CliIo } from "./io.js";

/** Adds one subcommand to the program; its action reports the exit code through setExit. */
export type RegisterCommand = (program: Command, io: CliIo, setExit: (code: number) => void) => void;
