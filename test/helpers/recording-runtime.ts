import type { ActionRuntime, AnnotationKind, AnnotationPlace } from "../../src/action/action-runtime.js";

export interface RecordingRuntime extends ActionRuntime {
  outputs: Record<string, string>;
  annotations: { kind: AnnotationKind; message: string; place?: AnnotationPlace }[];
  logs: string[];
  summary: string;
  failures: string[];
  secrets: string[];
}

/** An ActionRuntime that records what the Action did, for tests without a runner. */
export function recordingRuntime(inputs: Record<string, string>, cwd: string, env: Record<string, string> = {}): RecordingRuntime {
  const runtime: RecordingRuntime = {
    outputs: {},
    annotations: [],
    logs: [],
    summary: "",
    failures: [],
    secrets: [],
    input: (name) => (inputs[name] ?? "").trim(),
    setOutput: (name, value) => {
      runtime.outputs[name] = value;
    },
    setSecret: (value) => {
      runtime.secrets.push(value);
    },
    annotate: (kind, message, place) => {
      runtime.annotations.push(place ? { kind, message, place } : { kind, message });
    },
    info: (text) => {
      runtime.logs.push(text);
    },
    appendSummary: (markdown) => {
      runtime.summary += markdown;
      return Promise.resolve();
    },
    fail: (message) => {
      runtime.failures.push(message);
    },
    env: { FIRELINE_NOW: "2026-11-23T12:00:00Z", ...env },
    cwd,
  };
  return runtime;
}
