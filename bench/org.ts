import type { Prng } from "./prng.js";
import { FIRST_NAMES, LAST_NAMES, SERVICES, TEAMS, TIME_ZONES } from "./vocabulary.js";

export interface Person {
  handle: string;
  name: string;
  github: string;
  timeZone: string;
  team: string;
}

export interface Service {
  id: string;
  name: string;
  team: string;
  isPublic: boolean;
  dependsOn: string[];
}

/** The people, teams and services every generated file refers to. */
export interface Org {
  people: Person[];
  services: Service[];
  /** Rotation id -> member handles; one weekly rotation per team. */
  rotations: Map<string, string[]>;
}

export function makeOrg(prng: Prng): Org {
  const people = FIRST_NAMES.map((first, i): Person => {
    const last = LAST_NAMES[i % LAST_NAMES.length] ?? "example";
    const team = TEAMS[i % TEAMS.length]?.id ?? "platform";
    return { handle: first, name: `${capitalize(first)} ${capitalize(last)}`, github: `${first}-${last}`, timeZone: prng.pick(TIME_ZONES), team };
  });
  const services = SERVICES.map(([id, name, teamIndex], i): Service => ({
    id,
    name,
    team: TEAMS[teamIndex]?.id ?? "platform",
    isPublic: prng.chance(0.7),
    dependsOn: i > 0 && prng.chance(0.5) ? prng.sample(SERVICES.slice(0, i).map(([dep]) => dep), prng.int(1, 2)) : [],
  }));
  const rotations = new Map<string, string[]>();
  for (const team of TEAMS) {
    const members = people.filter((person) => person.team === team.id).map((person) => person.handle);
    rotations.set(`${team.id}-primary`, prng.sample(members, Math.min(6, members.length)));
  }
  return { people, services, rotations };
}

export function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
