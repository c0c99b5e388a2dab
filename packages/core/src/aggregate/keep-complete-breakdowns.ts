import { mapPacked } from "../array/map-packed.js";
import { sharedChildrenOf } from "../form/lookup.js";
import type { Form } from "../form/schema.js";
import type { ReportValue } from "../report/report.js";
import { readableIn, type UnitColumns } from "./unit-columns.js";

export interface Breakdowns {
  readonly totals: Record<string, ReportValue>;
  /** gồm parents whose children's totals were left out, with the entries whose parent exceeds their children. */
  readonly partial: readonly { readonly parent: string; readonly units: readonly string[] }[];
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
  entries: UnitColumns,
  totals: Readonly<Record<string, ReportValue>>,
): Breakdowns {
  const result: Record<string, ReportValue> = { ...totals };
  const partial: { parent: string; units: string[] }[] = [];
  /** Removes the breakdown's totals; whether there were any to remove. */
  const drop = (parent: string): boolean => {
    let dropped = false;
    for (const child of sharedChildrenOf(form, parent, "sum")) {
      dropped = child.code in result || dropped;
      delete result[child.code];
      dropped = drop(child.code) || dropped;
    }
    return dropped;
  };
  const numbersOf = (code: string) => entries.numbers[entries.column.get(code)!]!;
  const flagsOf = (code: string) => entries.flags[entries.column.get(code)!]!;
  for (const parent of form.indicators) {
    const children = sharedChildrenOf(form, parent.code, "sum");
    if (children.length === 0) continue;
    const short = mapPacked(children, () => false);
    const units = unitsAboveParts(
      numbersOf(parent.code),
      flagsOf(parent.code),
      mapPacked(children, (child) => numbersOf(child.code)),
      mapPacked(children, (child) => flagsOf(child.code)),
      short,
      entries.entries,
    );
    if (units.length > 0) {
      // Where no entry gave any of the breakdown there is nothing to leave out, and nothing to say.
      if (drop(parent.code)) partial.push({ parent: parent.code, units });
      continue;
    }
    children.forEach((child, c) => {
      const total = result[child.code];
      if (total !== undefined && short[c] && !total.approximate)
        result[child.code] = { ...total, approximate: true };
    });
  }
  return { totals: result, partial };
}

/**
 * One pass down the entries: those whose parent holds more than the children they give (own -
 * Σ children ≠ 0, blank children as 0); `short[c]` set where an entry gives the parent without
 * child c. A function of its own, over typed arrays only (the numbers stay unboxed), so that V8
 * optimises this loop and not all of keepCompleteBreakdowns, which runs once per consolidation.
 */
function unitsAboveParts(
  ownNumbers: Float64Array,
  ownFlags: Uint8Array,
  partNumbers: readonly Float64Array[],
  partFlags: readonly Uint8Array[],
  short: boolean[],
  entries: readonly string[],
): string[] {
  const units: string[] = [];
  for (let e = 0; e < ownNumbers.length; e++) {
    if (!readableIn(ownFlags[e]!)) continue;
    let sum = 0;
    for (let c = 0; c < partFlags.length; c++) {
      if (readableIn(partFlags[c]![e]!)) sum += partNumbers[c]![e]!;
      else short[c] = true;
    }
    if (ownNumbers[e]! - sum !== 0) units.push(entries[e]!);
  }
  return units;
}
