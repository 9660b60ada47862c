import type { Diagnostic } from "../../model/diagnostic.js";
import { makeDiagnostic } from "../../model/make-diagnostic.js";
import type { Rule } from "../rule.js";

/**
 * An override's person, and the person it covers, are members of some layer of the rotation.
 * Cover from outside the rotation can be right (a manager steps in), so this is a warning; an
 * override that covers a non-member changes nothing.
 */
export const overrideOutsideRotation: Rule = {
  name: "override-outside-rotation",
  check({ workspace, index }) {
    const found: Diagnostic[] = [];
    // Someone not in people.yaml at all is reported by unknown-person; once is enough.
    const known = (handle: string) => index.people === undefined || index.people.has(handle);
    for (const rotation of workspace.rotations) {
      const members = new Set(rotation.data.layers.flatMap((layer) => layer.members));
      (rotation.data.overrides ?? []).forEach((override, o) => {
        if (!members.has(override.person) && known(override.person)) {
          found.push(
            makeDiagnostic(
              "override-outside-rotation",
              rotation.source.path,
              rotation.source.locate(["overrides", o, "person"]),
              `overrides[${o}]: ${override.person} covers for rotation ${rotation.id} but is in none of its layers`,
              "Check that this person knows the rotation's services and has pager access, or pick a member.",
            ),
          );
        }
        if (override.covers !== undefined && !members.has(override.covers) && known(override.covers)) {
          found.push(
            makeDiagnostic(
              "override-outside-rotation",
              rotation.source.path,
              rotation.source.locate(["overrides", o, "covers"]),
              `overrides[${o}] covers ${override.covers}, who is in none of the layers of rotation ${rotation.id}, so it changes nothing`,
              "Name the member whose shift is covered, or leave out covers to override whoever is on call.",
            ),
          );
        }
      });
    }
    return found;
  },
};
