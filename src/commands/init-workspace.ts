import type { Temporal } from "temporal-polyfill";
import { MemoryFileSource } from "../adapters/memory-file-source.js";
import type { TemplateText } from "../adapters/template-files.js";
import { SCAFFOLD, scaffoldView } from "../engine/init/scaffold.js";
import type { Problem } from "../engine/incident/problem.js";
import type { WorkspaceWriter } from "../ports.js";
import { renderTextTemplate } from "../render/text-template.js";
import { validateWorkspace } from "./validate.js";

export interface InitOptions {
  name: string;
  timeZone: string;
  now: Temporal.Instant;
  version: string;
  dryRun: boolean;
}

export type InitResult = { ok: true; files: string[]; written: boolean } | { ok: false; problem: Problem };

/**
 * `fireline init`: a new workspace that validates cleanly (checked in memory before anything is
 * written). Refuses if any of its files exists; each file is created exclusively, so a file
 * that appears meanwhile is not overwritten either.
 */
export async function initWorkspace(writer: WorkspaceWriter, readTemplate: (name: string) => Promise<TemplateText>, options: InitOptions): Promise<InitResult> {
  const existing = [];
  for (const { path } of SCAFFOLD) if (await writer.read(path)) existing.push(path);
  if (existing.length > 0) {
    return { ok: false, problem: { kind: "usage", message: `${existing.join(", ")} already ${existing.length === 1 ? "exists" : "exist"}; fireline init never overwrites a file`, hint: "Run it in an empty folder, or pass one: fireline init ops/incidents." } };
  }
  const view = scaffoldView(options);
  const texts: Record<string, string> = {};
  for (const { path, template } of SCAFFOLD) {
    if (template === undefined) {
      texts[path] = "";
      continue;
    }
    const rendered = renderTextTemplate(await readTemplate(template), view);
    if (!rendered.ok) return { ok: false, problem: { kind: "usage", message: `the template ${rendered.message}` } };
    texts[path] = rendered.text;
  }
  const checked = await validateWorkspace(new MemoryFileSource(texts), { now: options.now });
  const errors = checked.ok ? checked.diagnostics.filter((d) => d.severity === "error") : [];
  if (errors.length > 0) return { ok: false, problem: { kind: "usage", message: "the new workspace would not be valid, so nothing was written", diagnostics: errors } };
  const files = SCAFFOLD.map(({ path }) => path);
  if (options.dryRun) return { ok: true, files, written: false };
  for (const path of files) {
    let written;
    try {
      written = await writer.write(path, texts[path] ?? "", undefined);
    } catch (error) {
      return { ok: false, problem: { kind: "refused", message: `could not write ${path}: ${error instanceof Error ? error.message : String(error)}` } };
    }
    if (!written.ok) return { ok: false, problem: { kind: "conflict", message: `${path} appeared while fireline init was writing; it was left as it is` } };
  }
  return { ok: true, files, written: true };
}
