import Handlebars from "handlebars";
import { PAGE_TEMPLATES, PARTIAL_TEMPLATES, type PageTemplate, type TemplateSet } from "./template-names.js";

export type RenderPage = (name: PageTemplate, view: object) => string;

/** A template that parsed but failed while rendering (a missing partial, for instance). */
export class TemplateRenderError extends Error {
  constructor(
    readonly template: string,
    message: string,
  ) {
    super(message);
    this.name = "TemplateRenderError";
  }
}

export type CompileResult = { ok: true; render: RenderPage } | { ok: false; origin: string; message: string };

/**
 * Compiles the templates in their own Handlebars environment. Only the built-in block helpers
 * (if, each, unless, with) are allowed: views arrive sorted, formatted and escaped-where-needed,
 * so templates place values and nothing more. A syntax error is reported with the file it is in.
 */
export function compileTemplates(templates: TemplateSet): CompileResult {
  const handlebars = Handlebars.create();
  const options: CompileOptions = { knownHelpersOnly: true, strict: false, preventIndent: true };
  for (const name of [...PAGE_TEMPLATES, ...PARTIAL_TEMPLATES]) {
    const { text, origin } = templates[name];
    try {
      handlebars.parse(text);
    } catch (error) {
      return { ok: false, origin, message: error instanceof Error ? error.message : String(error) };
    }
    if ((PARTIAL_TEMPLATES as readonly string[]).includes(name)) {
      handlebars.registerPartial(name.replace(/\.hbs$/, ""), handlebars.compile(text, options));
    }
  }
  const pages = new Map(PAGE_TEMPLATES.map((name) => [name, handlebars.compile(templates[name].text, options)]));
  return {
    ok: true,
    render: (name, view) => {
      const template = pages.get(name);
      if (template === undefined) throw new TemplateRenderError(name, "no such template");
      try {
        return template(view);
      } catch (error) {
        throw new TemplateRenderError(templates[name].origin, error instanceof Error ? error.message : String(error));
      }
    },
  };
}
