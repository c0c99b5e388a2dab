import type Decimal from "decimal.js";
import { roundHalfUp } from "./decimal.js";

/**
 * Writes a number the Vietnamese way: "." between thousands, "," before decimals, rounded half up
 * to `decimals` places: 37320 → "37.320", (66.666, 1) → "66,7", (-5, 1) → "-5,0".
 * A string is read as a plain decimal literal ("66.666"), not as Vietnamese text.
 */
export function formatViNumber(value: number | Decimal | string, decimals = 0): string {
  const rounded = roundHalfUp(value, decimals);
  const fixed = rounded.abs().toFixed(decimals);
  const [integer = "0", fraction] = fixed.split(".");
  const grouped = integer.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  // No "-0,0": a value that rounds to zero has no sign.
  const sign = rounded.isNegative() && !rounded.isZero() ? "-" : "";
  return fraction === undefined ? `${sign}${grouped}` : `${sign}${grouped},${fraction}`;
}
