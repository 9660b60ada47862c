import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { MemoryFileSource } from "../src/adapters/memory-file-source.js";
import { validateWorkspace } from "../src/commands/validate.js";
import type { Diagnostic } from "../src/model/diagnostic.js";
import { MINIMAL_WORKSPACE } from "./helpers/minimal-workspace.js";

/**
 * The bad-input corpus: each folder under test/fixtures/invalid/ holds the files that differ from
 * the minimal workspace (as raw bytes, laid out as workspace paths), an optional case.json and
 * expected.json, the diagnostics fireline must report. `UPDATE_FIXTURES=1` rewrites expected.json
 * from what fireline reports now; read every rewritten file before committing it.
 */
const CORPUS = fileURLToPath(new URL("./fixtures/invalid/", import.meta.url));
const REPO = fileURLToPath(new URL("../", import.meta.url));
const UPDATE = process.env.UPDATE_FIXTURES === "1";
const CONTROL_FILES = new Set(["expected.json", "case.json"]);

interface CaseOptions {
  /** Passed to validateWorkspace, like --max-file-bytes. */
  maxFileBytes?: number;
  /** Minimal-workspace files the case removes. */
  delete?: string[];
  /** A file written at run time, so the repository does not hold a large one. */
  generate?: { path: string; bytes: number };
  /** The case is valid on purpose (a BOM or CRLF file that must not cause findings). */
  clean?: boolean;
}

type ExpectedDiagnostic = Omit<Diagnostic, "hint">;

interface Case {
  name: string;
  options: CaseOptions;
  files: Map<string, Uint8Array>;
}

const CASES = readdirSync(CORPUS)
  .filter((name) => statSync(join(CORPUS, name)).isDirectory())
  .sort()
  .map(loadCase);

/** Cases the issue asks for by name; more are welcome. */
const REQUIRED_CASES = [
  "yaml-syntax-error",
  "tab-indentation",
  "duplicate-key",
  "alias-bomb",
  "file-over-configured-cap",
  "over-default-size-cap",
  "non-utf8-bytes",
  "bom",
  "crlf-endings",
  "empty-file",
  "comment-only-file",
  "list-instead-of-map",
  "proto-key",
  "constructor-key",
  "wrong-types",
  "unknown-key-with-suggestion",
  "unknown-severity",
  "timestamp-without-offset",
  "multiple-documents",
  "scalar-instead-of-map",
  "deeply-nested-flow",
  "postmortem-without-front-matter",
  "postmortem-bad-status",
  "incident-folder-bad-name",
  "missing-required-file",
];

function loadCase(name: string): Case {
  const dir = join(CORPUS, name);
  const optionsPath = join(dir, "case.json");
  const options = existsSync(optionsPath) ? (JSON.parse(readFileSync(optionsPath, "utf8")) as CaseOptions) : {};
  const files = new Map<string, Uint8Array>();
  const encoder = new TextEncoder();
  for (const [path, text] of Object.entries(MINIMAL_WORKSPACE)) files.set(path, encoder.encode(text));
  for (const path of options.delete ?? []) {
    if (!files.delete(path)) throw new Error(`${name}/case.json deletes ${path}, which the minimal workspace does not have`);
  }
  for (const path of listFiles(dir)) {
    if (!CONTROL_FILES.has(path)) files.set(path, new Uint8Array(readFileSync(join(dir, path))));
  }
  if (options.generate) files.set(options.generate.path, generated(options.generate.bytes));
  return { name, options, files };
}

/** Workspace-relative POSIX paths of every file under dir. */
function listFiles(dir: string, prefix = ""): string[] {
  return readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((entry) => {
    const path = prefix === "" ? entry.name : `${prefix}/${entry.name}`;
    return entry.isDirectory() ? listFiles(dir, path) : [path];
  });
}

/** Exactly `bytes` bytes of YAML comments. */
function generated(bytes: number): Uint8Array {
  const line = "# padding to make the file larger than the default size cap\n";
  return new TextEncoder().encode(line.repeat(Math.ceil(bytes / line.length)).slice(0, bytes));
}

async function diagnosticsOf(c: Case): Promise<Diagnostic[]> {
  const source = new MemoryFileSource(Object.fromEntries(c.files));
  const result = await validateWorkspace(source, c.options.maxFileBytes === undefined ? {} : { maxFileBytes: c.options.maxFileBytes });
  if (!result.ok) throw new Error(`${c.name}: the workspace has no fireline.yaml`);
  return result.diagnostics;
}

/** The fields expected.json holds, in the order the JSON report prints them; hints are not compared. */
function withoutHint({ file, line, column, severity, code, rule, message }: Diagnostic): ExpectedDiagnostic {
  return { file, line, column, severity, code, rule, message };
}

function expectedPath(c: Case): string {
  return join(CORPUS, c.name, "expected.json");
}

describe("the bad-input corpus", () => {
  it("holds every case the issue asks for", () => {
    const names = CASES.map((c) => c.name);
    expect(REQUIRED_CASES.filter((name) => !names.includes(name))).toEqual([]);
  });

  for (const c of CASES) {
    const title = c.options.clean ? `accepts ${c.name} without findings` : `reports ${c.name} with a positioned message`;
    it(title, async () => {
      const diagnostics = await diagnosticsOf(c);
      const actual = diagnostics.map(withoutHint);
      if (UPDATE) writeFileSync(expectedPath(c), `${JSON.stringify(actual, null, 2)}\n`);
      const expected = JSON.parse(readFileSync(expectedPath(c), "utf8")) as ExpectedDiagnostic[];
      expect(actual).toEqual(expected);

      for (const d of diagnostics) {
        expect(Number.isInteger(d.line) && d.line >= 1, `${d.file}:${d.line}:${d.column} line`).toBe(true);
        expect(Number.isInteger(d.column) && d.column >= 1, `${d.file}:${d.line}:${d.column} column`).toBe(true);
        for (const text of [d.message, d.hint ?? ""]) {
          expect(text).not.toMatch(/\b[A-Za-z]*Error:/);
          expect(text).not.toContain("    at ");
        }
        expect(d.message.trim()).not.toBe("");
      }
      if (c.options.clean) expect(actual).toEqual([]);
      else expect(diagnostics.some((d) => d.severity === "error")).toBe(true);
    });
  }
});

describe("fireline validate on bad input, end to end", () => {
  const made: string[] = [];
  afterAll(() => {
    for (const dir of made) rmSync(dir, { recursive: true, force: true });
  });

  /** Writes a case's overlaid workspace into a fresh temporary folder, byte for byte. */
  function writeCase(c: Case): string {
    const dir = mkdtempSync(join(tmpdir(), "fireline-invalid-"));
    made.push(dir);
    for (const [path, bytes] of c.files) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), bytes);
    }
    return dir;
  }

  for (const name of ["non-utf8-bytes", "deeply-nested-flow"]) {
    it(`exits 1 for ${name} and prints file, line and column without a stack trace`, () => {
      const c = CASES.find((candidate) => candidate.name === name);
      if (!c) throw new Error(`no corpus case ${name}`);
      const expected = JSON.parse(readFileSync(expectedPath(c), "utf8")) as ExpectedDiagnostic[];
      const run = spawnSync(process.execPath, [join(REPO, "bin/fireline.js"), "validate", "--dir", writeCase(c)], {
        encoding: "utf8",
        timeout: 15_000,
        env: { ...process.env, NO_COLOR: "1" },
      });
      expect(run.error).toBeUndefined();
      expect(run.stderr).toBe("");
      expect(run.status).toBe(1);
      expect(run.stdout).not.toContain("    at ");
      for (const d of expected) {
        // Human output: the file as a heading, then "  line:column  severity  message" under it.
        expect(run.stdout).toContain(`${d.file}\n`);
        expect(run.stdout).toMatch(new RegExp(`^  ${d.line}:${d.column} +${d.severity} +${escapeRegExp(d.message)}  ${d.code} ${d.rule}$`, "m"));
      }
    });
  }
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
