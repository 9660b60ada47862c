import { mkdir, mkdtemp, readdir, rm, stat, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import type { SiteFile } from "../render/status-page/site-file.js";
import { isSafeRelativePath, swapDirectoryIn } from "./swap-directory.js";

/** A problem with the output folder: the build did not replace it. */
export class SiteOutputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "SiteOutputError";
  }
}

export interface WriteSiteOptions {
  /** A file every site built by fireline contains; a non-empty folder without it is never replaced. */
  marker: string;
  concurrency?: number;
}

/**
 * Writes the site into a temporary folder beside `outDir`, then swaps it in. A failed build
 * leaves the previous site untouched, and readers never see half of a new one.
 */
export async function writeSiteDirectory(outDir: string, files: Iterable<SiteFile>, options: WriteSiteOptions): Promise<{ files: number; bytes: number }> {
  await checkReplaceable(outDir, options.marker);
  const parent = dirname(outDir);
  await mkdir(parent, { recursive: true }).catch((error: unknown) => {
    throw new SiteOutputError(`cannot create ${parent}: ${reason(error)}`);
  });
  const staging = await mkdtemp(join(parent, `.${basename(outDir)}.building-`)).catch((error: unknown) => {
    throw new SiteOutputError(`cannot write next to ${outDir}: ${reason(error)}`);
  });
  try {
    const written = await writeAll(staging, files, options.concurrency ?? 32);
    await swapDirectoryIn(staging, outDir);
    return written;
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error instanceof SiteOutputError || !isFsError(error) ? error : new SiteOutputError(`cannot write the site to ${outDir}: ${reason(error)}`);
  }
}

async function checkReplaceable(outDir: string, marker: string): Promise<void> {
  const info = await stat(outDir).catch(() => undefined);
  if (info === undefined) return;
  if (!info.isDirectory()) throw new SiteOutputError(`${outDir} exists and is not a folder`);
  const names = await readdir(outDir);
  if (names.length > 0 && !names.includes(marker)) {
    throw new SiteOutputError(`refusing to replace ${outDir}: it is not empty and was not built by fireline (it has no ${marker})`);
  }
}

/** Pulls files from the (lazy) iterator with a few writes in flight, creating each folder once. */
async function writeAll(root: string, files: Iterable<SiteFile>, concurrency: number): Promise<{ files: number; bytes: number }> {
  const iterator = files[Symbol.iterator]();
  const folders = new Map<string, Promise<unknown>>();
  let count = 0;
  let bytes = 0;
  let failed = false;
  const worker = async () => {
    for (let next = iterator.next(); !failed && next.done !== true; next = iterator.next()) {
      const { path, content } = next.value;
      if (!isSafeRelativePath(path)) throw new Error(`refusing to write outside the site: ${path}`);
      const folder = dirname(join(root, path));
      let made = folders.get(folder);
      if (made === undefined) folders.set(folder, (made = mkdir(folder, { recursive: true })));
      await made;
      await writeFile(join(root, path), content);
      count++;
      bytes += Buffer.byteLength(content);
    }
  };
  // Every worker finishes before anyone cleans up, so no write lands in a folder being removed.
  const results = await Promise.allSettled(
    Array.from({ length: concurrency }, () =>
      worker().catch((error: unknown) => {
        failed = true;
        throw error;
      }),
    ),
  );
  const rejected = results.find((result) => result.status === "rejected");
  if (rejected) throw rejected.reason;
  return { files: count, bytes };
}



function isFsError(error: unknown): error is NodeJS.ErrnoException {
  return error instanceof Error && typeof (error as NodeJS.ErrnoException).code === "string";
}

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
