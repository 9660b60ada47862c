// Writes test/fake-github/openapi-subset.json: the operations of GitHub's official OpenAPI
// description that fireline calls, with only the status codes the fake server answers.
//
// The full description is 385 MB, so it is not a dependency. To refresh the subset:
//   npm install --no-save @octokit/openapi@23.0.2
//   npm run openapi:subset
import { readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/** The REST API version fireline sends in X-GitHub-Api-Version. */
const API_VERSION = "2026-03-10";

/** path → method → the statuses the fake server answers with. */
const OPERATIONS: Record<string, Record<string, string[]>> = {
  "/repos/{owner}/{repo}/issues": {
    get: ["200", "301", "404", "422"],
    post: ["201", "403", "404", "410", "422"],
  },
  "/repos/{owner}/{repo}/issues/{issue_number}": {
    get: ["200", "301", "404", "410"],
    patch: ["200", "301", "403", "404", "410", "422"],
  },
  "/repos/{owner}/{repo}/issues/{issue_number}/comments": {
    get: ["200", "404", "410"],
    post: ["201", "403", "404", "410", "422"],
  },
  "/repos/{owner}/{repo}/labels": {
    get: ["200", "404"],
    post: ["201", "404", "422"],
  },
};

interface Operation {
  operationId: string;
  parameters?: unknown[];
  requestBody?: unknown;
  responses: Record<string, unknown>;
}

const root = join(import.meta.dirname, "..", "..");
const packageDir = join(root, "node_modules", "@octokit", "openapi");
const packageVersion = (JSON.parse(readFileSync(join(packageDir, "package.json"), "utf8")) as { version: string }).version;
const description = JSON.parse(readFileSync(join(packageDir, "generated", "api.github.com.deref.json"), "utf8")) as {
  paths: Record<string, Record<string, Operation>>;
};

const paths: Record<string, Record<string, Operation>> = {};
for (const [path, methods] of Object.entries(OPERATIONS)) {
  for (const [method, statuses] of Object.entries(methods)) {
    const operation = description.paths[path]?.[method];
    if (!operation) throw new Error(`${method.toUpperCase()} ${path} is not in @octokit/openapi ${packageVersion}`);
    const responses = Object.fromEntries(statuses.map((status) => [status, operation.responses[status] ?? missing(method, path, status)]));
    paths[path] = { ...paths[path], [method]: { operationId: operation.operationId, parameters: operation.parameters ?? [], requestBody: operation.requestBody, responses } };
  }
}

const subset = { source: `@octokit/openapi@${packageVersion} generated/api.github.com.deref.json`, apiVersion: API_VERSION, paths };
const target = join(root, "test", "fake-github", "openapi-subset.json");
writeFileSync(`${target}.tmp`, `${JSON.stringify(withoutExamples(subset))}\n`);
renameSync(`${target}.tmp`, target);
console.log(`wrote test/fake-github/openapi-subset.json from @octokit/openapi@${packageVersion}`);

function missing(method: string, path: string, status: string): never {
  throw new Error(`${method.toUpperCase()} ${path} documents no ${status} response in @octokit/openapi ${packageVersion}`);
}

// Examples and prose are most of the bytes and play no part in validation. Under `properties`
// the keys are field names (labels have a "description" field), so they all stay.
function withoutExamples(value: unknown, keysAreFieldNames = false): unknown {
  if (Array.isArray(value)) return value.map((item) => withoutExamples(item));
  if (value === null || typeof value !== "object") return value;
  const prose = ["example", "examples", "description", "summary"];
  const kept = Object.entries(value).filter(([key]) => keysAreFieldNames || !prose.includes(key));
  return Object.fromEntries(kept.map(([key, inner]) => [key, withoutExamples(inner, !keysAreFieldNames && key === "properties")]));
}
