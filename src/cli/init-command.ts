import { basename, resolve } from "node:path";
import { Option } from "commander";
import { VERSION } from "../version.js";
import { EXIT } from "./io.js";
import { OUTPUT_FORMATS } from "./incident-flags.js";
import type { RegisterCommand } from "./register-command.js";

interface InitFlags {
  name?: string;
  timeZone?: string;
  dryRun?: boolean;
  format: "human" | "json";
}

export const registerInit: RegisterCommand = (program, io, setExit) => {
  program
    .command("init")
    .description("create a new workspace: fireline.yaml, people, services, the seed severity policy, an escalation policy, a rotation and a CI workflow")
    .argument("[dir]", "where to create it (default: the current folder)", ".")
    .option("--name <organisation>", "the organisation's name (default: the folder's name)")
    .option("--time-zone <zone>", "IANA time zone for business days and the rotation (default: this computer's)")
    .option("--dry-run", "list the files and write nothing")
    .addOption(new Option("-f, --format <format>", "output format").choices(OUTPUT_FORMATS).default("human"))
    .addHelpText("after", "\nIt never overwrites a file, and what it writes passes `fireline validate`.\n\nExamples:\n  fireline init ops --name \"Acme Corp\" --time-zone Europe/Berlin\n  fireline init --dry-run")
    .action(async (dir: string, flags: InitFlags) => {
      // Loaded when the command runs, not at start-up, so --help and --version stay fast.
      const { cliNow } = await import("./clock.js");
      const { NodeWorkspaceWriter } = await import("../adapters/node-workspace-writer.js");
      const { builtInTemplateReader } = await import("../adapters/template-files.js");
      const { initWorkspace } = await import("../commands/init-workspace.js");
      const { reportProblem } = await import("./incident-output.js");
      const root = resolve(io.cwd, dir);
      const result = await initWorkspace(new NodeWorkspaceWriter(root), builtInTemplateReader(), {
        name: flags.name ?? basename(root),
        timeZone: flags.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone,
        now: cliNow(io),
        version: VERSION,
        dryRun: flags.dryRun === true,
      });
      if (!result.ok) {
        setExit(reportProblem(result.problem, io, flags.format));
        return;
      }
      if (flags.format === "json") io.stdout.write(`${JSON.stringify({ ...result, dir: root }, null, 2)}\n`);
      else {
        const verb = result.written ? "Created" : "Would create (dry run)";
        io.stdout.write(`${verb} a fireline workspace in ${root}:\n${result.files.map((path) => `  ${path}`).join("\n")}\n${result.written ? "\nNext: edit people.yaml and services.yaml, then run `fireline validate`.\n" : ""}`);
      }
      setExit(EXIT.ok);
    });
};
