import { resolve } from "node:path";
import { trackerFromEnvironment } from "../adapters/github/tracker-from-env.js";
import { NodeFileSource } from "../adapters/node-file-source.js";
import { NodeWorkspaceWriter } from "../adapters/node-workspace-writer.js";
import { templateReader } from "../adapters/template-files.js";
import { ACTION_ITEM_TEMPLATE, syncActionItems } from "../commands/sync-action-items.js";
import { loadYamlFile } from "../load/load-yaml-file.js";
import { DEFAULT_MAX_FILE_BYTES } from "../load/yaml-options.js";
import { CODES } from "../model/codes.js";
import type { FileSource, IssueTracker } from "../ports.js";
import type { FirelineConfig } from "../schema/fireline-config.js";
import { renderSyncHuman } from "../render/sync/sync-human.js";
import { renderSyncJson } from "../render/sync/sync-json.js";
import { displayRoot } from "./display-paths.js";
import { EXIT, UsageError, useColor, type CliIo } from "./io.js";
import { budgetStopMessage, parseMaxWrites } from "./max-writes-option.js";
import { oneOf, parseByteSize } from "./parse-options.js";
import { SYNC_FORMATS, type SyncFlags } from "./sync-command.js";

/** How the command reaches GitHub; tests pass a tracker in memory. */
export type ConnectTracker = (io: CliIo, choice: { repo?: string; configRepository?: string }) => { tracker: IssueTracker; repository: string };

const connectGitHub: ConnectTracker = (io, choice) => {
  const picked = trackerFromEnvironment(io.env, choice, { onWarning: (message) => io.stderr.write(`fireline: warning: ${message}\n`) });
  if (!picked.ok) throw new UsageError(picked.message, picked.hint);
  return { tracker: picked.tracker, repository: picked.repository };
};

/** `fireline sync`: exit 0 when every item is in step (or the write budget left some for the next run), 1 when a request failed or a box could not be ticked, 2 for usage. */
export async function runSync(flags: SyncFlags, io: CliIo, connect: ConnectTracker = connectGitHub): Promise<number> {
  const format = oneOf("--format", SYNC_FORMATS, flags.format);
  const dir = resolve(io.cwd, flags.dir);
  const files = new NodeFileSource(dir);
  const maxFileBytes = flags.maxFileBytes === undefined ? undefined : parseByteSize(flags.maxFileBytes);
  const maxWrites = parseMaxWrites(flags.maxWrites);
  const configRepository = await repositoryInConfig(files, maxFileBytes ?? DEFAULT_MAX_FILE_BYTES);
  const { tracker, repository } = connect(io, { ...(flags.repo === undefined ? {} : { repo: flags.repo }), ...(configRepository === undefined ? {} : { configRepository }) });
  const result = await syncActionItems(files, tracker, {
    links: { serverUrl: io.env.GITHUB_SERVER_URL ?? "https://github.com", repository },
    readTemplate: templateReader(dir),
    dryRun: flags.dryRun === true,
    maxWrites,
    ...(flags.writeBack === true ? { writeBack: new NodeWorkspaceWriter(dir) } : {}),
    ...(maxFileBytes === undefined ? {} : { maxFileBytes }),
  });
  if (!result.ok) {
    if (result.reason === "not-a-workspace") throw new UsageError(`${dir} is not a fireline workspace: it has no fireline.yaml`, "Run fireline in the workspace's root folder, or pass --dir <path>.");
    if (result.reason === "template") throw new UsageError(result.message, `Fix templates/${ACTION_ITEM_TEMPLATE}, or delete it to use the built-in one.`);
    return failed(io, `reading issues from ${repository} failed: ${result.failure.message}`, result.failure.hint, "Nothing was written.");
  }
  const root = displayRoot(io.cwd, dir);
  if ((result.workspaceErrors ?? 0) > 0) {
    io.stderr.write(`fireline: warning: the workspace has ${String(result.workspaceErrors ?? 0)} error(s); incidents that did not load were skipped and their issues left alone; run fireline validate\n`);
  }
  io.stdout.write(format === "json" ? renderSyncJson(result, repository) : renderSyncHuman(result, { color: useColor(io.stdout, io.env), displayRoot: root, repository }));
  // A budget stop is planned work left for tomorrow's run, not a failure: exit 0 with a warning.
  if (result.budgetStop) io.stderr.write(`fireline: warning: ${budgetStopMessage("fireline sync", result.budgetStop)}\n`);
  if (result.failure) {
    const where = result.failure.item ? ` (at ${root}${result.failure.item.file}:${String(result.failure.item.line)})` : "";
    return failed(io, `a GitHub request failed${where}: ${result.failure.message}`, result.failure.hint, "What was written before it stays; run fireline sync again to continue.");
  }
  return result.diagnostics.some((d) => d.severity === "error") ? EXIT.findings : EXIT.ok;
}

function failed(io: CliIo, message: string, hint: string | undefined, after: string): number {
  io.stderr.write(`fireline: error: ${message} (${CODES["sync-apply-failed"].code})\n`);
  if (hint !== undefined) io.stderr.write(`  hint: ${hint}\n`);
  io.stderr.write(`  ${after}\n`);
  return EXIT.findings;
}

/** fireline.yaml's github.repository; a fireline.yaml with errors is reported by the sync itself. */
async function repositoryInConfig(files: FileSource, maxBytes: number): Promise<string | undefined> {
  const config = await loadYamlFile<FirelineConfig>(files, "fireline", "fireline.yaml", maxBytes);
  return config.loaded?.data.github?.repository;
}

