import { cpSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const ROOT = new URL("../../", import.meta.url);
const WORKSPACE_PATHS = ["fireline.yaml", "people.yaml", "services.yaml", "policies", "rotations", "incidents", "maintenance"];

/** A fresh copy of the repository's example workspace (Larkspur Pay) in a temporary folder; tests edit the copy, never the repository. */
export function copyExampleWorkspace(): string {
  const dir = mkdtempSync(join(tmpdir(), "fireline-example-"));
  for (const path of WORKSPACE_PATHS) cpSync(new URL(path, ROOT), join(dir, path), { recursive: true });
  return dir;
}

/** The open sev2 incident of the example workspace. */
export const OPEN_INCIDENT = "2026-11-23-payments-api-elevated-declines";
