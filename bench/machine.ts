import { execFileSync } from "node:child_process";
import { cpus, loadavg, platform } from "node:os";

export interface Machine {
  node: string;
  platform: string;
  cpus: number;
  cpuModel: string;
  /** The commit measured and whether src/ had uncommitted changes (the build compiles the working tree). */
  git: { commit: string; srcDirty: boolean } | undefined;
}

export function describeMachine(root: string): Machine {
  return { node: process.version, platform: platform(), cpus: cpus().length, cpuModel: cpus()[0]?.model ?? "unknown", git: gitState(root) };
}

/** One-minute load average: how busy the machine was around the runs (2 on 2 CPUs is full). */
export function loadAverage(): number {
  return Math.round((loadavg()[0] ?? 0) * 100) / 100;
}

function gitState(root: string): Machine["git"] {
  try {
    const git = (...args: string[]) => execFileSync("git", args, { cwd: root, encoding: "utf8" }).trim();
    return { commit: git("rev-parse", "--short", "HEAD"), srcDirty: git("status", "--porcelain", "--", "src") !== "" };
  } catch {
    return undefined;
  }
}
