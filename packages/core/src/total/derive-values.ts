import { childrenOf } from "../form/lookup.js";
import type { Form } from "../form/schema.js";
import type { ReportValue } from "../report/report.js";
import { childValues, sumParents } from "./children.js";
import { deriveRatio } from "./derive-ratio.js";
import { readableValues } from "./readable-values.js";
import { sumChildren } from "./sum-children.js";

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
  const done = new Set<string>();
  const resolve = (code: string): void => {
    if (done.has(code)) return;
    done.add(code);
    for (const child of childrenOf(form, code, "sum")) resolve(child.code);
    const sum = sumChildren(result[code], childValues(form, result, code, options.period));
    if (sum !== undefined) result[code] = sum;
  };
  for (const parent of sumParents(form)) resolve(parent.code);
  for (const indicator of form.indicators) {
    if (indicator.kind !== "derived") continue;
    const derived = deriveRatio(indicator, result);
    if (derived === undefined) delete result[indicator.code];
    else result[indicator.code] = derived;
  }
  return result;
}
