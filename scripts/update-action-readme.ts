// Rewrites the README's Action inputs/outputs tables from action.yml. Run with `npm run readme:action`; a test fails when they differ.
import { readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { TABLE_END, TABLE_START, withActionTables } from "./action-readme-table.js";

const root = process.cwd();
const readmePath = join(root, "README.md");
const updated = withActionTables(readFileSync(readmePath, "utf8"), readFileSync(join(root, "action.yml"), "utf8"));
if (updated === undefined) {
  console.error(`README.md has no "${TABLE_START}" … "${TABLE_END}" block to fill in`);
  process.exit(2);
}
writeFileSync(`${readmePath}.tmp`, updated);
renameSync(`${readmePath}.tmp`, readmePath);
console.log("updated the Action tables in README.md");
