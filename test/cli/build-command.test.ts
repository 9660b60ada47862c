import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { edit } from "../helpers/minimal-workspace.js";
import { runCli, writeWorkspace } from "../helpers/run-cli.js";
import { listFiles } from "../status-page/site-helpers.js";

const NOW = ["--now", "2026-03-10T12:00:00Z"];
const INCIDENT = "incidents/2026-03-03-api-errors/incident.yaml";

/** A workspace in a temporary folder and an output path beside it. */
function setup(changes: Record<string, string | null> = {}) {
  const dir = writeWorkspace(changes);
  const out = join(mkdtempSync(join(tmpdir(), "fireline-out-")), "site");
  return { dir, out };
}

function readTree(root: string): Map<string, string> {
  return new Map(listFiles(root).map((path) => [path, readFileSync(join(root, path), "utf8")]));
}

describe("fireline build", () => {
  it("builds the site into --out, says what it built, and leaves no temporary folder behind", async () => {
    const { dir, out } = setup();
    const run = await runCli(["build", "--dir", dir, "--out", out, ...NOW]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`✔ Built the status page in ${out}/ as of 2026-03-10T12:00:00Z:`);
    expect(run.stdout).toContain("1 incident, 1 maintenance window, 2 components.");
    expect(run.stdout).toContain("Feeds were skipped: they need the site's URL");
    for (const path of ["index.html", "incidents/2026-03-03-api-errors.html", "history/index.html", "api/v2/summary.json", "badges/status.svg", "assets/style.css"]) {
      expect(existsSync(join(out, path)), path).toBe(true);
    }
    expect(readdirSync(dirname(out))).toEqual(["site"]);
  });

  it("writes byte-identical files for the same workspace and --now", async () => {
    const { dir, out } = setup();
    const other = join(dirname(out), "again");
    await runCli(["build", "--dir", dir, "--out", out, ...NOW, "--base-url", "https://status.test/"]);
    await runCli(["build", "--dir", dir, "--out", other, ...NOW, "--base-url", "https://status.test/"]);
    expect(readTree(other)).toEqual(readTree(out));
    expect(existsSync(join(out, "feeds", "all.atom"))).toBe(true);
  });

  it("replaces the previous site as a whole", async () => {
    const { dir, out } = setup();
    await runCli(["build", "--dir", dir, "--out", out, ...NOW]);
    writeFileSync(join(out, "incidents", "stale.html"), "old");
    expect((await runCli(["build", "--dir", dir, "--out", out, ...NOW])).code).toBe(0);
    expect(existsSync(join(out, "incidents", "stale.html"))).toBe(false);
  });

  it("refuses to build from a workspace with errors, prints them like validate, and keeps the previous site", async () => {
    const { dir, out } = setup();
    await runCli(["build", "--dir", dir, "--out", out, ...NOW]);
    const before = readTree(out);
    writeFileSync(join(dir, INCIDENT), edit(INCIDENT, [["commander: alice", "commander: alcie"]]));
    const run = await runCli(["build", "--dir", dir, "--out", out, ...NOW]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("roles.commander: unknown person 'alcie'; did you mean 'alice'?  FL-301 unknown-person");
    expect(run.stderr).toContain("the status page was not built because the workspace has errors");
    expect(readTree(out)).toEqual(before);
  });

  it("rejects a --now it cannot read with exit 2 and writes nothing", async () => {
    const { dir, out } = setup();
    const run = await runCli(["build", "--dir", dir, "--out", out, "--now", "next tuesday"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("--now must be a time such as 2026-03-03T09:12:00Z or 2026-03-03T10:12 (read in Europe/Berlin), got 'next tuesday'");
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(out)).toBe(false);
  });

  it("reads a --now without an offset in the page's time zone", async () => {
    const { dir, out } = setup();
    expect((await runCli(["build", "--dir", dir, "--out", out, "--now", "2026-03-10T13:00"])).code).toBe(0);
    expect(readFileSync(join(out, "index.html"), "utf8")).toContain('<time datetime="2026-03-10T12:00:00Z" data-relative>10 Mar 2026, 13:00 UTC+1</time>');
  });

  it("reports an --out it cannot write with exit 2 and no stack trace", async () => {
    const { dir, out } = setup();
    writeFileSync(join(dirname(out), "a-file"), "x");
    const run = await runCli(["build", "--dir", dir, "--out", join(dirname(out), "a-file", "site"), ...NOW]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^fireline: cannot (create|write)/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it("reports a read-only output folder with exit 2", async () => {
    const { dir, out } = setup();
    const parent = dirname(out);
    chmodSync(parent, 0o555);
    try {
      const run = await runCli(["build", "--dir", dir, "--out", out, ...NOW]);
      if (process.getuid?.() === 0) {
        // Root writes through permissions, so the build succeeds like any other.
        expect(run.code).toBe(0);
      } else {
        expect(run.code).toBe(2);
        expect(run.stderr).toContain("fireline: cannot write next to");
      }
    } finally {
      chmodSync(parent, 0o755);
    }
  });

  it("never replaces a folder it did not build, nor the workspace itself", async () => {
    const { dir, out } = setup();
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, "thesis.tex"), "precious");
    const foreign = await runCli(["build", "--dir", dir, "--out", out, ...NOW]);
    expect(foreign.code).toBe(2);
    expect(foreign.stderr).toContain("refusing to replace");
    expect(readFileSync(join(out, "thesis.tex"), "utf8")).toBe("precious");

    const self = await runCli(["build", "--dir", dir, "--out", ".", ...NOW], { cwd: dir });
    expect(self.code).toBe(2);
    expect(self.stderr).toContain("would replace the workspace itself");
    const parent = await runCli(["build", "--dir", dir, "--out", dirname(dir), ...NOW]);
    expect(parent.code).toBe(2);
  });

  it("uses a template from the workspace's templates/ folder, and reports one that does not parse with exit 2", async () => {
    const { dir, out } = setup();
    mkdirSync(join(dir, "templates"));
    writeFileSync(join(dir, "templates", "home.hbs"), "{{#> layout}}<h1>Our own home for {{layout.siteTitle}}</h1>{{/layout}}\n");
    expect((await runCli(["build", "--dir", dir, "--out", out, ...NOW])).code).toBe(0);
    expect(readFileSync(join(out, "index.html"), "utf8")).toContain("<h1>Our own home for Test status</h1>");

    writeFileSync(join(dir, "templates", "home.hbs"), "{{#> layout}}<h1>{{title</h1>{{/layout}}\n");
    const broken = await runCli(["build", "--dir", dir, "--out", out, ...NOW]);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(/^fireline: templates\/home\.hbs: Parse error on line 1/);
    expect(readFileSync(join(out, "index.html"), "utf8")).toContain("Our own home");
  });

  it("rejects a template that calls a helper: templates place values, they hold no logic", async () => {
    const { dir, out } = setup();
    mkdirSync(join(dir, "templates"));
    writeFileSync(join(dir, "templates", "home.hbs"), "{{#> layout}}{{uppercase layout.siteTitle}}{{/layout}}\n");
    const run = await runCli(["build", "--dir", dir, "--out", out, ...NOW]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("templates/home.hbs: You specified knownHelpersOnly, but used the unknown helper uppercase");
    expect(existsSync(out)).toBe(false);
  });

  it("reports a template that fails while rendering, and keeps the previous site", async () => {
    const { dir, out } = setup();
    await runCli(["build", "--dir", dir, "--out", out, ...NOW]);
    mkdirSync(join(dir, "templates"));
    writeFileSync(join(dir, "templates", "incident.hbs"), "{{> no-such-partial}}\n");
    const run = await runCli(["build", "--dir", dir, "--out", out, ...NOW]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("templates/incident.hbs: The partial no-such-partial could not be found");
    expect(readFileSync(join(out, "incidents", "2026-03-03-api-errors.html"), "utf8")).toContain("API errors after deploy");
    expect(readdirSync(dirname(out))).toEqual(["site"]);
  });

  it("checks --base-url and uses it for feeds and JSON links", async () => {
    const { dir, out } = setup();
    const bad = await runCli(["build", "--dir", dir, "--out", out, ...NOW, "--base-url", "status.example.com"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("--base-url must be an absolute http(s) URL");
    expect((await runCli(["build", "--dir", dir, "--out", out, ...NOW, "--base-url", "https://status.test/sub"])).code).toBe(0);
    expect(readFileSync(join(out, "api", "v2", "incidents.json"), "utf8")).toContain('"shortlink": "https://status.test/sub/incidents/2026-03-03-api-errors.html"');
  });

  it("builds despite warnings, and points to validate for them", async () => {
    const { dir, out } = setup({ [INCIDENT]: edit(INCIDENT, [["status: resolved\npublic", "status: monitoring\npublic"], ["resolved_at: 2026-03-03T10:40:00Z\n", ""]]) });
    const run = await runCli(["build", "--dir", dir, "--out", out, ...NOW]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/The workspace has 1 warning.*; `fireline validate` lists them\.\n/);
  });

  it("says so when --dir is not a workspace", async () => {
    const run = await runCli(["build", "--dir", mkdtempSync(join(tmpdir(), "fireline-empty-")), ...NOW]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("is not a fireline workspace");
  });

  it("is listed in --help", async () => {
    expect((await runCli(["--help"])).stdout).toMatch(/build \[options\]\s+build the static status page/);
  });
});
