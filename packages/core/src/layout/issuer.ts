import type { Hierarchy } from "../hierarchy/index.js";
import { type Issuer, partyOrganisationOf, placeOf } from "./party-heading.js";

/**
 * Who issues a report, for its Party heading: the Party organisation above the unit (or the unit's
 * own, for the root), the unit's name, and the place of the date line (the root unit's place).
 */
export function issuerOf(hierarchy: Hierarchy | undefined, code: string | undefined): Issuer {
  const unit = code === undefined ? undefined : hierarchy?.unit(code);
  if (!unit || !hierarchy) return { superior: "", unit: unit?.name ?? code ?? "" };
  const parent = unit.parent === undefined ? undefined : hierarchy.unit(unit.parent);
  const lineage = hierarchy.ancestors(unit.code);
  const root = lineage.find((u) => u.parent === undefined) ?? lineage[lineage.length - 1] ?? unit;
  return {
    superior: partyOrganisationOf((parent ?? unit).name),
    unit: unit.name,
    place: placeOf(root.name),
  };
}
