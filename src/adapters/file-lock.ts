import { hostname } from "node:os";
import { open, readFile, stat, unlink } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";

export interface LockOptions {
  /** How long to wait for another process to finish before giving up. */
  waitMs?: number;
  /** A lock older than this is left over from a crashed process and is taken over. */
  staleMs?: number;
}

/** Another process held the lock for longer than we were willing to wait. */
export class LockBusy extends Error {
  constructor(
    readonly lockPath: string,
    readonly holder: string,
  ) {
    super(`${lockPath} is held by ${holder}`);
    this.name = "LockBusy";
  }
}

const DEFAULTS = { waitMs: 10_000, staleMs: 30_000 };

/**
 * Runs `work` while holding an exclusive lock on `path`: a `.<name>.lock` file beside it, created
 * with O_EXCL so exactly one process wins. A lock whose process is gone (same host) or that is
 * older than `staleMs` is removed, so a crash never blocks edits for good.
 */
export async function withFileLock<T>(path: string, work: () => Promise<T>, options: LockOptions = {}): Promise<T> {
  const { waitMs, staleMs } = { ...DEFAULTS, ...options };
  const lockPath = join(dirname(path), `.${basename(path)}.lock`);
  const deadline = Date.now() + waitMs;
  for (let attempt = 0; ; attempt++) {
    if (await tryCreate(lockPath)) break;
    const holder = await readHolder(lockPath);
    if (holder !== undefined && (await isStale(lockPath, holder, staleMs))) {
      await removeIfUnchanged(lockPath, holder);
      continue;
    }
    if (Date.now() >= deadline) throw new LockBusy(lockPath, describeHolder(holder));
    await sleep(Math.min(200, 10 * 2 ** Math.min(attempt, 4)) + Math.random() * 10);
  }
  try {
    return await work();
  } finally {
    await unlink(lockPath).catch(() => undefined);
  }
}

async function tryCreate(lockPath: string): Promise<boolean> {
  try {
    const handle = await open(lockPath, "wx");
    try {
      await handle.writeFile(`${process.pid} ${hostname()} ${new Date().toISOString()}\n`);
    } finally {
      await handle.close();
    }
    return true;
  } catch (error) {
    if (codeOf(error) === "EEXIST") return false;
    throw error;
  }
}

async function readHolder(lockPath: string): Promise<string | undefined> {
  try {
    return await readFile(lockPath, "utf8");
  } catch (error) {
    if (codeOf(error) === "ENOENT") return undefined;
    throw error;
  }
}

async function isStale(lockPath: string, holder: string, staleMs: number): Promise<boolean> {
  const [pid, host] = holder.trim().split(" ");
  if (host === hostname() && pid !== undefined && /^\d+$/.test(pid) && !isAlive(Number(pid))) return true;
  try {
    return Date.now() - (await stat(lockPath)).mtimeMs > staleMs;
  } catch {
    return false;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return codeOf(error) === "EPERM";
  }
}

/** Removes a stale lock only if it is still the same one, so a fresh lock taken meanwhile survives. */
async function removeIfUnchanged(lockPath: string, holder: string): Promise<void> {
  if ((await readHolder(lockPath)) === holder) await unlink(lockPath).catch(() => undefined);
}

function describeHolder(holder: string | undefined): string {
  const [pid, host] = (holder ?? "").trim().split(" ");
  return pid ? `fireline process ${pid}${host ? ` on ${host}` : ""}` : "another process";
}

function codeOf(error: unknown): unknown {
  return typeof error === "object" && error !== null ? (error as { code?: unknown }).code : undefined;
}
