import type { FirelineConfig } from "../../schema/fireline-config.js";
import type { ServicesFile } from "../../schema/services.js";

export interface PublicComponent {
  id: string;
  name: string;
  description: string | undefined;
  /** The day the service went live (YYYY-MM-DD); uptime before it is "no data". */
  since: string | undefined;
  /** 1-based place on the page. */
  position: number;
  groupId: string | undefined;
}

export interface PublicGroup {
  id: string;
  name: string;
  componentIds: string[];
}

/**
 * The public services in page order: the configured groups first, in their order, then public
 * services no group mentions, in services.yaml order. Internal services never appear, even if a
 * group lists them.
 */
export function publicComponents(
  services: ServicesFile | undefined,
  config: FirelineConfig | undefined,
): { components: PublicComponent[]; groups: PublicGroup[] } {
  const all = services?.services ?? {};
  const isPublic = (id: string) => Object.hasOwn(all, id) && all[id]?.public === true;
  const components: PublicComponent[] = [];
  const placed = new Set<string>();
  const place = (id: string, groupId: string | undefined) => {
    const service = all[id];
    if (service === undefined || placed.has(id)) return false;
    placed.add(id);
    components.push({ id, name: service.name, description: service.description, since: service.since, position: components.length + 1, groupId });
    return true;
  };

  const groups: PublicGroup[] = [];
  const usedIds = new Set<string>();
  for (const group of config?.status_page?.component_groups ?? []) {
    const id = uniqueId(`group-${slug(group.name)}`, usedIds);
    const componentIds = group.services.filter((service) => isPublic(service) && place(service, id));
    if (componentIds.length > 0) groups.push({ id, name: group.name, componentIds });
  }
  for (const id of Object.keys(all)) if (isPublic(id)) place(id, undefined);
  return { components, groups };
}

function slug(text: string): string {
  return text.toLowerCase().normalize("NFKD").replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "") || "group";
}

function uniqueId(base: string, used: Set<string>): string {
  let id = base;
  for (let n = 2; used.has(id); n++) id = `${base}-${String(n)}`;
  used.add(id);
  return id;
}
