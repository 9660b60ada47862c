import { isAbsolute, relative, resolve } from "node:path";
import { NodeFileSource } from "../adapters/node-file-source.js";
import { SiteOutputError, writeSiteDirectory } from "../adapters/site-directory.js";
import { loadStatusPageTemplates } from "../adapters/status-page-templates.js";
import { cliNow } from "../cli/clock.js";
import { displayPath } from "../cli/display-paths.js";
import { UsageError } from "../cli/io.js";
import { buildSite } from "../commands/build-site.js";
import { escapeXml } from "../render/status-page/badges.js";
import type { ActionInputs } from "./action-inputs.js";
import type { ActionRuntime } from "./action-runtime.js";
import { notAWorkspace } from "./not-a-workspace.js";
import { reportDiagnostics } from "./validate-step.js";

/** `command: build`: the status page into `out` (default _site), ready for actions/upload-pages-artifact. */
export async function buildStep(runtime: ActionRuntime, inputs: ActionInputs): Promise<void> {
  const out = siteFolder(runtime, inputs);
  const result = await buildSite(
    {
      files: new NodeFileSource(inputs.dir),
      templates: () => loadStatusPageTemplates(inputs.dir),
      writeSite: (files, marker) => writeSiteDirectory(out, files, { marker }),
    },
    { now: () => cliNow(runtime).epochMilliseconds, baseUrl: baseUrl(inputs.baseUrl) },
  ).catch((error: unknown) => {
    if (error instanceof SiteOutputError) throw new UsageError(error.message, "Choose another 'out' folder.");
    throw error;
  });
  if (!result.ok) {
    if (result.reason === "not-a-workspace") throw notAWorkspace(runtime, inputs.dir);
    if (result.reason === "template") throw new UsageError(`${result.origin}: ${result.message}`, "Fix the template, or delete your copy to use the built-in one.");
    await reportDiagnostics(runtime, inputs, result.diagnostics, result.counts);
    runtime.fail("fireline build: the status page was not built because the workspace has errors; the job summary lists them.");
    return;
  }
  const path = displayPath(runtime.cwd, out).replace(/\/$/, "");
  runtime.setOutput("site-path", path);
  runtime.setOutput("errors", "0");
  runtime.setOutput("warnings", String(result.counts.warnings));
  runtime.setOutput("notices", String(result.counts.notices));
  runtime.info(`Built the status page in ${path}: ${String(result.written.files)} files.`);
  await runtime.appendSummary(
    `## fireline build\n\nBuilt the status page in <code>${escapeXml(path)}</code>: ${String(result.written.files)} files, ${String(result.summary.incidents)} incidents, ${String(result.summary.components)} components.\n`,
  );
}

/** `out` resolved against the repository root; it may not hold the workspace, which a build replaces. */
function siteFolder(runtime: ActionRuntime, inputs: ActionInputs): string {
  const out = resolve(runtime.cwd, inputs.out || "_site");
  const inside = relative(out, inputs.dir);
  if (inside === "" || (!inside.startsWith("..") && !isAbsolute(inside))) {
    throw new UsageError(`input 'out' (${inputs.out}) would replace the workspace itself`, "Build into a folder of its own, such as _site.");
  }
  return out;
}

function baseUrl(text: string): string | undefined {
  if (text === "") return undefined;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new UsageError(`input 'base-url' must be an absolute http(s) URL such as https://status.example.com/, got '${text}'`);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") throw new UsageError(`input 'base-url' must use http or https, got '${text}'`);
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}
