import type { Temporal } from "temporal-polyfill";
import type { WebhookResult } from "../adapters/slack-webhook.js";
import type { Problem } from "../engine/incident/problem.js";
import type { FileSource } from "../ports.js";
import type { CommsKind } from "../render/comms/comms-kinds.js";
import { incidentComms, type ReadTemplate } from "./incident-comms.js";

/** Delivers a Slack message payload; the webhook URL stays inside it. */
export type PostMessage = (payload: SlackPayload) => Promise<WebhookResult>;

export interface SlackPayload {
  text: string;
  mrkdwn: true;
}

export type NotifyResult =
  | { ok: true; id: string; kind: CommsKind; payload: SlackPayload; sent: boolean; attempts: number }
  | { ok: false; problem: Problem };

/** `fireline notify`: the Slack rendering of the incident's message, posted to an incoming webhook (or, with dryRun, only shown). */
export async function notifyIncident(
  files: FileSource,
  readTemplate: ReadTemplate,
  post: PostMessage,
  options: { id: string; kind?: CommsKind; now: Temporal.Instant; dryRun: boolean },
): Promise<NotifyResult> {
  const message = await incidentComms(files, readTemplate, options);
  if (!message.ok) return message;
  const payload: SlackPayload = { text: message.texts.slack, mrkdwn: true };
  if (options.dryRun) return { ok: true, id: message.id, kind: message.kind, payload, sent: false, attempts: 0 };
  const posted = await post(payload);
  if (!posted.ok) return { ok: false, problem: { kind: "refused", message: `the Slack message for ${message.id} was not delivered: ${posted.message}` } };
  return { ok: true, id: message.id, kind: message.kind, payload, sent: true, attempts: posted.attempts };
}
