import { mkdirSync, mkdtempSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { NodeFileSource } from "../../src/adapters/node-file-source.js";

function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), "fireline-source-"));
  mkdirSync(join(dir, "incidents"));
  writeFileSync(join(dir, "incidents", "incident.yaml"), "title: Checkout errors\n");
  return dir;
}

describe("reading workspace files from the disk", () => {
  it("returns a file's bytes exactly", async () => {
    const read = await new NodeFileSource(folder()).read("incidents/incident.yaml", 1024);
    expect(read.ok && Buffer.from(read.bytes).toString("utf8")).toBe("title: Checkout errors\n");
  });

  it("reads a file of exactly the size limit", async () => {
    const read = await new NodeFileSource(folder()).read("incidents/incident.yaml", 23);
    expect(read.ok && read.bytes.length).toBe(23);
  });

  it("refuses a file over the limit by its size, without reading it into memory", async () => {
    const dir = folder();
    // Sparse and over 2 GiB: reading it would fail with another reason, so this proves the size came first.
    writeFileSync(join(dir, "huge.yaml"), "");
    const size = 3 * 1024 * 1024 * 1024;
    truncateSync(join(dir, "huge.yaml"), size);
    expect(await new NodeFileSource(dir).read("huge.yaml", 1024 * 1024)).toEqual({ ok: false, reason: "too-large", size });
  });

  it("says why a missing file or a folder cannot be read", async () => {
    const source = new NodeFileSource(folder());
    const missing = await source.read("incidents/nope.yaml", 1024);
    expect(missing).toMatchObject({ ok: false, reason: "unreadable", message: expect.stringContaining("ENOENT") as string });
    expect(await source.read("incidents", 1024 * 1024)).toMatchObject({ ok: false, reason: "unreadable", message: expect.stringContaining("EISDIR") as string });
  });

  it("lists files and folders, and a missing folder as empty", async () => {
    const source = new NodeFileSource(folder());
    expect(await source.list("")).toEqual([{ name: "incidents", kind: "directory" }]);
    expect(await source.list("incidents")).toEqual([{ name: "incident.yaml", kind: "file" }]);
    expect(await source.list("maintenance")).toEqual([]);
  });
});
