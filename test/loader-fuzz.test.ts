import fc from "fast-check";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { validateWorkspace } from "../src/commands/validate.js";
import { MINIMAL_WORKSPACE, workspaceWith } from "./helpers/minimal-workspace.js";

/**
 * Random text in place of one file of the minimal workspace: validation must finish, and every
 * finding must carry a place and a message. Seeds are random per run; a failure prints its seed
 * and the shrunk input, so it can be replayed with `{ seed, path }`.
 */
const INCIDENT = "incidents/2026-03-03-api-errors/incident.yaml";
const POSTMORTEM = "incidents/2026-03-03-api-errors/postmortem.md";
const KINDS = ["fireline.yaml", "people.yaml", INCIDENT, "rotations/core-primary.yaml", POSTMORTEM] as const;
/** FUZZ_RUNS=5000 for a longer hunt. */
const RUNS = Number(process.env.FUZZ_RUNS ?? 200);

const YAML_CHARS = Array.from(":-[]{}#&*!|>'\"%@`\\, \n\t\r\u00e9abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789");

/** Text made of the characters YAML gives meaning to, plus letters, digits, CR and a non-ASCII letter. */
const yamlish = fc.string({ unit: fc.constantFrom(...YAML_CHARS), maxLength: 300 });

/** One edit to a text: cut it short, or insert, replace or delete a few characters. */
const mutation = fc.oneof(
  fc.record({ kind: fc.constant("truncate" as const), at: fc.nat() }),
  fc.record({ kind: fc.constant("insert" as const), at: fc.nat(), text: fc.string({ unit: fc.constantFrom(...YAML_CHARS), minLength: 1, maxLength: 4 }) }),
  fc.record({ kind: fc.constant("delete" as const), at: fc.nat(), length: fc.integer({ min: 1, max: 4 }) }),
  fc.record({ kind: fc.constant("replace" as const), at: fc.nat(), text: fc.constantFrom(...YAML_CHARS) }),
);

type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never;

function mutate(text: string, edits: readonly Mutation[]): string {
  let out = text;
  for (const edit of edits) {
    const at = out.length === 0 ? 0 : edit.at % (out.length + 1);
    if (edit.kind === "truncate") out = out.slice(0, at);
    else if (edit.kind === "insert") out = out.slice(0, at) + edit.text + out.slice(at);
    else if (edit.kind === "delete") out = out.slice(0, at) + out.slice(at + edit.length);
    else out = out.slice(0, at) + edit.text + out.slice(at + 1);
  }
  return out;
}

/** Any JavaScript value written as YAML by the yaml library, then damaged. */
const damagedStringify = fc
  .tuple(fc.anything(), fc.array(mutation, { maxLength: 4 }))
  // stringify() returns undefined for undefined, whatever its type says.
  .map(([value, edits]) => mutate((stringify(value) as string | undefined) ?? "", edits));

/** The real file for a kind, damaged a little, so the text often gets as far as the schema and the rules. */
function damagedOriginal(path: string) {
  const original = path === POSTMORTEM ? "---\nstatus: draft\nauthors: [alice]\n---\n\n# API errors\n" : (MINIMAL_WORKSPACE[path] ?? "");
  return fc.array(mutation, { minLength: 1, maxLength: 6 }).map((edits) => mutate(original, edits));
}

/** A postmortem is markdown; half the time the random text is put where its front matter goes. */
function asFileText(path: string, text: string, wrap: boolean): string {
  return path === POSTMORTEM && wrap ? `---\n${text}\n---\n\n# Postmortem\n` : text;
}

async function checkPositioned(path: string, text: string): Promise<void> {
  const result = await validateWorkspace(workspaceWith({ [path]: text }));
  expect(result.ok).toBe(true);
  if (!result.ok) return;
  for (const d of result.diagnostics) {
    const where = `${d.file}:${d.line}:${d.column} ${d.message}`;
    expect(Number.isInteger(d.line) && d.line >= 1, where).toBe(true);
    expect(Number.isInteger(d.column) && d.column >= 1, where).toBe(true);
    expect(d.message.trim().length, where).toBeGreaterThan(0);
    expect(d.file.length, where).toBeGreaterThan(0);
  }
}

describe("the loader on random input", () => {
  // A process warning goes to stderr, which `fireline validate` keeps empty.
  const warnings: string[] = [];
  const onWarning = (warning: Error) => warnings.push(warning.message);
  beforeAll(() => process.on("warning", onWarning));
  afterAll(() => process.off("warning", onWarning));
  afterEach(async () => {
    await new Promise((resolve) => setImmediate(resolve));
    expect(warnings).toEqual([]);
  });

  for (const path of KINDS) {
    it(`finishes with positioned findings for random YAML-like text as ${path}`, async () => {
      await fc.assert(
        fc.asyncProperty(fc.oneof(yamlish, damagedStringify), fc.boolean(), async (text, wrap) => {
          await checkPositioned(path, asFileText(path, text, wrap));
        }),
        { numRuns: RUNS },
      );
    });

    it(`finishes with positioned findings for a damaged copy of the real ${path}`, async () => {
      await fc.assert(
        fc.asyncProperty(damagedOriginal(path), async (text) => {
          await checkPositioned(path, text);
        }),
        { numRuns: RUNS },
      );
    });
  }
});
