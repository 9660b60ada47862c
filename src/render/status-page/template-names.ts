/** Pages rendered from a template of the same name. */
export const PAGE_TEMPLATES = ["home.hbs", "incident.hbs", "maintenance.hbs", "history.hbs"] as const;

/** Pieces pages include with {{> name}}; layout.hbs wraps every page. */
export const PARTIAL_TEMPLATES = ["layout.hbs", "incident-summary.hbs", "maintenance-summary.hbs", "component.hbs", "update.hbs"] as const;

/** Copied as they are into assets/. */
export const ASSET_FILES = ["style.css", "relative-time.js"] as const;

/** Every file a workspace's templates/ folder may override, by name. */
export const STATUS_PAGE_TEMPLATE_FILES = [...PAGE_TEMPLATES, ...PARTIAL_TEMPLATES, ...ASSET_FILES] as const;

export type PageTemplate = (typeof PAGE_TEMPLATES)[number];
export type StatusPageTemplateFile = (typeof STATUS_PAGE_TEMPLATE_FILES)[number];

/** The template texts, each from the workspace's templates/ folder or the built-in set; `origin` says which, for messages. */
export type TemplateSet = Record<StatusPageTemplateFile, { text: string; origin: string }>;
