import type { Indicator } from "../form/schema.js";

/** Excel number format with thousands groups and this many decimals: `#,##0`, `#,##0.0`. */
export function groupedFormat(decimals: number): string {
  return decimals <= 0 ? "#,##0" : `#,##0.${"0".repeat(decimals)}`;
}

/**
 * The number format of an indicator's result cell: counts `#,##0`; a derived rate or average
 * with its own decimals (`#,##0.0`), still grouped when it has none, so 3110 copies per issue show
 * as 3.110 in a Vietnamese Excel, as the seed writes it.
 */
export function numberFormatOf(indicator: Indicator): string {
  if (indicator.derive !== undefined) return groupedFormat(indicator.derive.decimals);
  return groupedFormat(indicator.integer ? 0 : 1);
}
