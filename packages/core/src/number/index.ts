export {
  isConsistentRatio,
  isConsistentWithin,
  percentOf,
  ratio,
  ratioValue,
  roundHalfUp,
} from "./decimal.js";
export { decimalsShown } from "./decimals-shown.js";
export { formatViNumber } from "./format-vi-number.js";
export { isBlankCell } from "./is-blank-cell.js";
export { type ParsedNumber, parseViNumber } from "./parse-vi-number.js";
