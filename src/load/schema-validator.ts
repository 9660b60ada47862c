import { Ajv, type ErrorObject, type ValidateFunction } from "ajv";
import addFormatsModule from "ajv-formats";
import { FILE_KINDS, type FileKind } from "../schema/index.js";
import { isInstant, isPlainDate, isTimeZone } from "./time-values.js";

// ajv-formats ships CommonJS with a default export property.
const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;

let ajv: Ajv | undefined;
const compiled = new Map<FileKind, ValidateFunction>();

function getAjv(): Ajv {
  if (ajv) return ajv;
  ajv = new Ajv({ allErrors: true, verbose: true, strict: true, allowUnionTypes: true });
  addFormats(ajv, { formats: ["uri", "email"] });
  // Timestamps and zones are checked with Temporal, the same code that later computes with them.
  ajv.addFormat("date-time", { type: "string", validate: isInstant });
  ajv.addFormat("date", { type: "string", validate: isPlainDate });
  ajv.addFormat("time-zone", { type: "string", validate: isTimeZone });
  return ajv;
}

/** Validates parsed data against its kind's schema; compiles each schema once, on first use. */
export function validateAgainstSchema(kind: FileKind, value: unknown): ErrorObject[] {
  let validate = compiled.get(kind);
  if (!validate) {
    validate = getAjv().compile(FILE_KINDS[kind].schema);
    compiled.set(kind, validate);
  }
  return validate(value) ? [] : [...(validate.errors ?? [])];
}
