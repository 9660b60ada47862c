import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { builtInTemplatesDir } from "../../src/adapters/status-page-templates.js";
import { validateWorkspace } from "../../src/commands/validate.js";
import { loadWorkspace } from "../../src/load/load-workspace.js";
import type { Workspace } from "../../src/model/workspace.js";
import type { FileSource } from "../../src/ports.js";
import type { SiteFile } from "../../src/render/status-page/site-file.js";
import { planSite } from "../../src/render/status-page/site-files.js";
import { STATUS_PAGE_TEMPLATE_FILES, type TemplateSet } from "../../src/render/status-page/template-names.js";
import { workspaceWith } from "../helpers/minimal-workspace.js";
import { t } from "./builders.js";

/** The built-in templates, read once. */
export const BUILT_IN_TEMPLATES: TemplateSet = Object.fromEntries(
  STATUS_PAGE_TEMPLATE_FILES.map((name) => [name, { text: readFileSync(join(builtInTemplatesDir(), name), "utf8"), origin: `built-in templates/${name}` }]),
) as TemplateSet;

/** Loads and validates a workspace, failing the test if it has errors: the site is only built from valid ones. */
export async function validWorkspace(files: FileSource): Promise<Workspace> {
  const result = await validateWorkspace(files);
  if (!result.ok) throw new Error("not a workspace");
  const errors = result.diagnostics.filter((d) => d.severity === "error");
  if (errors.length > 0) throw new Error(`the test workspace has errors:\n${errors.map((d) => `${d.file}:${String(d.line)} ${d.message}`).join("\n")}`);
  return result.workspace;
}

/** Loads a workspace without the cross-file rules: enough for the projection, which reads typed files only. */
export async function loadedWorkspace(files: FileSource): Promise<Workspace> {
  const result = await loadWorkspace(files);
  if (!result.ok) throw new Error("not a workspace");
  return result.workspace;
}

/** Builds the site in memory: path -> content. */
export async function buildInMemory(
  files: FileSource,
  options: { now: string; baseUrl?: string; templates?: Partial<TemplateSet> },
): Promise<Map<string, string>> {
  const plan = planSite({
    workspace: await validWorkspace(files),
    now: t(options.now),
    baseUrl: options.baseUrl,
    templates: { ...BUILT_IN_TEMPLATES, ...options.templates },
  });
  if (!plan.ok) throw new Error(`${plan.origin}: ${plan.message}`);
  return new Map([...plan.files].map((file: SiteFile) => [file.path, file.content]));
}

/** The minimal test workspace with changes, built in memory. */
export function buildMinimal(changes: Record<string, string | null>, options: { now: string; baseUrl?: string }): Promise<Map<string, string>> {
  return buildInMemory(workspaceWith(changes), options);
}

/** Every file under a folder, as workspace-relative POSIX paths. */
export function listFiles(root: string, dir = ""): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = dir === "" ? entry.name : `${dir}/${entry.name}`;
    return entry.isDirectory() ? listFiles(root, path) : [path];
  });
}
