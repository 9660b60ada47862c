// Writes schemas/*.json from src/schema. Run with `npm run schemas`; a test fails when they drift.
import { mkdirSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { renderSchemaFiles } from "../src/schema/render-schema-files.js";

const outDir = join(import.meta.dirname, "..", "..", "schemas");
mkdirSync(outDir, { recursive: true });
for (const [name, text] of renderSchemaFiles()) {
  const target = join(outDir, name);
  writeFileSync(`${target}.tmp`, text);
  renameSync(`${target}.tmp`, target);
  console.log(`wrote schemas/${name}`);
}
