import type { TargetMeasure } from "../form/schema.js";
import { evaluateOperand } from "../report/values.js";
import { decimal, type MeasureContext, type Measurement, missingMeasurement } from "./measurement.js";

type RateMeasure = Extract<TargetMeasure, { kind: "rate" }>;

/**
 * A share to reach (100% of grassroots committees keep their team active). A rate is a state, not
 * an accumulation: it is never prorated, and needs no period.
 */
export function measureRate(measure: RateMeasure, context: MeasureContext): Measurement {
  const numerator = evaluateOperand(context.values, measure.numerator);
  const denominator = evaluateOperand(context.values, measure.denominator);
  const missing = [...numerator.missing, ...denominator.missing];
  if (missing.length > 0) return missingMeasurement("rate", missing);
  const goal = decimal(measure.goal);
  const approximate = numerator.approximate || denominator.approximate;
  if (denominator.value === 0) {
    return {
      basis: "rate",
      actual: null,
      expected: goal,
      annual: goal,
      towardsAnnual: null,
      approximate,
      missing: [],
      vacuous: true,
    };
  }
  return {
    basis: "rate",
    actual: decimal(numerator.value).times(100).div(denominator.value),
    expected: goal,
    annual: goal,
    towardsAnnual: null,
    approximate,
    missing: [],
  };
}
