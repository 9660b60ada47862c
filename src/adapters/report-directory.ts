import { chmod, mkdir, mkdtemp, readdir, rm, stat, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { isSafeRelativePath, swapDirectoryIn } from "./swap-directory.js";

/** A file of the report: a report-relative POSIX path and its content. */
export interface ReportFile {
  path: string;
  content: string;
}

/** Every report fireline writes holds this file; a non-empty folder without it is never replaced. */
export const REPORT_MARKER = ".fireline-report";

/** A problem with the output folder; the previous report (if any) is untouched. */
export class ReportOutputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ReportOutputError";
  }
}

/**
 * Writes the whole report into a temporary folder beside `outDir`, then renames it into place, so
 * readers see the old report or the new one, never a mix; a failure leaves the old one as it was.
 */
export async function writeReportDirectory(outDir: string, files: readonly ReportFile[]): Promise<{ files: number; bytes: number }> {
  await checkReplaceable(outDir);
  const parent = dirname(outDir);
  await mkdir(parent, { recursive: true }).catch((error: unknown) => {
    throw new ReportOutputError(`cannot create ${parent}: ${reason(error)}`);
  });
  const staging = await mkdtemp(join(parent, `.${basename(outDir)}.building-`)).catch((error: unknown) => {
    throw new ReportOutputError(`cannot write next to ${outDir}: ${reason(error)}`);
  });
  try {
    // mkdtemp makes the folder private (0700); a report is meant to be read by a web server too.
    await chmod(staging, 0o755);
    let bytes = 0;
    for (const file of [...files, { path: REPORT_MARKER, content: "This folder was written by fireline report; it is replaced as a whole on the next run.\n" }]) {
      if (!isSafeRelativePath(file.path)) throw new Error(`refusing to write outside the report: ${file.path}`);
      await mkdir(dirname(join(staging, file.path)), { recursive: true });
      await writeFile(join(staging, file.path), file.content);
      bytes += Buffer.byteLength(file.content);
    }
    await swapDirectoryIn(staging, outDir);
    return { files: files.length, bytes };
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    if (error instanceof ReportOutputError) throw error;
    throw new ReportOutputError(`cannot write the report to ${outDir}: ${reason(error)}`);
  }
}

async function checkReplaceable(outDir: string): Promise<void> {
  const info = await stat(outDir).catch(() => undefined);
  if (info === undefined) return;
  if (!info.isDirectory()) throw new ReportOutputError(`${outDir} exists and is not a folder`);
  const names = await readdir(outDir);
  if (names.length > 0 && !names.includes(REPORT_MARKER)) {
    throw new ReportOutputError(`refusing to replace ${outDir}: it is not empty and was not written by fireline report (it has no ${REPORT_MARKER})`);
  }
}



function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
