import Handlebars from "handlebars";
import type { CommsView } from "./comms-view.js";

export type CommsRender = { ok: true; text: string } | { ok: false; message: string };

/**
 * Renders a comms template. Its own Handlebars environment allows only the built-in block helpers
 * (if, each, unless, with), and nothing is HTML-escaped: the output is markdown, Slack text or
 * plain text, and the view already escaped what the format needs. Blank lines left by empty
 * optional fields collapse to one, and the text ends with exactly one newline.
 */
export function renderComms(template: { text: string; origin: string }, view: CommsView): CommsRender {
  try {
    const compiled = Handlebars.create().compile(template.text, { knownHelpersOnly: true, noEscape: true, strict: false });
    const text = compiled(view)
      .replace(/[ \t]+$/gm, "")
      .replace(/\n{3,}/g, "\n\n")
      .trim();
    return { ok: true, text: `${text}\n` };
  } catch (error) {
    return { ok: false, message: `${template.origin}: ${error instanceof Error ? error.message : String(error)}` };
  }
}
