import Handlebars from "handlebars";

export type TextRender = { ok: true; text: string } | { ok: false; message: string };

/**
 * Renders a template whose output is text (markdown, Slack, YAML), not HTML. Its own Handlebars
 * environment allows only the built-in block helpers (if, each, unless, with), and nothing is
 * HTML-escaped: the view already escaped or quoted what its format needs. Blank lines left by
 * empty optional fields collapse to one, and the text ends with exactly one newline.
 */
export function renderTextTemplate(template: { text: string; origin: string }, view: object): TextRender {
  return compileTextTemplate(template)(view);
}

/** The same, compiled once for rendering many views (one issue body per action item). */
export function compileTextTemplate(template: { text: string; origin: string }): (view: object) => TextRender {
  let compiled: HandlebarsTemplateDelegate;
  try {
    compiled = Handlebars.create().compile(template.text, { knownHelpersOnly: true, noEscape: true, strict: false });
  } catch (error) {
    return () => failure(template, error);
  }
  return (view) => {
    try {
      const text = compiled(view)
        .replace(/[ \t]+$/gm, "")
        .replace(/\n{3,}/g, "\n\n")
        .trim();
      return { ok: true, text: `${text}\n` };
    } catch (error) {
      return failure(template, error);
    }
  };
}

function failure(template: { origin: string }, error: unknown): TextRender {
  return { ok: false, message: `${template.origin}: ${error instanceof Error ? error.message : String(error)}` };
}
