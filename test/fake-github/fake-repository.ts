/** One repository's issues, comments and labels, kept in memory by the fake GitHub server. */

export interface FakeIssue {
  number: number;
  title: string;
  body: string | null;
  state: "open" | "closed";
  stateReason: "completed" | "not_planned" | "reopened" | "duplicate" | null;
  labels: string[];
  assignees: string[];
  /** Pull requests share the issue numbers and come back from the issues list. */
  pullRequest: boolean;
  comments: { id: number; body: string }[];
  createdSecond: number;
  updatedSecond: number;
  closedSecond: number | null;
}

export interface FakeLabel {
  id: number;
  name: string;
  color: string;
  description: string | null;
}

// Timestamps count seconds from a fixed instant so that responses are reproducible.
const EPOCH_MS = Date.parse("2026-01-01T00:00:00Z");

export function isoAt(second: number): string {
  return new Date(EPOCH_MS + second * 1000).toISOString().replace(".000Z", "Z");
}

export class FakeRepository {
  readonly issues = new Map<number, FakeIssue>();
  readonly labels = new Map<string, FakeLabel>();
  #clock = 0;
  #nextId = 1;

  constructor(
    public owner: string,
    public repo: string,
  ) {}

  tick(): number {
    return ++this.#clock;
  }

  nextId(): number {
    return this.#nextId++;
  }

  addIssue(fields: { title: string; body: string | null; labels: string[]; assignees: string[]; pullRequest?: boolean }): FakeIssue {
    const now = this.tick();
    const issue: FakeIssue = {
      number: this.issues.size + 1,
      title: fields.title,
      body: fields.body,
      state: "open",
      stateReason: null,
      labels: [...new Set(fields.labels)],
      assignees: [...new Set(fields.assignees)],
      pullRequest: fields.pullRequest ?? false,
      comments: [],
      createdSecond: now,
      updatedSecond: now,
      closedSecond: null,
    };
    for (const name of issue.labels) this.ensureLabel(name);
    this.issues.set(issue.number, issue);
    return issue;
  }

  /** GitHub creates a label it does not know when an issue uses it, with a grey colour. */
  ensureLabel(name: string): FakeLabel {
    const existing = this.findLabel(name);
    if (existing) return existing;
    const label: FakeLabel = { id: this.nextId(), name, color: "ededed", description: null };
    this.labels.set(name.toLowerCase(), label);
    return label;
  }

  /** Label names are case-insensitive on GitHub. */
  findLabel(name: string): FakeLabel | undefined {
    return this.labels.get(name.toLowerCase());
  }
}
