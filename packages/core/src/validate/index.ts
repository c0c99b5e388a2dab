export { checkCompareRule } from "./check-compare-rule.js";
export { checkDerived } from "./check-derived.js";
export { checkParts } from "./check-parts.js";
export { checkStockChange } from "./check-stock-change.js";
export { checkSumFormula } from "./check-sum-formula.js";
export { checkSumParents } from "./check-sum-parents.js";
export { checkValueTypes, hasThreeDecimals } from "./check-value-types.js";
export { checkYearToDate } from "./check-year-to-date.js";
export { type CheckContext, type ContextOptions, checkContext, formCodePrefix } from "./context.js";
export {
  type AssertionOutcome,
  type ComparisonResult,
  evaluateAssertion,
  holds,
} from "./evaluate-comparison.js";
export { type CellRange, parseSumFormula } from "./parse-sum-formula.js";
export { type ValidateOptions, validate, validateUnchecked } from "./validate.js";
