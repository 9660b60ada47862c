import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { writeMetricsWorkspace } from "../helpers/metrics-workspace.js";
import { runCli } from "../helpers/run-cli.js";

const QUARTER = ["--from", "2026-01", "--to", "2026-03", "--now", "2026-03-21T12:00:00Z"];
const CHARTS = ["action-items.svg", "incidents-per-month.svg", "mttr-trend.svg", "postmortem-timeliness.svg"];

function outDir(): string {
  return join(mkdtempSync(join(tmpdir(), "fireline-report-")), "report");
}

async function report(out: string, dir = writeMetricsWorkspace()) {
  return runCli(["report", "--dir", dir, "--out", out, ...QUARTER]);
}

describe("fireline report", () => {
  it("writes the page, the numbers as JSON and every chart as SVG, and says where", async () => {
    const out = outDir();
    const run = await report(out);
    expect(run).toMatchObject({ code: 0, stderr: "" });
    expect(run.stdout).toBe(`✔ Wrote the report on 7 incidents to ${out}/index.html (6 files).\n`);
    expect(readdirSync(out).sort()).toEqual([".fireline-report", "charts", "index.html", "metrics.json"]);
    expect(readdirSync(join(out, "charts")).sort()).toEqual(CHARTS);
    expect(JSON.parse(readFileSync(join(out, "metrics.json"), "utf8"))).toMatchObject({ version: 1, total: { incidents: 7 }, by: "month" });
  });

  it("gives byte-identical files for the same workspace and --now, however many charts vega drew before", async () => {
    const dir = writeMetricsWorkspace();
    const [first, second] = [outDir(), outDir()];
    await report(first, dir);
    await report(second, dir);
    for (const file of ["index.html", "metrics.json", ...CHARTS.map((chart) => `charts/${chart}`)]) {
      expect(readFileSync(join(second, file), "utf8"), file).toBe(readFileSync(join(first, file), "utf8"));
    }
  });

  it("gives every chart a title, a description and ids of its own, and a data table beside it", async () => {
    const out = outDir();
    await report(out);
    const html = readFileSync(join(out, "index.html"), "utf8");
    const rows = html.split('<div class="chart-row">').slice(1);
    expect(rows).toHaveLength(4);
    for (const row of rows) {
      const id = /<svg role="img" aria-labelledby="([a-z-]+)-title \1-desc"/.exec(row)?.[1];
      expect(id, row.slice(0, 200)).toBeDefined();
      expect(row).toMatch(new RegExp(`<title id="${id ?? ""}-title">[^<]+</title><desc id="${id ?? ""}-desc">[^<]+</desc>`));
      expect(row).toContain('<table class="data"><caption>');
    }
    const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]);
    expect(new Set(ids).size).toBe(ids.length);
    expect(html).not.toMatch(/id="(clip|gradient_)\d+"/);
  });

  it("puts the numbers a person can check next to their definitions", async () => {
    const out = outDir();
    await report(out);
    const html = readFileSync(join(out, "index.html"), "utf8");
    expect(html).toContain("<title>Test Org incident report, 2026-01-01 to 2026-03-31</title>");
    expect(html).toContain('<meta name="robots" content="noindex, nofollow">');
    expect(html).toContain(
      '<tr><th scope="row">Time to resolve (MTTR)</th><td class="num">5h 00m</td><td class="num">1d 01h 00m</td><td class="num">8h 10m</td><td class="num">6</td><td>1 missing</td><td>resolved_at − started_at: from the start of impact to the (final) resolution.</td></tr>',
    );
    // The table beside the incidents chart: January 1 sev1; February 1 sev1 and 2 sev2; March 1 each of sev2, sev3, sev4.
    expect(html).toContain('<tr><th scope="row">Feb 2026</th><td class="num">1</td><td class="num">2</td><td class="num">0</td><td class="num">0</td><td class="num">3</td></tr>');
  });

  it("replaces its own previous report as a whole", async () => {
    const out = outDir();
    await report(out);
    writeFileSync(join(out, "stale.txt"), "left over");
    expect((await report(out)).code).toBe(0);
    expect(existsSync(join(out, "stale.txt"))).toBe(false);
    expect(readdirSync(join(out, ".."))).toEqual(["report"]);
  });

  it("refuses to replace a folder it did not write, and leaves it alone", async () => {
    const out = outDir();
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, "precious.txt"), "keep me");
    const run = await report(out);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`fireline: refusing to replace ${out}: it is not empty and was not written by fireline report (it has no .fireline-report)`);
    expect(readdirSync(out)).toEqual(["precious.txt"]);
  });

  it("refuses to write over the workspace", async () => {
    const dir = writeMetricsWorkspace();
    const run = await runCli(["report", "--dir", dir, "--out", dir, ...QUARTER]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("would replace the workspace itself");
  });

  it("exits 2 for a bad period, like fireline metrics", async () => {
    const run = await runCli(["report", "--dir", writeMetricsWorkspace(), "--out", outDir(), "--from", "2026-04", "--to", "2026-01"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("fireline: --from 2026-04 is not before --to 2026-01: the period would be empty");
  });
});
