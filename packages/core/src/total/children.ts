import { mapPacked } from "../array/map-packed.js";
import { formIndex, sharedChildrenOf } from "../form/lookup.js";
import type { Form, Indicator } from "../form/schema.js";
import { Period } from "../period/index.js";
import type { ReportValue } from "../report/report.js";

/** A gồm child with its value and whether the unit must report it for the period. */
export interface ChildValue {
  readonly indicator: Indicator;
  readonly value: ReportValue | undefined;
  /** False for a child the form retired before the period began (BCV_HUYEN after 1/7/2025). */
  readonly expected: boolean;
}

/** The gồm parents of a form (indicators whose children sum to them), in form order. */
export function sumParents(form: Form): Indicator[] {
  return [...formIndex(form).sumParents];
}

/**
 * The gồm children of a parent with their values. A child with `validUntil` on or before the start
 * of the period is not expected (its row may be absent without the total being a floor); without a
 * readable period every child is expected.
 */
export function childValues(
  form: Form,
  values: Readonly<Record<string, ReportValue>>,
  parent: string,
  period?: string,
): ChildValue[] {
  const start = period === undefined ? undefined : Period.tryParse(period)?.range().start;
  return mapPacked(sharedChildrenOf(form, parent, "sum"), (indicator) => ({
    indicator,
    value: values[indicator.code],
    expected: start === undefined || indicator.validUntil === undefined || start < indicator.validUntil,
  }));
}

/** True when the value holds a readable number. */
export const isGiven = (v: ReportValue | undefined): v is ReportValue & { value: number } =>
  v !== undefined && v.value !== null;
