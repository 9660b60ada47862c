/**
 * One status-page measurement in a fresh process:
 * `node build/bench/site-measure.js <build|floor|validate> <workspace> <out> [files bytes]`.
 * Prints one JSON line: { mode, ms, cpuMs, maxRssMb, files, bytes }.
 */
import { NodeFileSource } from "../src/adapters/node-file-source.js";
import { writeSiteDirectory } from "../src/adapters/site-directory.js";
import { loadStatusPageTemplates } from "../src/adapters/status-page-templates.js";
import { buildSite } from "../src/commands/build-site.js";
import { validateWorkspace } from "../src/commands/validate.js";
import { loadWorkspace } from "../src/load/load-workspace.js";
import { epochMs } from "../src/model/instant.js";
import type { SiteFile } from "../src/render/status-page/site-file.js";
import { SITE_MARKER } from "../src/render/status-page/site-files.js";

export type SiteMode = "build" | "floor" | "validate";

export interface SiteMeasurement {
  mode: SiteMode;
  ms: number;
  cpuMs: number;
  maxRssMb: number;
  files: number;
  bytes: number;
}

/** After the synthetic incidents (2023–2025), so the page shows a full history and some still-open incidents. */
export const BENCH_NOW = "2026-01-01T00:00:00Z";

async function build(dir: string, out: string): Promise<{ files: number; bytes: number }> {
  const result = await buildSite(
    { files: new NodeFileSource(dir), templates: () => loadStatusPageTemplates(dir), writeSite: (files, marker) => writeSiteDirectory(out, files, { marker }) },
    { now: () => epochMs(BENCH_NOW) },
  );
  if (!result.ok) throw new Error(`the build failed: ${result.reason}`);
  return result.written;
}

/** The floor: load the workspace as the build does, then write as many files of the same total size, with fixed content. */
async function floor(dir: string, out: string, files: number, bytes: number): Promise<{ files: number; bytes: number }> {
  const loaded = await loadWorkspace(new NodeFileSource(dir));
  if (!loaded.ok) throw new Error(`${dir} is not a workspace`);
  const content = "x".repeat(Math.max(1, Math.round(bytes / files)));
  function* fixed(): Generator<SiteFile> {
    yield SITE_MARKER;
    for (let n = 1; n < files; n++) yield { path: `pages/${String(n % 100)}/${String(n)}.html`, content };
  }
  return writeSiteDirectory(out, fixed(), { marker: SITE_MARKER.path });
}

async function validate(dir: string): Promise<{ files: number; bytes: number }> {
  const result = await validateWorkspace(new NodeFileSource(dir));
  if (!result.ok || result.counts.errors > 0) throw new Error(`${dir} does not validate`);
  return { files: result.counts.files, bytes: 0 };
}

async function main(args: string[]): Promise<void> {
  const [mode, dir, out, files, bytes] = args;
  if ((mode !== "build" && mode !== "floor" && mode !== "validate") || dir === undefined || out === undefined) {
    throw new Error("usage: site-measure.js <build|floor|validate> <workspace> <out> [files bytes]");
  }
  const startCpu = process.cpuUsage();
  const start = performance.now();
  const written = mode === "build" ? await build(dir, out) : mode === "floor" ? await floor(dir, out, Number(files), Number(bytes)) : await validate(dir);
  const ms = performance.now() - start;
  const cpu = process.cpuUsage(startCpu);
  const measurement: SiteMeasurement = { mode, ms, cpuMs: (cpu.user + cpu.system) / 1000, maxRssMb: process.resourceUsage().maxRSS / 1024, ...written };
  process.stdout.write(`${JSON.stringify(measurement)}\n`);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`site-measure: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
