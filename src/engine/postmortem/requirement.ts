import { Temporal } from "temporal-polyfill";
import { POSTMORTEM_TRIGGERS, type PostmortemTrigger } from "../../schema/postmortem-triggers.js";
import type { IncidentFile } from "../../schema/incident.js";
import type { SeverityPolicyFile } from "../../schema/severity-policy.js";
import { highestSeverity } from "../incident/severity-history.js";
import { exactDuration, parseDuration } from "../oncall/duration.js";
import { epochMs } from "../../model/instant.js";

/** The deadline of a postmortem only a trigger requires, when neither the severity nor the policy sets one. */
export const DEFAULT_TRIGGERED_DUE = "10 business days";

/** The severity table and postmortem_triggers: section, prepared once for many incidents. */
export interface RequirementPolicy {
  /** Severity ids, most severe first. */
  order: readonly string[];
  severities: ReadonlyMap<string, { required: boolean; due?: string; resolutionMs?: number; resolutionTarget: string }>;
  facts: ReadonlySet<PostmortemTrigger>;
  overTarget: boolean;
  triggeredDue: string;
}

/** Whether an incident owes a postmortem, why, and by how many business days after resolution. */
export interface PostmortemRequirement {
  required: boolean;
  /** The most severe level the incident reached, which the severity rule is judged by. */
  severity: string;
  /** "5 business days"; absent when not required or when the severity requires one without a deadline. */
  due?: string;
  /** Why, in words: "sev1 requires one", "data loss", "resolution took 30h, over sev3's 24h target". */
  reasons: string[];
}

const TRIGGER_WORDS: Record<PostmortemTrigger, string> = {
  user_visible_downtime: "user-visible downtime",
  slo_breached: "SLO breached",
  data_loss: "data loss",
  manual_intervention: "manual intervention (rollback, traffic reroute)",
  monitoring_failed: "monitoring failed",
};

export function requirementPolicy(file: SeverityPolicyFile | undefined): RequirementPolicy {
  const entries = Object.entries(file?.severities ?? {});
  const triggers = file?.postmortem_triggers;
  return {
    order: entries.map(([id]) => id),
    severities: new Map(
      entries.map(([id, severity]) => [
        id,
        {
          required: severity.postmortem.required,
          ...(severity.postmortem.due === undefined ? {} : { due: severity.postmortem.due }),
          resolutionMs: exactDuration(parseDuration(severity.resolution_target)).total({ unit: "milliseconds" }),
          resolutionTarget: severity.resolution_target,
        },
      ]),
    ),
    facts: new Set(triggers?.facts ?? POSTMORTEM_TRIGGERS),
    overTarget: triggers?.resolution_over_target ?? true,
    triggeredDue: triggers?.due ?? DEFAULT_TRIGGERED_DUE,
  };
}

type RequirementFacts = Pick<IncidentFile, "severity" | "updates" | "started_at" | "resolved_at" | "postmortem_triggers">;

/** Epoch milliseconds of started_at and resolved_at, for callers that have them already (the metrics). */
export interface ResolutionSpan {
  started: number;
  resolved?: number;
}

/**
 * The one place that decides whether an incident owes a postmortem: its highest severity
 * requires one, or a seed 001 trigger holds (a fact in postmortem_triggers:, or a resolution
 * that took longer than the severity's resolution_target), whatever the severity.
 */
export function postmortemRequirement(incident: RequirementFacts, policy: RequirementPolicy, span?: ResolutionSpan): PostmortemRequirement {
  const severity = highestSeverity(incident, policy.order);
  const rule = policy.severities.get(severity);
  const reasons: string[] = [];
  if (rule?.required === true) reasons.push(`${severity} requires one`);
  for (const fact of incident.postmortem_triggers ?? []) if (policy.facts.has(fact)) reasons.push(TRIGGER_WORDS[fact]);
  const over = policy.overTarget ? overTarget(span ?? spanOf(incident), rule?.resolutionMs) : undefined;
  if (over !== undefined) reasons.push(`resolution took ${over}, over ${severity}'s ${rule?.resolutionTarget ?? ""} target`);
  if (reasons.length === 0) return { required: false, severity, reasons };
  const due = rule?.required === true ? rule.due : (rule?.due ?? policy.triggeredDue);
  return { required: true, severity, reasons, ...(due === undefined ? {} : { due }) };
}

function spanOf(incident: RequirementFacts): ResolutionSpan {
  const started = epochMs(incident.started_at);
  return incident.resolved_at === undefined ? { started } : { started, resolved: epochMs(incident.resolved_at) };
}

/** How long the resolution took ("25h 30m"), when longer than the target; undefined when within it, open or without a target. */
function overTarget(span: ResolutionSpan, targetMs: number | undefined): string | undefined {
  if (targetMs === undefined || span.resolved === undefined || span.resolved - span.started <= targetMs) return undefined;
  const took = Temporal.Duration.from({ milliseconds: span.resolved - span.started }).round({ largestUnit: "hours", smallestUnit: "minutes", roundingMode: "trunc" });
  return took.minutes === 0 ? `${String(took.hours)}h` : `${String(took.hours)}h ${String(took.minutes)}m`;
}

/** "postmortem required: data loss; resolution took 30h, over sev3's 24h target". */
export function requirementText(requirement: PostmortemRequirement): string {
  return `postmortem required: ${requirement.reasons.join("; ")}`;
}
