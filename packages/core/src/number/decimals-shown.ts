import Decimal from "decimal.js";

const MAX_DECIMALS = 10;

/** Decimals of the value itself, as "General" shows it (capped: General shows at most ~10). */
function decimalsOfValue(value: number): number {
  if (!Number.isFinite(value)) return 0;
  return Math.min(new Decimal(value).decimalPlaces(), MAX_DECIMALS);
}

/**
 * How many decimals a cell shows under its Excel number format: "0.0" → 1, "#,##0" → 0,
 * "#,##0.00" → 2, "General" / none → the value's own decimals (at most 10).
 *
 * A percent format shows the value × 100, so each "%" adds 2: "0.0%" on 0.667 → 3. The result is
 * in the scale of the cell's value, which is what isConsistentWithin needs.
 */
export function decimalsShown(numberFormat: string | null | undefined, value: number): number {
  if (numberFormat === null || numberFormat === undefined) return decimalsOfValue(value);
  const sections = numberFormat.split(";");
  // Excel uses the second section for negative numbers when there is one.
  const section = (value < 0 && sections.length > 1 ? sections[1] : sections[0]) ?? "";
  // Literal text ("..."), escaped characters (\x), colours and conditions ([Red]) hold no digits.
  const code = section.replace(/"[^"]*"|\\.|\[[^\]]*\]/g, "");
  if (code.trim() === "" || /general/i.test(code) || code.trim() === "@") return decimalsOfValue(value);
  if (!/[0#?]/.test(code)) return decimalsOfValue(value);
  const point = code.indexOf(".");
  const shown = point < 0 ? 0 : (/^[0#?]*/.exec(code.slice(point + 1))?.[0].length ?? 0);
  const percents = (code.match(/%/g) ?? []).length;
  return Math.min(shown + 2 * percents, MAX_DECIMALS + 2 * percents);
}
