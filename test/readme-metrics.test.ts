import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DEFINITIONS } from "../src/render/metrics/definitions.js";
import { runCli } from "./helpers/run-cli.js";

const ROOT = join(import.meta.dirname, "..");
const readme = readFileSync(join(ROOT, "README.md"), "utf8");
const section = readme.slice(readme.indexOf("## Metrics and reports"), readme.indexOf("## Benchmark"));
const EXAMPLE = ["metrics", "--from", "2025-12", "--to", "2026-11", "--now", "2026-11-23T12:00:00Z"];

describe("the README's metrics section", () => {
  it("comes before the benchmark section", () => {
    expect(readme.indexOf("## Metrics and reports")).toBeGreaterThan(0);
    expect(section.length).toBeGreaterThan(1000);
  });

  it("shows what fireline metrics prints for this repository today", async () => {
    const run = await runCli([...EXAMPLE, "--dir", ROOT]);
    expect(run.code).toBe(0);
    expect(section, "the example output in the README is stale: run `fireline " + EXAMPLE.join(" ") + "` and paste it").toContain(
      `$ fireline ${EXAMPLE.join(" ")}\n${run.stdout}\`\`\``,
    );
  });

  it("shows the --by severity rows as they are printed", async () => {
    const run = await runCli([...EXAMPLE, "--dir", ROOT, "--by", "severity"]);
    const start = /^By severity +incidents/m.exec(run.stdout)?.index ?? -1;
    const rows = run.stdout.slice(start, run.stdout.indexOf("\n\nTargets"));
    expect(rows.split("\n")).toHaveLength(5);
    expect(section).toContain(rows);
  });

  it("defines every number the report and the markdown summary label", () => {
    for (const { term } of Object.values(DEFINITIONS)) {
      for (const part of term.replace(/\s*\(.*\)$/, "").split(", ")) expect(section.toLowerCase(), term).toContain(part.toLowerCase());
    }
  });
});
