import type { TargetMeasure } from "../form/schema.js";
import { evaluateOperand } from "../report/values.js";
import {
  decimal,
  type MeasureContext,
  type Measurement,
  missingMeasurement,
  prorate,
} from "./measurement.js";
import type { TargetBasis } from "./result.js";

type PerCapitaMeasure = Extract<TargetMeasure, { kind: "perCapita" }>;

/**
 * So many per head a year (BUOI_TTVCC ≥ 4 × TTV_CC), prorated for a part of the year. Heads are
 * the stock at the end of the period.
 */
export function measurePerCapita(
  measure: PerCapitaMeasure,
  context: MeasureContext,
  basis: TargetBasis = "perCapita",
): Measurement {
  const actual = evaluateOperand(context.values, measure.actual);
  const heads = evaluateOperand(context.values, measure.heads);
  const missing = [...actual.missing, ...heads.missing, ...(context.months === undefined ? ["period"] : [])];
  if (context.months === undefined || missing.length > 0) return missingMeasurement(basis, missing);
  const annual = decimal(measure.perHead).times(heads.value);
  return {
    basis,
    actual: decimal(actual.value),
    expected: prorate(annual, context.months),
    annual,
    towardsAnnual: decimal(actual.value),
    approximate: actual.approximate || heads.approximate,
    missing: [],
  };
}
