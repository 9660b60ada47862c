import type { ErrorObject } from "ajv";
import type { Diagnostic } from "../model/diagnostic.js";
import { makeDiagnostic } from "../model/make-diagnostic.js";
import { BOUNDED_DURATION_PATTERN, BUSINESS_DAYS_PATTERN, DURATION_PATTERN, ID_PATTERN, LOCAL_TIME_PATTERN, SHIFT_PATTERN } from "../schema/common.js";
import { didYouMean, listWords } from "./did-you-mean.js";
import { isLocalDateTime, knownTimeZones } from "./time-values.js";
import { formatPath, pathFromPointer, type DataPath } from "./yaml-path.js";

/** Where a schema error points, so the caller can turn a data path into file:line:column. */
export type Locate = (path: DataPath, options?: { key?: boolean }) => { line: number; column: number };

interface SchemaNode {
  description?: string;
  properties?: Record<string, SchemaNode>;
  enum?: unknown[];
}

const PATTERN_WORDS: Record<string, string> = {
  [ID_PATTERN]: "an id: lower-case letters, digits, - and _, starting with a letter or digit (e.g. payments-api)",
  [DURATION_PATTERN]: "a duration such as 5m, 4h, 2d or 1w",
  [BOUNDED_DURATION_PATTERN]: "a duration such as 5m, 4h, 2d or 1w",
  [SHIFT_PATTERN]: "a shift length such as 12h, 1d or 1w",
  [BUSINESS_DAYS_PATTERN]: "a number of business days such as '5 business days'",
  [LOCAL_TIME_PATTERN]: "a 24-hour local time such as 09:00",
};

/** Rewrites one ajv error as a diagnostic a person can act on, at the right place in the file. */
export function humanizeSchemaError(file: string, error: ErrorObject, locate: Locate): Diagnostic {
  const path = pathFromPointer(error.instancePath);
  const name = formatPath(path);
  const value: unknown = error.data;
  const parent = error.parentSchema as SchemaNode | undefined;
  const params = error.params as Record<string, unknown>;

  switch (error.keyword) {
    case "additionalProperty":
    case "additionalProperties": {
      const key = String(params.additionalProperty);
      const keyPath = [...path, key];
      const known = Object.keys(parent?.properties ?? {});
      if (known.length === 0) {
        return makeDiagnostic("bad-format", file, locate(keyPath, { key: true }), `'${key}' in ${name} is not a valid key: it must be ${PATTERN_WORDS[ID_PATTERN] ?? "an id"}`);
      }
      const guess = didYouMean(key, known);
      const where = path.length === 0 ? "at the top level" : `in ${name}`;
      return makeDiagnostic(
        "unknown-key",
        file,
        locate(keyPath, { key: true }),
        `unknown key '${key}' ${where}${guess ? `; did you mean '${guess}'?` : ""}`,
        `Allowed keys: ${known.join(", ")}.`,
      );
    }
    case "required": {
      const missing = String(params.missingProperty);
      const description = parent?.properties?.[missing]?.description;
      const where = path.length === 0 ? "" : ` in ${name}`;
      return makeDiagnostic("missing-key", file, locate(path, { key: true }), `missing required key '${missing}'${where}`, description);
    }
    case "type":
      return makeDiagnostic("wrong-type", file, locate(path), `${name} must be ${typeWords(String(params.type))}, got ${describeValue(value)}`, typeHint(String(params.type), value));
    case "enum": {
      const allowed = (parent?.enum ?? (params.allowedValues as unknown[] | undefined) ?? []).map(String);
      const guess = typeof value === "string" ? didYouMean(value, allowed) : undefined;
      return makeDiagnostic(
        "not-allowed-value",
        file,
        locate(path),
        `${name} must be one of ${allowed.join(", ")}, got ${describeValue(value)}`,
        guess ? `Did you mean '${guess}'?` : undefined,
      );
    }
    case "format":
      return formatError(file, String(params.format), name, value, locate(path));
    case "pattern": {
      const pattern = String(params.pattern);
      const expected = PATTERN_WORDS[pattern];
      const message = expected ? `${name} must be ${expected}, got ${describeValue(value)}` : `${name} is not in the expected form, got ${describeValue(value)}`;
      return makeDiagnostic("bad-format", file, locate(path), message, parent?.description);
    }
    default:
      return rangeError(file, error, name, locate(path));
  }
}

function formatError(file: string, format: string, name: string, value: unknown, at: { line: number; column: number }): Diagnostic {
  const text = String(value);
  switch (format) {
    case "date-time":
      if (isLocalDateTime(text)) {
        return makeDiagnostic(
          "timestamp-without-offset",
          file,
          at,
          `${name} '${text}' has no UTC offset, so it could be any of 24 instants`,
          `Add Z for UTC or the local offset: ${text}Z or ${text}+01:00.`,
        );
      }
      return makeDiagnostic("bad-format", file, at, `${name} must be a timestamp with an offset such as 2026-03-03T09:12:00Z, got ${describeValue(value)}`);
    case "date":
      return makeDiagnostic("bad-format", file, at, `${name} must be a calendar date YYYY-MM-DD, got ${describeValue(value)}`);
    case "time-zone": {
      const guess = didYouMean(text, knownTimeZones());
      return makeDiagnostic(
        "bad-format",
        file,
        at,
        `${name} '${text}' is not an IANA time zone${guess ? `; did you mean '${guess}'?` : ""}`,
        "Use a zone name such as Europe/Berlin, America/New_York or UTC, not an abbreviation like CET or EST.",
      );
    }
    default:
      return makeDiagnostic("bad-format", file, at, `${name} must be a valid ${format}, got ${describeValue(value)}`);
  }
}

function rangeError(file: string, error: ErrorObject, name: string, at: { line: number; column: number }): Diagnostic {
  const limit = (error.params as { limit?: number }).limit ?? 0;
  const messages: Record<string, string> = {
    minItems: `${name} must list at least ${plural(limit, "item")}`,
    maxItems: `${name} must list at most ${plural(limit, "item")}`,
    minProperties: `${name} must have at least ${plural(limit, "entry", "entries")}`,
    maxProperties: `${name} must have at most ${plural(limit, "entry", "entries")}`,
    minLength: limit === 1 ? `${name} must not be empty` : `${name} must be at least ${plural(limit, "character")} long`,
    maxLength: `${name} must be at most ${plural(limit, "character")} long`,
    minimum: `${name} must be at least ${limit}, got ${describeValue(error.data)}`,
    maximum: `${name} must be at most ${limit}, got ${describeValue(error.data)}`,
    uniqueItems: `${name} lists the same item twice`,
  };
  return makeDiagnostic("out-of-range", file, at, messages[error.keyword] ?? `${name} ${error.message ?? "is not valid"}`);
}

function typeWords(type: string): string {
  const words: Record<string, string> = {
    string: "text",
    boolean: "true or false",
    integer: "a whole number",
    number: "a number",
    array: "a list",
    object: "a mapping of keys to values",
    null: "empty",
  };
  return listWords(type.split(",").map((part) => words[part] ?? part));
}

/** How to write the value so it has the expected type, for the mix-ups YAML invites. */
function typeHint(type: string, value: unknown): string | undefined {
  const expected = type.split(",");
  if (expected.includes("boolean") && typeof value === "string" && /^(?:yes|no|on|off|y|n|true|false)$/i.test(value)) {
    return `Write true or false, without quotes; YAML 1.2 reads '${value}' as text.`;
  }
  if (expected.includes("string") && (typeof value === "number" || typeof value === "boolean")) {
    return `YAML reads ${String(value)} as a ${typeof value}; put it in quotes to make it text: '${String(value)}'.`;
  }
  if ((expected.includes("integer") || expected.includes("number")) && typeof value === "string" && /^-?\d+(?:\.\d+)?$/.test(value.trim())) {
    return "Write the number without quotes.";
  }
  return undefined;
}

export function describeValue(value: unknown): string {
  if (value === null || value === undefined) return "nothing";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  if (typeof value === "string") return `'${value.length > 60 ? `${value.slice(0, 57)}...` : value}'`;
  return typeof value === "number" || typeof value === "boolean" ? String(value) : typeof value;
}

function plural(count: number, singular: string, pluralWord = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralWord}`;
}
