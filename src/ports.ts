/** A directory entry as the loader needs it. */
export interface DirEntry {
  name: string;
  kind: "file" | "directory";
}

export type ReadResult =
  | { ok: true; bytes: Uint8Array }
  | { ok: false; reason: "too-large"; size: number }
  | { ok: false; reason: "unreadable"; message: string };

/**
 * How the core reads a workspace. Paths are workspace-relative and POSIX ("incidents/x/incident.yaml").
 * `list` of a missing directory is empty, so optional folders need no special case.
 */
export interface FileSource {
  list(dir: string): Promise<DirEntry[]>;
  /** Reads a file, refusing (without reading it) one larger than maxBytes. */
  read(path: string, maxBytes: number): Promise<ReadResult>;
}

/** Where output goes; a command writes through this so the CLI, the Action and tests can capture it. */
export interface Output {
  write(text: string): void;
}

/** The only source of "now"; everything in the core takes the instant as an argument. */
export type Clock = () => Date;

/** A file as read for editing: its bytes and a version token (a content hash) to write against. */
export interface VersionedFile {
  bytes: Uint8Array;
  version: string;
}

export type WriteOutcome = { ok: true } | { ok: false; reason: "changed" | "missing" } | { ok: false; reason: "busy"; holder: string };

/**
 * How commands that edit the workspace write. Writes are compare-and-swap: `expected` is the
 * version the edit was planned from (undefined: the file must not exist yet), and a file that
 * changed in between is not overwritten. Paths are workspace-relative and POSIX.
 */
export interface WorkspaceWriter {
  read(path: string): Promise<VersionedFile | undefined>;
  write(path: string, text: string, expected: string | undefined): Promise<WriteOutcome>;
}

/** An issue as the tracker returns it. Pull requests are never returned. */
export interface TrackerIssue {
  number: number;
  title: string;
  body: string;
  state: "open" | "closed";
  /** Why a closed issue was closed; GitHub's `state_reason`. */
  stateReason: "completed" | "not_planned" | "reopened" | null;
  /** Label names, sorted. */
  labels: string[];
  /** GitHub logins, sorted. */
  assignees: string[];
  url: string;
}

export interface IssueDraft {
  title: string;
  body: string;
  labels: string[];
  assignees: string[];
}

/** Only the fields present change. */
export interface IssueChange {
  title?: string;
  body?: string;
  labels?: string[];
  assignees?: string[];
  state?: "open" | "closed";
  stateReason?: "completed" | "not_planned" | "reopened";
}

export interface TrackerComment {
  id: number;
  body: string;
}

export interface TrackerLabel {
  name: string;
  /** Six hex digits without the #. */
  color: string;
  description: string;
}

/**
 * Where issues live (GitHub in production, memory in tests). Issues are found again by a hidden
 * marker in their body, through `listIssues` filtered by a label, never by search.
 * Every method is one logical operation; adapters page and retry underneath.
 */
export interface IssueTracker {
  /** Every issue carrying `label`, open and closed, in ascending number order. */
  listIssues(label: string): Promise<TrackerIssue[]>;
  createIssue(draft: IssueDraft): Promise<TrackerIssue>;
  updateIssue(issueNumber: number, change: IssueChange): Promise<TrackerIssue>;
  listComments(issueNumber: number): Promise<TrackerComment[]>;
  addComment(issueNumber: number, body: string): Promise<TrackerComment>;
  listLabels(): Promise<TrackerLabel[]>;
  createLabel(label: TrackerLabel): Promise<void>;
}
