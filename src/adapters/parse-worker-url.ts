import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

/**
 * Where the worker thread's script is. In build/ (the CLI) and in a bundle (the Action) it sits
 * beside this module as parse-worker.js: a bundle must emit src/adapters/parse-worker.ts as its own
 * entry point, parse-worker.js, next to the bundle's main file. Under vitest this module is a .ts
 * file and the compiled worker is taken from build/. Undefined when no script exists: fireline
 * then parses in the calling thread instead of failing.
 */
export function parseWorkerUrl(): URL | undefined {
  const candidates = [new URL("./parse-worker.js", import.meta.url)];
  if (import.meta.url.endsWith(".ts")) candidates.push(new URL("../../build/src/adapters/parse-worker.js", import.meta.url));
  return candidates.find((url) => url.protocol === "file:" && existsSync(fileURLToPath(url)));
}
