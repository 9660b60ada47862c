import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";

type WorkflowParser = typeof import("@actions/workflow-parser");

/**
 * @actions/workflow-parser imports its schema JSON without an import attribute, which Node 20
 * refuses; bundled by esbuild (which inlines the JSON) into a temporary file, it loads anywhere.
 */
export function loadWorkflowParser(): Promise<WorkflowParser> {
  loading ??= bundleParser();
  return loading;
}

let loading: Promise<WorkflowParser> | undefined;

async function bundleParser(): Promise<WorkflowParser> {
  const result = await build({
    stdin: { contents: 'export * from "@actions/workflow-parser";', resolveDir: process.cwd(), loader: "js" },
    bundle: true,
    platform: "node",
    format: "esm",
    write: false,
    logLevel: "silent",
  });
  const file = join(mkdtempSync(join(tmpdir(), "fireline-workflow-parser-")), "parser.mjs");
  writeFileSync(file, result.outputFiles[0]?.text ?? "");
  return (await import(pathToFileURL(file).href)) as WorkflowParser;
}
