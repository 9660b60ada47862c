/** What a message is for: the first word, a progress update, or the all-clear. */
export const COMMS_KINDS = ["announcement", "update", "resolved"] as const;
export type CommsKind = (typeof COMMS_KINDS)[number];

/** Where it will be pasted or posted. */
export const COMMS_FORMATS = ["markdown", "slack", "text"] as const;
export type CommsFormat = (typeof COMMS_FORMATS)[number];

const EXTENSIONS: Record<CommsFormat, string> = { markdown: "md", slack: "slack", text: "txt" };

/** templates/comms-<kind>.<md|slack|txt>.hbs; a workspace's file of the same name replaces the built-in one. */
export function commsTemplateName(kind: CommsKind, format: CommsFormat): string {
  return `comms-${kind}.${EXTENSIONS[format]}.hbs`;
}

/** The message an incident most likely needs next, when --kind is not given. */
export function defaultKind(status: string, updates: number): CommsKind {
  if (status === "resolved") return "resolved";
  return updates <= 1 ? "announcement" : "update";
}
