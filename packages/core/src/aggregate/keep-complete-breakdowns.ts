import { childrenOf } from "../form/lookup.js";
import type { Form } from "../form/schema.js";
import type { ReportValue } from "../report/report.js";
import type { UnitValues } from "./combine-units.js";

export interface Breakdowns {
  readonly totals: Record<string, ReportValue>;
  /** gồm parents whose children's totals were left out, with the entries whose parent exceeds their children. */
  readonly partial: readonly { readonly parent: string; readonly units: readonly string[] }[];
}

/** What an entry's parent holds beyond its given children (0 when the parent is their sum). */
function beyondChildren(form: Form, values: Readonly<Record<string, ReportValue>>, parent: string): number {
  const own = values[parent]?.value;
  if (own === undefined || own === null) return 0;
  let children = 0;
  for (const child of childrenOf(form, parent, "sum")) children += values[child.code]?.value ?? 0;
  return own - children;
}

/**
 * Totals with each gồm breakdown kept only where every entry's parent is the sum of the children
 * it gives. Were a unit that gave only `BUOI = 100` added to the parent and not to the children,
 * the children's totals would fall short of the parent, and the next level up (which takes the
 * children's sum for the parent, DESIGN §6) would lose those 100 sessions. Leaving the children
 * out keeps every level's totals equal to a consolidation of the leaves; the matrix still shows
 * each unit's own breakdown.
 *
 * A unit that gives some children and no parent is fine: its parent is their sum, a floor; the
 * totals of the children it left out are floors too, and are marked approximate, so that a level
 * above that takes the parent from them still knows the parent is a floor.
 */
export function keepCompleteBreakdowns(
  form: Form,
  entries: readonly UnitValues[],
  totals: Readonly<Record<string, ReportValue>>,
): Breakdowns {
  const result: Record<string, ReportValue> = { ...totals };
  const partial: { parent: string; units: string[] }[] = [];
  const drop = (parent: string) => {
    for (const child of childrenOf(form, parent, "sum")) {
      delete result[child.code];
      drop(child.code);
    }
  };
  for (const parent of form.indicators) {
    if (childrenOf(form, parent.code, "sum").length === 0) continue;
    const units = entries
      .filter(({ values }) => beyondChildren(form, values, parent.code) !== 0)
      .map((e) => e.unit);
    if (units.length > 0) {
      drop(parent.code);
      partial.push({ parent: parent.code, units });
      continue;
    }
    for (const child of childrenOf(form, parent.code, "sum")) {
      const total = result[child.code];
      const short = entries.some(({ values }) => {
        const own = values[parent.code]?.value;
        const part = values[child.code]?.value;
        return own !== undefined && own !== null && (part === undefined || part === null);
      });
      if (total !== undefined && short && !total.approximate)
        result[child.code] = { ...total, approximate: true };
    }
  }
  return { totals: result, partial };
}
