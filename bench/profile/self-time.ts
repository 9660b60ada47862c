/**
 * Self time per file and per function in V8 CPU profiles (`node --cpu-prof --cpu-prof-dir DIR …`),
 * summed over every profile in the folder (the main thread and each worker write one).
 */
export interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}

export interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface SelfTimes {
  /** Milliseconds by file; packages are grouped by name, native code and V8's own entries (GC, idle) are "(native)". */
  byFile: Map<string, number>;
  byFunction: Map<string, number>;
}

export function addSelfTimes(profile: CpuProfile, into: SelfTimes): void {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  profile.samples.forEach((id, i) => {
    const frame = nodes.get(id)?.callFrame;
    if (!frame) return;
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    const file = fileLabel(frame.url);
    add(into.byFile, file, ms);
    add(into.byFunction, `${frame.functionName || "(anonymous)"} ${file}${frame.url ? `:${String(frame.lineNumber + 1)}` : ""}`, ms);
  });
}

function fileLabel(url: string): string {
  if (url === "") return "(native)";
  const inPackage = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (inPackage) return inPackage[1] ?? url;
  return url.replace(/^file:\/\/.*?\/build\//, "build/");
}

function add(totals: Map<string, number>, key: string, ms: number): void {
  totals.set(key, (totals.get(key) ?? 0) + ms);
}

export function topEntries(totals: Map<string, number>, count: number): string[] {
  return [...totals]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([key, ms]) => `${Math.round(ms).toString().padStart(7)} ms  ${key}`);
}
