import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { FakeRepository, type FakeIssue, type FakeLabel } from "./fake-repository.js";
import { FaultPlan, type Fault, type RouteName } from "./faults.js";
import { errorJson } from "./github-json.js";
import * as handlers from "./handlers.js";
import type { HandlerContext, Reply } from "./handlers.js";
import { checkRequest, checkResponse, SUBSET } from "./openapi-check.js";

export interface FakeGitHubOptions {
  owner?: string;
  repo?: string;
  /** The token the server accepts (Authorization: token … or Bearer …). */
  token?: string;
  /** Logins that can be assigned to issues; others get a 422. Default: everyone. */
  assignable?: string[];
}

export interface LoggedRequest {
  method: string;
  /** Path and query as sent. */
  url: string;
  /** The status answered; 0 when the connection was dropped. */
  status: number;
}

export interface FakeGitHub {
  /** Use as apiUrl or GITHUB_API_URL. */
  url: string;
  readonly owner: string;
  readonly repo: string;
  /** The repository's issues (and pull requests) in number order. */
  issues(): FakeIssue[];
  labels(): FakeLabel[];
  readonly requests: LoggedRequest[];
  counts(): { reads: number; writes: number };
  injectFault(fault: Fault): void;
  /** Brings the server back after a crash fault. */
  recover(): void;
  /** Requests that broke GitHub's OpenAPI description or the API version rules. */
  violations(): string[];
  /** What tests set up without going through the API. */
  repository: FakeRepository;
  /** Write requests answer 403 as for a token with `issues: read` only. */
  setPermission(permission: "read" | "write"): void;
  /** Issue requests answer 410 as for a repository with issues turned off. */
  setIssuesDisabled(disabled: boolean): void;
  /** Renames the repository: requests to the old name answer 301 with the new location. */
  rename(owner: string, repo: string): void;
  /** Stops the server; rejects if any request or response broke the OpenAPI description. */
  close(): Promise<void>;
}

interface Route {
  name: RouteName;
  template: string;
  issueNumber?: number;
}

function matchRoute(rest: string): Route | undefined {
  if (rest === "/issues") return { name: "issues", template: "/repos/{owner}/{repo}/issues" };
  if (rest === "/labels") return { name: "labels", template: "/repos/{owner}/{repo}/labels" };
  const issue = /^\/issues\/(\d+)(\/comments)?$/.exec(rest);
  if (!issue) return undefined;
  const issueNumber = Number(issue[1]);
  return issue[2] ? { name: "comments", template: "/repos/{owner}/{repo}/issues/{issue_number}/comments", issueNumber } : { name: "issue", template: "/repos/{owner}/{repo}/issues/{issue_number}", issueNumber };
}

const HANDLERS: Record<string, (context: HandlerContext, issueNumber: number) => Reply> = {
  "GET issues": handlers.listIssues,
  "POST issues": handlers.createIssue,
  "GET issue": handlers.getIssue,
  "PATCH issue": handlers.updateIssue,
  "GET comments": handlers.listComments,
  "POST comments": handlers.addComment,
  "GET labels": handlers.listLabels,
  "POST labels": handlers.createLabel,
};

/**
 * A GitHub REST API on 127.0.0.1 for tests: the issue, comment and label endpoints fireline uses,
 * real pagination, GitHub's error bodies, and counted faults. Every request and every answer is
 * checked against GitHub's OpenAPI description (openapi-subset.json).
 */
export async function startFakeGitHub(options: FakeGitHubOptions = {}): Promise<FakeGitHub> {
  const repository = new FakeRepository(options.owner ?? "octo-org", options.repo ?? "incidents");
  const token = options.token ?? "fake-token";
  const assignable = options.assignable ? new Set(options.assignable) : undefined;
  const faults = new FaultPlan();
  const requests: LoggedRequest[] = [];
  const violations: string[] = [];
  const formerNames = new Set<string>();
  let permission: "read" | "write" = "write";
  let issuesDisabled = false;
  let api = "";

  function answer(method: string, path: string, query: URLSearchParams, headers: IncomingMessage["headers"], body: unknown): Reply | "drop" | "hang" {
    const offered = /^(?:token|bearer) (.+)$/i.exec(headers.authorization ?? "")?.[1];
    if (offered !== token) return { status: 401, body: errorJson(401, offered === undefined ? "Requires authentication" : "Bad credentials") };
    if (headers["x-github-api-version"] !== SUBSET.apiVersion) violations.push(`${method} ${path}: X-GitHub-Api-Version is ${String(headers["x-github-api-version"])}, expected ${SUBSET.apiVersion}`);
    const parts = /^\/repos\/([^/]+)\/([^/]+)(\/.*)$/.exec(path);
    const route = parts ? matchRoute(parts[3] ?? "") : undefined;
    const handler = route ? HANDLERS[`${method} ${route.name}`] : undefined;
    if (!parts || !route || !handler) {
      violations.push(`${method} ${path}: the fake server does not implement this endpoint`);
      return { status: 404, body: errorJson(404, "Not Found") };
    }
    const problems = checkRequest(method, route.template, query, body);
    if (body !== null && typeof body === "object" && "assignee" in body) problems.push(`${method} ${path}: the singular "assignee" field is closing down in API version ${SUBSET.apiVersion}; send "assignees"`);
    if (problems.length > 0) {
      violations.push(...problems);
      return { status: 422, body: errorJson(422, problems.join("; ")) };
    }
    const fault = faults.take(method, route.name);
    if (fault && fault.kind !== "drop-after-write") return faultReply(fault);
    const fullName = `${parts[1] ?? ""}/${parts[2] ?? ""}`;
    if (formerNames.has(fullName)) {
      const location = `${api}/repos/${repository.owner}/${repository.repo}${parts[3] ?? ""}${query.size > 0 ? `?${query.toString()}` : ""}`;
      return { status: method === "GET" || method === "PATCH" ? 301 : 307, body: { message: "Moved Permanently", url: location, documentation_url: "https://docs.github.com/rest" }, headers: { location } };
    }
    if (fullName !== `${repository.owner}/${repository.repo}`) return { status: 404, body: errorJson(404, "Not Found") };
    if (issuesDisabled && route.name !== "labels") return { status: 410, body: errorJson(410, "Issues are disabled for this repo") };
    if (method !== "GET" && permission === "read") {
      return { status: 403, body: errorJson(403, "Resource not accessible by personal access token"), headers: { "x-accepted-github-permissions": "issues=write" } };
    }
    const context: HandlerContext = { api, repository, query, body: (body ?? {}) as Record<string, unknown>, path, assignable };
    const reply = handler(context, route.issueNumber ?? 0);
    violations.push(...checkResponse(method, route.template, reply.status, reply.body));
    if (method !== "GET" && reply.status < 300) faults.wrote();
    return fault?.kind === "drop-after-write" ? "drop" : reply;
  }

  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const method = request.method ?? "GET";
      const url = new URL(request.url ?? "/", api);
      const logged: LoggedRequest = { method, url: `${url.pathname}${url.search}`, status: 0 };
      requests.push(logged);
      if (faults.down) return void request.socket.destroy();
      const text = Buffer.concat(chunks).toString("utf8");
      let body: unknown;
      try {
        body = text === "" ? undefined : JSON.parse(text);
      } catch {
        violations.push(`${method} ${url.pathname}: the request body is not JSON`);
        body = undefined;
      }
      const reply = answer(method, url.pathname, url.searchParams, request.headers, body);
      if (reply === "drop") return void request.socket.destroy();
      if (reply === "hang") return;
      logged.status = reply.status;
      response.writeHead(reply.status, { "content-type": "application/json; charset=utf-8", ...reply.headers });
      response.end(JSON.stringify(reply.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  api = `http://127.0.0.1:${String((server.address() as AddressInfo).port)}`;

  return {
    url: api,
    get owner() {
      return repository.owner;
    },
    get repo() {
      return repository.repo;
    },
    issues: () => [...repository.issues.values()].sort((a, b) => a.number - b.number),
    labels: () => [...repository.labels.values()],
    requests,
    counts: () => ({ reads: requests.filter((r) => r.method === "GET").length, writes: requests.filter((r) => r.method !== "GET").length }),
    injectFault: (fault) => faults.add(fault),
    recover: () => faults.recover(),
    violations: () => [...violations],
    repository,
    setPermission: (value) => (permission = value),
    setIssuesDisabled: (value) => (issuesDisabled = value),
    rename: (owner, repo) => {
      formerNames.add(`${repository.owner}/${repository.repo}`);
      repository.owner = owner;
      repository.repo = repo;
    },
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      const distinct = [...new Set(violations)];
      if (distinct.length > 0) throw new Error(`the fake GitHub server saw requests or answers that break GitHub's OpenAPI description:\n${distinct.slice(0, 10).join("\n")}`);
    },
  };
}

function faultReply(fault: Exclude<Fault, { kind: "crash" | "drop-after-write" }>): Reply | "drop" | "hang" {
  switch (fault.kind) {
    case "drop-connection":
      return "drop";
    case "hang":
      return "hang";
    case "500":
    case "502":
      return { status: Number(fault.kind), body: errorJson(Number(fault.kind), fault.kind === "500" ? "Internal Server Error" : "Server Error") };
    case "secondary-rate-limit":
      return {
        status: fault.status ?? 403,
        body: errorJson(fault.status ?? 403, "You have exceeded a secondary rate limit. Please wait a few minutes before you try again."),
        headers: { "retry-after": String(fault.retryAfterSeconds ?? 1) },
      };
    case "rate-limit": {
      const reset = Math.ceil(Date.now() / 1000) + (fault.resetSeconds ?? 1);
      return {
        status: 403,
        body: errorJson(403, "API rate limit exceeded for user."),
        headers: { "x-ratelimit-limit": "5000", "x-ratelimit-remaining": "0", "x-ratelimit-reset": String(reset) },
      };
    }
  }
}
