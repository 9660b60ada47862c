import { appendFileSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { generateWorkspace } from "../../bench/generate-workspace.js";

/**
 * A benchmark-style workspace in a fresh temporary folder, with a few broken files spread through
 * it (bad YAML, a schema error, a postmortem without front matter) so results carry diagnostics
 * from many batches.
 */
export async function generatedWorkspace(incidents: number): Promise<string> {
  const dir = join(mkdtempSync(join(tmpdir(), "fireline-generated-")), "workspace");
  await generateWorkspace(dir, { incidents, seed: 7 });
  const ids = readdirSync(join(dir, "incidents")).sort();
  const pick = (fraction: number) => join(dir, "incidents", ids[Math.floor(ids.length * fraction)] ?? "");
  writeFileSync(join(pick(0.1), "incident.yaml"), "title: [unclosed\nseverity: sev2\n");
  appendFileSync(join(pick(0.5), "incident.yaml"), "surprise_key: true\n");
  writeFileSync(join(pick(0.9), "postmortem.md"), "# No front matter\n\n## Summary\n\nAlice should have checked.\n");
  return dir;
}
