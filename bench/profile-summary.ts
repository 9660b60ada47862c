/**
 * `node build/bench/profile-summary.js DIR [--top 30]`: where the CPU time of a profiled run went.
 * Profile a command with `node --cpu-prof --cpu-prof-dir DIR bin/fireline.js validate …`, then
 * read the self time per file and per function, summed over the main thread and the workers.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { addSelfTimes, topEntries, type CpuProfile, type SelfTimes } from "./profile/self-time.js";

const { positionals, values } = parseArgs({ allowPositionals: true, options: { top: { type: "string", default: "30" } } });
const dir = positionals[0];
const top = Number(values.top);
if (dir === undefined || !Number.isInteger(top) || top < 1) {
  process.stderr.write("usage: node build/bench/profile-summary.js <folder of .cpuprofile files> [--top 30]\n");
  process.exit(2);
}
const files = listProfiles(dir);
if (files.length === 0) {
  process.stderr.write(`${dir} holds no .cpuprofile file (profile with node --cpu-prof --cpu-prof-dir ${dir})\n`);
  process.exit(1);
}
const totals: SelfTimes = { byFile: new Map(), byFunction: new Map() };
for (const name of files) addSelfTimes(JSON.parse(readFileSync(join(dir, name), "utf8")) as CpuProfile, totals);
process.stdout.write(`${String(files.length)} profile(s) in ${dir}\n\nself time by file:\n${topEntries(totals.byFile, top).join("\n")}\n\n`);
process.stdout.write(`self time by function:\n${topEntries(totals.byFunction, top).join("\n")}\n`);

function listProfiles(folder: string): string[] {
  try {
    return readdirSync(folder).filter((name) => name.endsWith(".cpuprofile"));
  } catch (error) {
    process.stderr.write(`cannot read ${folder}: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
}
