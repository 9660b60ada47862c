import { spawnSync } from "node:child_process";
import { median, round } from "./stats.js";

export interface StartupResult {
  runs: number;
  /** Median wall time of `node -e 0`: what any Node CLI pays before its own code runs. */
  nodeMs: number;
  versionMs: number;
  helpMs: number;
  /** `fireline build --help`: the command whose implementation is the heaviest. */
  buildHelpMs: number;
}

/** Medians of interleaved runs of bare Node and of fireline's --version and --help, from start to exit. */
export function measureStartup(root: string, runs: number): StartupResult {
  const samples = { node: [] as number[], version: [] as number[], help: [] as number[], buildHelp: [] as number[] };
  const time = (args: string[]) => {
    const started = performance.now();
    const result = spawnSync(process.execPath, args, { cwd: root, encoding: "utf8" });
    if (result.status !== 0) throw new Error(`node ${args.join(" ")} failed: ${result.stderr}`);
    return performance.now() - started;
  };
  for (let run = 0; run < runs; run++) {
    samples.node.push(time(["-e", "0"]));
    samples.version.push(time(["bin/fireline.js", "--version"]));
    samples.help.push(time(["bin/fireline.js", "--help"]));
    samples.buildHelp.push(time(["bin/fireline.js", "build", "--help"]));
  }
  return {
    runs,
    nodeMs: round(median(samples.node)),
    versionMs: round(median(samples.version)),
    helpMs: round(median(samples.help)),
    buildHelpMs: round(median(samples.buildHelp)),
  };
}
