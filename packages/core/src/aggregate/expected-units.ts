import type { Hierarchy, Unit } from "../hierarchy/index.js";
import type { Period } from "../period/index.js";

/**
 * The units expected to report to `unit` for the period: its children due then (Hierarchy.due,
 * direct children valid on the period's last day); a child that did not report itself while some
 * unit below it did is replaced by its own due children, and so on down, so that a tree can be
 * consolidated level by level or from its leaves at once. Also the children not yet due: those
 * valid only from after the period's end (a committee founded later). `above`: the superiors of
 * the reported units, where the caller has them.
 */
export function expectedUnits(
  hierarchy: Hierarchy,
  unit: string,
  period: Period,
  reported: { has(code: string): boolean; keys(): Iterable<string> },
  above: ReadonlySet<string> = superiorsOf(hierarchy, reported.keys()),
): { units: Unit[]; notYetDue: string[] } {
  const end = period.range().end;
  const units: Unit[] = [];
  const notYetDue: string[] = [];
  // Depth first, in the hierarchy's order, with a stack of its own: a hierarchy file thousands
  // of levels deep must not overflow the call stack.
  const stack: Iterator<Unit>[] = [];
  const open = (parent: string) => {
    for (const child of hierarchy.children(parent)) {
      if (child.validFrom !== undefined && child.validFrom > end) notYetDue.push(child.code);
    }
    stack.push(hierarchy.due(parent, period)[Symbol.iterator]());
  };
  open(unit);
  while (stack.length > 0) {
    const next = stack[stack.length - 1]!.next();
    if (next.done) {
      stack.pop();
      continue;
    }
    const child = next.value;
    if (!reported.has(child.code) && above.has(child.code)) open(child.code);
    else units.push(child);
  }
  return { units, notYetDue };
}

/**
 * Units with a reporting unit below them: the superiors of every unit in `codes`. A climb stops
 * at a superior already found, whose own superiors are then found too: one step per unit of the
 * tree at most, however many units report.
 */
export function superiorsOf(hierarchy: Hierarchy, codes: Iterable<string>): Set<string> {
  const above = new Set<string>();
  for (const code of codes) {
    for (let parent = hierarchy.unit(code)?.parent; parent !== undefined && !above.has(parent); ) {
      const superior = hierarchy.unit(parent);
      if (superior === undefined) break;
      above.add(parent);
      parent = superior.parent;
    }
  }
  return above;
}
