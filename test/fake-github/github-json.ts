import { isoAt, type FakeIssue, type FakeLabel, type FakeRepository } from "./fake-repository.js";

/** The JSON GitHub returns for its objects, with every field the OpenAPI description requires. */

const WEB = "https://github.com";

function userJson(api: string, login: string) {
  const url = `${api}/users/${login}`;
  return {
    login,
    id: login.length * 1000 + login.charCodeAt(0),
    node_id: `U_${login}`,
    avatar_url: `https://avatars.githubusercontent.com/${login}`,
    gravatar_id: "",
    url,
    html_url: `${WEB}/${login}`,
    followers_url: `${url}/followers`,
    following_url: `${url}/following{/other_user}`,
    gists_url: `${url}/gists{/gist_id}`,
    starred_url: `${url}/starred{/owner}{/repo}`,
    subscriptions_url: `${url}/subscriptions`,
    organizations_url: `${url}/orgs`,
    repos_url: `${url}/repos`,
    events_url: `${url}/events{/privacy}`,
    received_events_url: `${url}/received_events`,
    type: "User",
    site_admin: false,
  };
}

export function labelJson(api: string, repository: FakeRepository, label: FakeLabel) {
  return {
    id: label.id,
    node_id: `LA_${String(label.id)}`,
    url: `${api}/repos/${repository.owner}/${repository.repo}/labels/${encodeURIComponent(label.name)}`,
    name: label.name,
    color: label.color,
    description: label.description,
    default: false,
  };
}

export function issueJson(api: string, repository: FakeRepository, issue: FakeIssue) {
  const repoUrl = `${api}/repos/${repository.owner}/${repository.repo}`;
  const url = `${repoUrl}/issues/${String(issue.number)}`;
  const assignees = issue.assignees.map((login) => userJson(api, login));
  return {
    id: 100_000 + issue.number,
    node_id: `I_${String(issue.number)}`,
    url,
    repository_url: repoUrl,
    labels_url: `${url}/labels{/name}`,
    comments_url: `${url}/comments`,
    events_url: `${url}/events`,
    html_url: `${WEB}/${repository.owner}/${repository.repo}/${issue.pullRequest ? "pull" : "issues"}/${String(issue.number)}`,
    number: issue.number,
    state: issue.state,
    state_reason: issue.stateReason,
    title: issue.title,
    body: issue.body,
    user: userJson(api, "fireline-bot"),
    labels: issue.labels.map((name) => {
      const label = repository.findLabel(name);
      return label ? labelJson(api, repository, label) : name;
    }),
    assignee: assignees[0] ?? null,
    assignees,
    milestone: null,
    locked: false,
    comments: issue.comments.length,
    ...(issue.pullRequest ? { pull_request: { url: `${repoUrl}/pulls/${String(issue.number)}`, html_url: null, diff_url: null, patch_url: null } } : {}),
    closed_at: issue.closedSecond === null ? null : isoAt(issue.closedSecond),
    created_at: isoAt(issue.createdSecond),
    updated_at: isoAt(issue.updatedSecond),
    author_association: "MEMBER",
  };
}

export function commentJson(api: string, repository: FakeRepository, issue: FakeIssue, comment: { id: number; body: string }) {
  const repoUrl = `${api}/repos/${repository.owner}/${repository.repo}`;
  return {
    id: comment.id,
    node_id: `IC_${String(comment.id)}`,
    url: `${repoUrl}/issues/comments/${String(comment.id)}`,
    html_url: `${WEB}/${repository.owner}/${repository.repo}/issues/${String(issue.number)}#issuecomment-${String(comment.id)}`,
    issue_url: `${repoUrl}/issues/${String(issue.number)}`,
    body: comment.body,
    user: userJson(api, "fireline-bot"),
    created_at: isoAt(issue.updatedSecond),
    updated_at: isoAt(issue.updatedSecond),
    author_association: "MEMBER",
  };
}

/** GitHub's error body: a message and where its documentation is. */
export function errorJson(status: number, message: string, errors?: object[]) {
  return { message, documentation_url: "https://docs.github.com/rest", ...(errors ? { errors } : {}), status: String(status) };
}
