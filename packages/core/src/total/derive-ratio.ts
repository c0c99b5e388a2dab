import type { Indicator } from "../form/schema.js";
import { ratioValue } from "../number/index.js";
import type { ReportValue } from "../report/report.js";
import { numberOf } from "../report/values.js";

/**
 * The value of a derived indicator (a rate or an average) from the values it is derived from:
 * numerator / denominator × scale, rounded half up to the form's decimals with decimal.js.
 * Undefined when the indicator is not derived, a term is missing or unreadable, or the denominator is 0.
 * Approximate when a term is.
 */
export function deriveRatio(
  indicator: Indicator,
  values: Readonly<Record<string, ReportValue>>,
): ReportValue | undefined {
  const derive = indicator.derive;
  if (derive === undefined) return undefined;
  const numerator = numberOf(values, derive.numerator);
  const denominator = numberOf(values, derive.denominator);
  if (numerator === undefined || denominator === undefined || denominator === 0) return undefined;
  const result = ratioValue(numerator, denominator, { scale: derive.scale, decimals: derive.decimals });
  if (result === null) return undefined;
  const cell = values[indicator.code]?.cell;
  return {
    value: result,
    approximate:
      (values[derive.numerator]?.approximate ?? false) || (values[derive.denominator]?.approximate ?? false),
    source: "computed",
    ...(cell === undefined ? {} : { cell }),
  };
}
