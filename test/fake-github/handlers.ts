import type { FakeIssue, FakeRepository } from "./fake-repository.js";
import { commentJson, errorJson, issueJson, labelJson } from "./github-json.js";

export interface Reply {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

export interface HandlerContext {
  api: string;
  repository: FakeRepository;
  query: URLSearchParams;
  body: Record<string, unknown>;
  /** The path without the query, for Link headers. */
  path: string;
  /** Logins that can be assigned; undefined: everyone. */
  assignable: ReadonlySet<string> | undefined;
}

const MAX_PER_PAGE = 100;

/** One page of `items` and GitHub's Link header pointing at the others. */
function paginate<T>(items: T[], context: HandlerContext): Reply & { body: T[] } {
  const perPage = Math.min(Number(context.query.get("per_page") ?? "30"), MAX_PER_PAGE);
  const page = Number(context.query.get("page") ?? "1");
  const last = Math.max(1, Math.ceil(items.length / perPage));
  const link = (n: number, rel: string) => {
    const query = new URLSearchParams(context.query);
    query.set("page", String(n));
    return `<${context.api}${context.path}?${query.toString()}>; rel="${rel}"`;
  };
  const links = [...(page < last ? [link(page + 1, "next"), link(last, "last")] : []), ...(page > 1 ? [link(1, "first"), link(page - 1, "prev")] : [])];
  return { status: 200, body: items.slice((page - 1) * perPage, page * perPage), ...(links.length > 0 ? { headers: { link: links.join(", ") } } : {}) };
}

export function listIssues(context: HandlerContext): Reply {
  const state = context.query.get("state") ?? "open";
  const wanted = (context.query.get("labels") ?? "").split(",").filter((name) => name !== "").map((name) => name.toLowerCase());
  const found = [...context.repository.issues.values()]
    .filter((issue) => state === "all" || issue.state === state)
    .filter((issue) => wanted.every((name) => issue.labels.some((label) => label.toLowerCase() === name)));
  if (context.query.get("direction") !== "asc") found.reverse();
  return paginate(
    found.map((issue) => issueJson(context.api, context.repository, issue)),
    context,
  );
}

function validationFailed(errors: object[]): Reply {
  return { status: 422, body: errorJson(422, "Validation Failed", errors) };
}

function unassignable(context: HandlerContext, assignees: string[]): Reply | undefined {
  const refused = assignees.filter((login) => context.assignable && !context.assignable.has(login));
  if (refused.length === 0) return undefined;
  return validationFailed(refused.map((login) => ({ value: login, resource: "Issue", field: "assignees", code: "invalid" })));
}

function names(value: unknown): string[] {
  return Array.isArray(value) ? value.map((item) => (typeof item === "string" ? item : String((item as { name?: string; login?: string }).name ?? (item as { login?: string }).login))) : [];
}

export function createIssue(context: HandlerContext): Reply {
  const { body } = context;
  if (typeof body.title !== "string" || body.title === "") return validationFailed([{ resource: "Issue", field: "title", code: "missing_field" }]);
  const assignees = names(body.assignees);
  const refused = unassignable(context, assignees);
  if (refused) return refused;
  const issue = context.repository.addIssue({ title: body.title, body: typeof body.body === "string" ? body.body : null, labels: names(body.labels), assignees });
  return { status: 201, body: issueJson(context.api, context.repository, issue) };
}

function findIssue(context: HandlerContext, issueNumber: number): FakeIssue | Reply {
  const issue = context.repository.issues.get(issueNumber);
  return issue ?? { status: 404, body: errorJson(404, "Not Found") };
}

export function getIssue(context: HandlerContext, issueNumber: number): Reply {
  const issue = findIssue(context, issueNumber);
  return "status" in issue ? issue : { status: 200, body: issueJson(context.api, context.repository, issue) };
}

export function updateIssue(context: HandlerContext, issueNumber: number): Reply {
  const issue = findIssue(context, issueNumber);
  if ("status" in issue) return issue;
  const { body } = context;
  if (body.assignees !== undefined) {
    const refused = unassignable(context, names(body.assignees));
    if (refused) return refused;
    issue.assignees = [...new Set(names(body.assignees))];
  }
  if (typeof body.title === "string") issue.title = body.title;
  if (typeof body.body === "string") issue.body = body.body;
  if (body.labels !== undefined) {
    issue.labels = [...new Set(names(body.labels))];
    for (const name of issue.labels) context.repository.ensureLabel(name);
  }
  const now = context.repository.tick();
  if ((body.state === "open" || body.state === "closed") && body.state !== issue.state) {
    issue.state = body.state;
    issue.closedSecond = body.state === "closed" ? now : null;
    issue.stateReason = body.state === "closed" ? ((body.state_reason as FakeIssue["stateReason"] | undefined) ?? "completed") : "reopened";
  }
  issue.updatedSecond = now;
  return { status: 200, body: issueJson(context.api, context.repository, issue) };
}

export function listComments(context: HandlerContext, issueNumber: number): Reply {
  const issue = findIssue(context, issueNumber);
  if ("status" in issue) return issue;
  return paginate(
    issue.comments.map((comment) => commentJson(context.api, context.repository, issue, comment)),
    context,
  );
}

export function addComment(context: HandlerContext, issueNumber: number): Reply {
  const issue = findIssue(context, issueNumber);
  if ("status" in issue) return issue;
  if (typeof context.body.body !== "string" || context.body.body === "") return validationFailed([{ resource: "IssueComment", field: "body", code: "missing_field" }]);
  const comment = { id: context.repository.nextId(), body: context.body.body };
  issue.comments.push(comment);
  issue.updatedSecond = context.repository.tick();
  return { status: 201, body: commentJson(context.api, context.repository, issue, comment) };
}

export function listLabels(context: HandlerContext): Reply {
  const labels = [...context.repository.labels.values()].sort((a, b) => a.id - b.id);
  return paginate(
    labels.map((label) => labelJson(context.api, context.repository, label)),
    context,
  );
}

export function createLabel(context: HandlerContext): Reply {
  const { name, color, description } = context.body;
  if (typeof name !== "string" || name === "") return validationFailed([{ resource: "Label", field: "name", code: "missing_field" }]);
  if (context.repository.findLabel(name)) return validationFailed([{ resource: "Label", field: "name", code: "already_exists" }]);
  if (typeof color === "string" && !/^[0-9a-fA-F]{6}$/.test(color)) return validationFailed([{ resource: "Label", field: "color", code: "invalid" }]);
  const label = context.repository.ensureLabel(name);
  label.color = typeof color === "string" ? color.toLowerCase() : "ededed";
  label.description = typeof description === "string" ? description : null;
  return { status: 201, body: labelJson(context.api, context.repository, label) };
}
