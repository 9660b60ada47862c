import { renderTextTemplate, type TextRender } from "../text-template.js";
import type { CommsView } from "./comms-view.js";

/** Renders one comms template with its view; the view escaped what the format needs. */
export function renderComms(template: { text: string; origin: string }, view: CommsView): TextRender {
  return renderTextTemplate(template, view);
}
