import { formIndex } from "../form/lookup.js";
import type { Form } from "../form/schema.js";
import { Period } from "../period/index.js";
import type { ReportValue } from "../report/report.js";
import { deriveRatio } from "./derive-ratio.js";
import { readableValues } from "./readable-values.js";

export interface DeriveOptions {
  /** Period id of the report: children the form retired before it (validUntil) are not expected. */
  readonly period?: string | undefined;
}

/**
 * All values of a report with those that follow from the entered ones filled in: each gồm parent
 * from its children (see {@link sumChildren} for the rule), deeper parents first, then each derived
 * indicator in form order. A derived indicator that cannot be computed (a term missing, denominator
 * 0) has no value in the result, even if the sheet stated one: derived values are never entered.
 * Numbers that are not finite are treated as unreadable. The input is not changed.
 */
export function deriveValues(
  form: Form,
  values: Readonly<Record<string, ReportValue>>,
  options: DeriveOptions = {},
): Record<string, ReportValue> {
  const result = readableValues(values);
  const index = formIndex(form);
  // Children retired before the period began are not expected (see childValues).
  const start = options.period === undefined ? undefined : Period.tryParse(options.period)?.range().start;
  // sumChildren's rule, inlined: consolidation derives every unit's values, and building the
  // ChildValue lists for each of thousands of units cost more than the sums.
  for (const { code, children } of index.sumOrder) {
    let given = 0;
    let complete = true;
    let value = 0;
    let approximate = false;
    for (const child of children) {
      const v = result[child.code];
      if (v !== undefined && v.value !== null) {
        given++;
        value += v.value;
        approximate ||= v.approximate;
      } else if (start === undefined || child.validUntil === undefined || start < child.validUntil) {
        complete = false;
      }
    }
    if (given === 0) continue;
    const parent = result[code];
    if (!complete && parent !== undefined && parent.value !== null) continue;
    const cell = parent?.cell;
    result[code] =
      cell === undefined
        ? { value, approximate: approximate || !complete, source: "computed" }
        : { value, approximate: approximate || !complete, source: "computed", cell };
  }
  for (const indicator of index.derived) {
    const derived = deriveRatio(indicator, result);
    if (derived === undefined) delete result[indicator.code];
    else result[indicator.code] = derived;
  }
  return result;
}
