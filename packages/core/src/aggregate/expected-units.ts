import type { Hierarchy } from "../hierarchy/index.js";
import type { Period } from "../period/index.js";
import { isUnder } from "./is-under.js";

/**
 * The units expected to report to `unit` for the period: its children due then (Hierarchy.due,
 * direct children valid on the period's last day); a child that did not report itself while some
 * unit below it did is replaced by its own due children, and so on down, so that a tree can be
 * consolidated level by level or from its leaves at once. Also the children not yet due: those
 * valid only from after the period's end (a committee founded later).
 */
export function expectedUnits(
  hierarchy: Hierarchy,
  unit: string,
  period: Period,
  reported: ReadonlySet<string>,
): { units: string[]; notYetDue: string[] } {
  const end = period.range().end;
  const units: string[] = [];
  const notYetDue: string[] = [];
  const visit = (parent: string) => {
    for (const child of hierarchy.children(parent)) {
      if (child.validFrom !== undefined && child.validFrom > end) notYetDue.push(child.code);
    }
    for (const child of hierarchy.due(parent, period)) {
      const below = [...reported].some((code) => isUnder(hierarchy, code, child.code));
      if (!reported.has(child.code) && below) visit(child.code);
      else units.push(child.code);
    }
  };
  visit(unit);
  return { units, notYetDue };
}
