import { join, relative, resolve, sep } from "node:path";
import { INCIDENT_ID_HELP } from "./incident-flags.js";
import { EXIT, UsageError, type CliIo } from "./io.js";
import type { RegisterCommand } from "./register-command.js";

export interface PostmortemNewFlags {
  dir: string;
  force?: boolean;
  author?: string[];
  dryRun?: boolean;
  maxFileBytes?: string;
}

/** `fireline postmortem new <incident>`: writes incidents/<incident>/postmortem.md from the template. */
export async function runPostmortemNew(id: string, flags: PostmortemNewFlags, io: CliIo): Promise<number> {
  // Loaded when the command runs, not at start-up, so --help and --version stay fast.
  const { createFileExclusive } = await import("../adapters/create-file.js");
  const { writeFileAtomic } = await import("../adapters/atomic-write.js");
  const { NodeFileSource } = await import("../adapters/node-file-source.js");
  const { builtInPostmortemTemplate } = await import("../adapters/postmortem-template.js");
  const { newPostmortem } = await import("../commands/postmortem-new.js");
  const { parseByteSize } = await import("./parse-options.js");
  const dir = resolve(io.cwd, flags.dir);
  const result = await newPostmortem(new NodeFileSource(dir), id, {
    builtInTemplate: builtInPostmortemTemplate,
    force: flags.force === true || flags.dryRun === true,
    ...(flags.author === undefined ? {} : { authors: flags.author.map((handle) => handle.replace(/^@/, "")) }),
    ...(flags.maxFileBytes === undefined ? {} : { maxFileBytes: parseByteSize(flags.maxFileBytes) }),
  });
  if (!result.ok) {
    switch (result.reason) {
      case "not-a-workspace":
        throw new UsageError(`${dir} is not a fireline workspace: it has no fireline.yaml`, "Run fireline in the workspace's root folder, or pass --dir <path>.");
      case "unknown-incident":
        throw new UsageError(result.message, result.hint ?? "The incident id is its folder name, such as 2026-03-03-checkout-errors, or its slug.");
      case "incident-not-loaded":
        throw new UsageError(`incidents/${result.id}/incident.yaml is missing or has errors`, "Run fireline validate and fix it first.");
      case "exists":
        throw new UsageError(`${result.path} already exists; fireline does not overwrite it`, "Edit the file, or pass --force to replace it with a new draft.");
      case "no-author":
        throw new UsageError(`incident ${result.id} has no commander to name as the author`, "Pass --author <handle>.");
      case "template-error":
        throw new UsageError(`${result.template}: ${result.message}`, "Fix the template, or delete it to use the built-in one.");
    }
  }
  if (flags.dryRun === true) {
    io.stdout.write(result.text);
    return EXIT.ok;
  }
  const target = join(dir, ...result.path.split("/"));
  if (flags.force === true) await writeFileAtomic(target, result.text);
  else if ((await createFileExclusive(target, result.text)) === "exists") {
    throw new UsageError(`${result.path} already exists; fireline does not overwrite it`, "Edit the file, or pass --force to replace it with a new draft.");
  }
  const shown = relative(io.cwd, target).split(sep).join("/");
  io.stdout.write(
    `wrote ${shown} (draft${result.due === undefined ? "" : `, due ${result.due}`}, from ${result.template})\n` +
      "next: replace the TODO paragraphs, add action items, then run fireline validate\n",
  );
  return EXIT.ok;
}

export const registerPostmortem: RegisterCommand = (program, io, setExit) => {
  const postmortem = program.command("postmortem").description("work with postmortems");
  postmortem
    .command("new")
    .description("write incidents/<incident>/postmortem.md, pre-filled from incident.yaml (refuses to overwrite)")
    .argument("<incident>", INCIDENT_ID_HELP)
    .option("-d, --dir <path>", "workspace folder", ".")
    .option("--author <handle...>", "front-matter authors (default: the incident commander)")
    .option("--force", "replace an existing postmortem.md")
    .option("--dry-run", "print the postmortem instead of writing it")
    .option("--max-file-bytes <size>", "largest file to read (default 1MiB, or limits.max_file_bytes)")
    .addHelpText(
      "after",
      "\nThe template is templates/postmortem.md.hbs in the workspace when there is one, else fireline's own.\n\nExamples:\n  fireline postmortem new 2026-03-03-checkout-db-pool-exhaustion\n  fireline postmortem new card-vault-hsm-latency --author carol --dry-run",
    )
    .action(async (id: string, flags: PostmortemNewFlags) => {
      setExit(await runPostmortemNew(id, flags, io));
    });
};
