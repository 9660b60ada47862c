import { Temporal } from "temporal-polyfill";
import { afterAll, describe, expect, it } from "vitest";
import { NodeFileSource } from "../../src/adapters/node-file-source.js";
import { parseWorkerUrl } from "../../src/adapters/parse-worker-url.js";
import { WorkerParser } from "../../src/adapters/worker-parser.js";
import { preparePostmortemFacts } from "../../src/engine/postmortem/prepare.js";
import { loadWorkspace } from "../../src/load/load-workspace.js";
import type { BatchParser } from "../../src/load/parse-batch.js";
import { inThreadParser } from "../../src/load/run-parse-batch.js";
import { runRules } from "../../src/validate/run-rules.js";
import { copyExampleWorkspace } from "../helpers/example-workspace.js";
import { generatedWorkspace } from "../helpers/generated-workspace.js";

const NOW = Temporal.Instant.from("2026-11-23T12:00:00Z");
const threads = new WorkerParser({ workers: 3, minJobs: 0 });
afterAll(() => threads.close());

/** Everything loading and the postmortem analysis produce, as plain data, diagnostics in their original order. */
async function outcome(dir: string, parser: BatchParser) {
  const loaded = await loadWorkspace(new NodeFileSource(dir), { parser });
  if (!loaded.ok) throw new Error(`${dir} is not a workspace`);
  const { workspace } = loaded;
  const facts = await preparePostmortemFacts(workspace, { now: NOW, parser });
  return {
    loadDiagnostics: loaded.diagnostics,
    ruleDiagnostics: runRules(workspace, undefined, { postmortems: facts, now: NOW }),
    rotations: workspace.rotations.map(({ id, data, source }) => ({ id, data, text: source.text })),
    maintenance: workspace.maintenance.map(({ id, data }) => ({ id, data })),
    incidents: workspace.incidents.map(({ id, incident, postmortem }) => ({
      id,
      incident: incident?.data,
      frontMatter: postmortem?.frontMatter,
      body: postmortem?.body,
      bodyLine: postmortem?.bodyLine,
      lineOffset: postmortem?.source.lineOffset,
    })),
    models: [...facts.models],
    failedFiles: [...workspace.failedFiles],
  };
}

describe("parsing across worker threads", () => {
  it("finds the compiled worker script, so these tests do use threads", () => {
    expect(parseWorkerUrl()?.pathname).toMatch(/parse-worker\.js$/);
  });

  it("gives the example workspace the same data, models and diagnostics as parsing in one thread", async () => {
    const dir = copyExampleWorkspace();
    const single = await outcome(dir, inThreadParser);
    expect(single.models.length).toBeGreaterThan(0);
    const before = threads.batchesInThreads;
    expect(await outcome(dir, threads)).toEqual(single);
    expect(threads.batchesInThreads).toBeGreaterThan(before);
  }, 60_000);

  it("gives a generated workspace with broken files the same results, diagnostics in the same order", async () => {
    const dir = await generatedWorkspace(300);
    const single = await outcome(dir, inThreadParser);
    expect(single.loadDiagnostics.map((d) => d.rule)).toEqual(expect.arrayContaining(["yaml-syntax", "front-matter"]));
    const parallel = await outcome(dir, threads);
    expect(parallel.loadDiagnostics).toEqual(single.loadDiagnostics);
    expect(parallel.ruleDiagnostics).toEqual(single.ruleDiagnostics);
    expect(parallel).toEqual(single);
  }, 120_000);

  it("parses in the calling thread, with the same results, when the worker script is missing", async () => {
    const dir = copyExampleWorkspace();
    const missing = new WorkerParser({ workers: 2, minJobs: 0, script: new URL("file:///nonexistent/parse-worker.js") });
    try {
      expect(await outcome(dir, missing)).toEqual(await outcome(dir, inThreadParser));
      expect(missing.batchesInThreads).toBe(0);
    } finally {
      await missing.close();
    }
  }, 60_000);

  it("parses in the calling thread when no worker script is known", async () => {
    const dir = copyExampleWorkspace();
    const none = new WorkerParser({ workers: 2, minJobs: 0, script: undefined });
    expect(await outcome(dir, none)).toEqual(await outcome(dir, inThreadParser));
  }, 60_000);
});
