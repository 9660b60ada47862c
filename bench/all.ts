/**
 * `npm run bench [-- --sizes 1000,10000 --runs 1]`: every benchmark, one after another, each in its
 * own process. Size and run options go to the benchmarks that generate workspaces; the on-call and
 * postmortem benchmarks have fixed inputs.
 */
import { spawnSync } from "node:child_process";
import { join } from "node:path";

const args = process.argv.slice(2);
const benches: { file: string; args: string[]; node?: string[] }[] = [
  { file: "run.js", args, node: ["--expose-gc"] },
  { file: "postmortem-bench.js", args: [] },
  { file: "oncall-bench.js", args: [] },
  { file: "metrics-bench.js", args },
  { file: "site-bench.js", args },
  { file: "scale-bench.js", args },
  { file: "github-sync-bench.js", args: [] },
  { file: "deadlines-enforce-bench.js", args: [] },
];

let failed = false;
for (const bench of benches) {
  process.stdout.write(`\n=== ${bench.file.replace(/\.js$/, "")} ===\n`);
  const result = spawnSync(process.execPath, [...(bench.node ?? []), join(import.meta.dirname, bench.file), ...bench.args], { stdio: "inherit" });
  if (result.status !== 0) {
    process.stderr.write(`${bench.file} exited with ${String(result.status ?? result.signal)}\n`);
    failed = true;
  }
}
process.exitCode = failed ? 1 : 0;
