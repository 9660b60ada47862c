import { relative, sep } from "node:path";

/** "" when the workspace is the current folder, else "path/to/ws/", so printed paths open from here. */
export function displayRoot(cwd: string, dir: string): string {
  const rel = relative(cwd, dir);
  return rel === "" ? "" : `${rel.split(sep).join("/")}/`;
}

/** An output folder as the user would type it: relative when inside cwd, absolute otherwise. */
export function displayPath(cwd: string, path: string): string {
  const rel = relative(cwd, path);
  return rel === "" || rel.startsWith("..") ? `${path}/` : `${rel.split(sep).join("/")}/`;
}
