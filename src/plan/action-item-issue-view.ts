import type { ActionItemModel } from "../engine/postmortem/model.js";

/** What an action item's issue says about its incident, resolved from the workspace files. */
export interface IncidentFacts {
  id: string;
  title: string;
  severity: string;
  severityName?: string;
  /** Affected services, in incident.yaml's order. */
  services: { id: string; name: string }[];
}

export interface OwnerFacts {
  handle: string;
  name?: string;
  login?: string;
}

/** Links into the repository the workspace lives in. */
export interface RepositoryLinks {
  /** https://github.com or a GitHub Enterprise server. */
  serverUrl: string;
  /** owner/name */
  repository: string;
}

/**
 * The view the issue-body template renders. Every value is final text, already escaped for a
 * markdown table cell, so `templates/action-item-issue.md.hbs` only places them.
 */
export interface ActionItemIssueView {
  text: string;
  incident: { id: string; title: string; url: string };
  postmortemUrl: string;
  severity: string;
  services: string;
  owner: string;
  due: string;
  kind: string;
  marker: string;
}

export function actionItemIssueView(item: ActionItemModel, incident: IncidentFacts, owner: OwnerFacts | undefined, links: RepositoryLinks, marker: string): ActionItemIssueView {
  const base = `${links.serverUrl.replace(/\/+$/, "")}/${links.repository}/blob/HEAD/incidents/${incident.id}`;
  return {
    text: item.text,
    incident: { id: incident.id, title: cell(incident.title), url: `${base}/incident.yaml` },
    postmortemUrl: `${base}/postmortem.md`,
    severity: cell(incident.severityName === undefined ? incident.severity : `${incident.severity} (${incident.severityName})`),
    services: cell(incident.services.map((service) => (service.name === service.id ? service.id : `${service.name} (${service.id})`)).join(", ")),
    owner: cell(ownerText(item, owner)),
    due: cell(item.due?.value ?? ""),
    kind: cell(item.kind?.value.toLowerCase() ?? ""),
    marker,
  };
}

function ownerText(item: ActionItemModel, owner: OwnerFacts | undefined): string {
  if (!owner) return item.owner?.value ?? "";
  const name = owner.name ?? owner.handle;
  return owner.login === undefined ? name : `${name} (@${owner.login})`;
}

/** A value in a markdown table row: one line, and a | does not end the cell. */
function cell(text: string): string {
  return text.replace(/\s+/g, " ").replace(/\|/g, "\\|").trim();
}
