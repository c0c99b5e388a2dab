import type { ReportValue } from "../report/report.js";
import { type ChildValue, isGiven } from "./children.js";

/**
 * The value a gồm parent takes from its children (DESIGN §6 "Parents and children"), or undefined
 * when the parent keeps what it has:
 * - no child given: the parent keeps its own value (or stays missing); children stay missing, not zero;
 * - every expected child given: the parent is their sum (a stated parent that differs is an error
 *   that validate reports);
 * - some children given, others missing: a stated parent is kept (validate checks it is not below the
 *   given ones); a missing parent becomes the sum of the given ones, marked approximate because it
 *   is only a floor: the missing children are not zero.
 * The sum is approximate when any child it adds is.
 */
export function sumChildren(
  parent: ReportValue | undefined,
  children: readonly ChildValue[],
): ReportValue | undefined {
  const given = children.filter((c) => isGiven(c.value));
  if (given.length === 0) return undefined;
  const complete = children.every((c) => !c.expected || isGiven(c.value));
  if (!complete && isGiven(parent)) return undefined;
  let value = 0;
  let approximate = !complete;
  for (const child of given) {
    value += child.value?.value ?? 0;
    approximate ||= child.value?.approximate ?? false;
  }
  return {
    value,
    approximate,
    source: "computed",
    ...(parent?.cell === undefined ? {} : { cell: parent.cell }),
  };
}
