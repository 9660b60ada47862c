/** What the CLI needs from its process; tests pass fakes. */
export interface CliIo {
  stdout: { write(text: string): unknown; isTTY?: boolean };
  stderr: { write(text: string): unknown; isTTY?: boolean };
  /** Where questions are answered (fireline incident declare without --severity); absent when there is no input. */
  stdin?: NodeJS.ReadableStream & { isTTY?: boolean };
  env: Record<string, string | undefined>;
  cwd: string;
}

/** Exit codes (README: "Exit codes"). */
export const EXIT = { ok: 0, findings: 1, usage: 2, internal: 3 } as const;

/** A mistake in how fireline was called or configured: exit 2 with this message, never a stack trace. */
export class UsageError extends Error {
  constructor(message: string, readonly hint?: string) {
    super(message);
    this.name = "UsageError";
  }
}

/** Colour only for a terminal, and never when NO_COLOR is set (no-color.org) or FORCE_COLOR=0. */
export function useColor(stream: { isTTY?: boolean }, env: CliIo["env"]): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== "") return false;
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== "0";
  return stream.isTTY === true;
}
