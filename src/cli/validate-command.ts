import { resolve } from "node:path";
import { Option } from "commander";
import { EXIT, UsageError, useColor, type CliIo } from "./io.js";
import type { RegisterCommand } from "./register-command.js";
import { displayRoot } from "./display-paths.js";

export const VALIDATE_FORMATS = ["human", "json", "github"] as const;

export interface ValidateFlags {
  dir: string;
  format: string;
  strict?: boolean;
  maxFileBytes?: string;
  now?: string;
}

/** `fireline validate`: prints diagnostics and returns the exit code. */
export async function runValidate(flags: ValidateFlags, io: CliIo): Promise<number> {
  // Loaded when the command runs, not at start-up, so --help and --version stay fast.
  const { cliNow } = await import("./clock.js");
  const { NodeFileSource } = await import("../adapters/node-file-source.js");
  const { validateWorkspace } = await import("../commands/validate.js");
  const { renderGithub } = await import("../render/diagnostics-github.js");
  const { renderHuman } = await import("../render/diagnostics-human.js");
  const { renderJson } = await import("../render/diagnostics-json.js");
  const { oneOf, parseByteSize, parseInstantOption } = await import("./parse-options.js");
  const format = oneOf("--format", VALIDATE_FORMATS, flags.format);
  const dir = resolve(io.cwd, flags.dir);
  const started = performance.now();
  const nowText = flags.now;
  const result = await validateWorkspace(new NodeFileSource(dir), {
    strict: flags.strict === true,
    // Deadline rules judge against the real time unless --now says otherwise; one without an offset is local time.
    now: nowText === undefined ? cliNow(io) : (timeZone: string) => parseInstantOption("--now", nowText, timeZone),
    ...(flags.maxFileBytes === undefined ? {} : { maxFileBytes: parseByteSize(flags.maxFileBytes) }),
  });
  if (!result.ok) {
    throw new UsageError(`${dir} is not a fireline workspace: it has no fireline.yaml`, "Run fireline in the workspace's root folder, or pass --dir <path>.");
  }
  const root = displayRoot(io.cwd, dir);
  const seconds = (performance.now() - started) / 1000;
  const text =
    format === "json"
      ? renderJson(result.diagnostics, result.counts)
      : format === "github"
        ? renderGithub(result.diagnostics, root)
        : renderHuman(result.diagnostics, result.counts, { color: useColor(io.stdout, io.env), displayRoot: root, seconds });
  io.stdout.write(text);
  return result.failed ? EXIT.findings : EXIT.ok;
}


export const registerValidate: RegisterCommand = (program, io, setExit) => {
  program
    .command("validate")
    .description("check the workspace: schemas, references between files, timelines (exit 0 clean, 1 errors, 2 usage)")
    .option("-d, --dir <path>", "workspace folder", ".")
    .addOption(new Option("-f, --format <format>", "output format").choices(VALIDATE_FORMATS).default("human"))
    .option("--strict", "fail on warnings too")
    .option("--max-file-bytes <size>", "largest file to read (default 1MiB, or limits.max_file_bytes)")
    .option("--now <time>", "judge deadlines at this time instead of now: 2026-03-20T09:00:00Z, or 2026-03-20T10:00 in the organisation's time zone")
    .addHelpText(
      "after",
      "\nExamples:\n  fireline validate\n  fireline validate --dir ops/incidents --format github\n  fireline validate --format json > report.json",
    )
    .action(async (flags: ValidateFlags) => {
      setExit(await runValidate(flags, io));
    });
};
