/** Where an annotation points; paths are relative to the repository root, as GitHub expects. */
export interface AnnotationPlace {
  title: string;
  file: string;
  line: number;
  column: number;
}

export type AnnotationKind = "error" | "warning" | "notice";

/**
 * What the Action needs from the runner. The real one wraps @actions/core; tests pass a recorder,
 * so the steps can be checked without a runner or a bundle.
 */
export interface ActionRuntime {
  /** An input as written in the workflow, trimmed; "" when not given. */
  input(name: string): string;
  setOutput(name: string, value: string): void;
  /** Keeps a value (the token) out of every log line. */
  setSecret(value: string): void;
  annotate(kind: AnnotationKind, message: string, place?: AnnotationPlace): void;
  info(text: string): void;
  /** Appends markdown to the job summary. */
  appendSummary(markdown: string): Promise<void>;
  /** Marks the step failed with this message (exit code 1). */
  fail(message: string): void;
  env: Readonly<Record<string, string | undefined>>;
  /** The folder the step runs in: GITHUB_WORKSPACE on a runner. */
  cwd: string;
}
