export { type ChildValue, childValues, sumParents } from "./children.js";
export {
  computeTotals,
  computeTotalsUnchecked,
  type Totals,
  type TotalsMode,
  type TotalsOptions,
} from "./compute-totals.js";
export { deriveRatio } from "./derive-ratio.js";
export { type DeriveOptions, deriveValues } from "./derive-values.js";
export { groupedFormat, numberFormatOf } from "./number-format.js";
export { ratioFormula } from "./ratio-formula.js";
export { sumChildren } from "./sum-children.js";
export { sumFormula } from "./sum-formula.js";
