import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv, type ErrorObject, type ValidateFunction } from "ajv";
import addFormatsModule from "ajv-formats";

const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;

interface Parameter {
  name: string;
  in: string;
  required?: boolean;
  schema: { type?: string };
}

interface Operation {
  operationId: string;
  parameters: Parameter[];
  requestBody?: { required?: boolean; content: Record<string, { schema: object }> };
  responses: Record<string, { content?: Record<string, { schema: object }> }>;
}

interface Subset {
  source: string;
  apiVersion: string;
  paths: Record<string, Record<string, Operation>>;
}

/** GitHub's description of the operations the fake server implements (scripts/extract-github-openapi.ts). */
export const SUBSET = toJsonSchema(JSON.parse(readFileSync(subsetPath(), "utf8"))) as Subset;

// Beside this file, or, when compiled into build/ for the benchmarks, in the source tree.
function subsetPath(): string {
  const beside = join(import.meta.dirname, "openapi-subset.json");
  return existsSync(beside) ? beside : join(import.meta.dirname, "..", "..", "..", "test", "fake-github", "openapi-subset.json");
}

/** OpenAPI 3.0's `nullable: true` in JSON Schema terms: the value may also be null. */
function toJsonSchema(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(toJsonSchema);
  if (value === null || typeof value !== "object") return value;
  const { nullable, ...rest } = Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, toJsonSchema(inner)])) as Record<string, unknown>;
  if (nullable !== true) return nullable === undefined ? rest : { ...rest, nullable };
  if (Array.isArray(rest.enum)) rest.enum = [...(rest.enum as unknown[]), null];
  if (typeof rest.type === "string") return { ...rest, type: [rest.type, "null"] };
  return { anyOf: [rest, { type: "null" }] };
}

const ajv = new Ajv({ strict: false, allErrors: true });
addFormats(ajv);
const compiled = new Map<object, ValidateFunction>();

function validatorFor(schema: object): ValidateFunction {
  let validate = compiled.get(schema);
  if (!validate) {
    validate = ajv.compile(schema);
    compiled.set(schema, validate);
  }
  return validate;
}

function operation(method: string, template: string): Operation {
  const found = SUBSET.paths[template]?.[method.toLowerCase()];
  if (!found) throw new Error(`the OpenAPI subset has no ${method} ${template}; add it to scripts/extract-github-openapi.ts`);
  return found;
}

function describe(errors: ErrorObject[] | null | undefined): string {
  return (errors ?? []).slice(0, 5).map((error) => `${error.instancePath || "/"} ${error.message ?? "is invalid"}`).join("; ");
}

/** Problems with a request, as sentences; empty when it matches GitHub's description. */
export function checkRequest(method: string, template: string, query: URLSearchParams, body: unknown): string[] {
  const op = operation(method, template);
  const problems: string[] = [];
  const known = new Set(op.parameters.filter((p) => p.in === "query").map((p) => p.name));
  for (const name of query.keys()) if (!known.has(name)) problems.push(`query parameter "${name}" is not in ${op.operationId}`);
  for (const parameter of op.parameters.filter((p) => p.in === "query")) {
    const raw = query.get(parameter.name);
    if (raw === null) continue;
    const value = parameter.schema.type === "integer" ? Number(raw) : raw;
    const validate = validatorFor(parameter.schema);
    if (!validate(value)) problems.push(`query parameter ${parameter.name}=${raw}: ${describe(validate.errors)}`);
  }
  const bodySchema = op.requestBody?.content["application/json"]?.schema;
  if (bodySchema && (body !== undefined || op.requestBody?.required === true)) {
    const validate = validatorFor(bodySchema);
    if (!validate(body)) problems.push(`request body: ${describe(validate.errors)}`);
  } else if (!bodySchema && body !== undefined) problems.push(`${op.operationId} takes no request body`);
  return problems.map((problem) => `${method} ${template}: ${problem}`);
}

/** Problems with a response; a status the operation does not document is itself a problem. */
export function checkResponse(method: string, template: string, status: number, body: unknown): string[] {
  const op = operation(method, template);
  const response = op.responses[String(status)];
  if (!response) return [`${method} ${template}: status ${status} is not documented for ${op.operationId}`];
  const schema = response.content?.["application/json"]?.schema;
  if (!schema) return [];
  const validate = validatorFor(schema);
  return validate(body) ? [] : [`${method} ${template} → ${status}: response body: ${describe(validate.errors)}`];
}
