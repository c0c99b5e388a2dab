import Decimal from "decimal.js";
import { TonghopError } from "../issue/error.js";

/**
 * A decimal.js constructor with room for exact division: the default 20 significant digits are too
 * few for a ratio of two large counts shown with several decimals. It shares Decimal's prototype,
 * so its values are `instanceof Decimal`.
 */
const Exact = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });

function checkDecimals(decimals: number): void {
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 20) {
    throw new TonghopError(
      "NUMBER.DECIMALS",
      `Số chữ số thập phân không hợp lệ: ${decimals} (phải là số nguyên từ 0 đến 20).`,
      `Invalid number of decimals: ${decimals} (must be an integer from 0 to 20).`,
    );
  }
}

function toDecimal(value: number | Decimal | string): Decimal {
  const d = new Exact(value);
  if (!d.isFinite()) {
    throw new TonghopError(
      "NUMBER.NOT_FINITE",
      `Không phải là một số hữu hạn: ${String(value)}.`,
      `Not a finite number: ${String(value)}.`,
    );
  }
  return d;
}

/** Rounds half up (away from zero on a tie, as Excel's ROUND does): 0.05 → 0.1, 2.5 → 3, -2.5 → -3. */
export function roundHalfUp(value: number | Decimal | string, decimals: number): Decimal {
  checkDecimals(decimals);
  return toDecimal(value).toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP);
}

/**
 * numerator × scale ÷ denominator, computed exactly and rounded half up once at the end
 * (average = ratio(sessions, units, {decimals: 1})). Null when the denominator is 0: no rate exists.
 */
export function ratio(
  numerator: number,
  denominator: number,
  options: { scale?: number; decimals: number },
): Decimal | null {
  checkDecimals(options.decimals);
  if (denominator === 0) return null;
  const exact = toDecimal(numerator)
    .times(options.scale ?? 1)
    .div(toDecimal(denominator));
  return exact.toDecimalPlaces(options.decimals, Decimal.ROUND_HALF_UP);
}

/** Powers of ten exact as doubles, for the decimals ratioValue rounds to on its fast path. */
const TENS = [1, 10, 100, 1000, 10000];

/**
 * `ratio(...)?.toNumber()`, the same number, without decimal.js when the terms allow: integers
 * whose scaled numerator stays a safe integer, and at most 4 decimals. Then the quotient is rounded
 * half up with exact integer arithmetic (`%` of doubles is exact) and `q / 10^decimals` is the
 * double nearest the exact decimal, as Decimal#toNumber gives it. (decimal.js divides to 40
 * significant digits first; for such terms a remainder is never closer than 2^-54 to a tie, so the
 * 40 digits cannot move a result across one.) Consolidating thousands of units derives four rates
 * per unit: this keeps them exact and cheap. Null when the denominator is 0.
 */
export function ratioValue(
  numerator: number,
  denominator: number,
  options: { scale?: number; decimals: number },
): number | null {
  const scale = options.scale ?? 1;
  const tens = TENS[options.decimals];
  const scaled = numerator * scale;
  const shifted = tens === undefined ? Number.NaN : scaled * tens;
  if (
    denominator === 0 ||
    !Number.isSafeInteger(shifted) ||
    !Number.isSafeInteger(scaled) ||
    !Number.isSafeInteger(numerator) ||
    !Number.isSafeInteger(scale) ||
    !Number.isSafeInteger(denominator)
  ) {
    return ratio(numerator, denominator, options)?.toNumber() ?? null;
  }
  const a = Math.abs(shifted);
  const b = Math.abs(denominator);
  const rest = a % b;
  const whole = (a - rest) / b + (2 * rest >= b ? 1 : 0);
  const value = whole / tens!;
  // The sign as decimal.js keeps it, a negative zero included (−0 × 100 ÷ 5).
  const negative = (scaled < 0 || Object.is(scaled, -0)) !== denominator < 0;
  return negative ? -value : value;
}

/** Percent of a target reached (tỷ lệ đạt): actual ÷ expected × 100, half up; null when nothing is expected. */
export function percentOf(actual: number, expected: number, decimals = 1): Decimal | null {
  return ratio(actual, expected, { scale: 100, decimals });
}

/**
 * Whether a stated rate or average agrees with the exact value it stands for, the way XBRL
 * Calculations 1.1 judge it: round the exact value half up to the decimals the cell shows and compare
 * with the stated value at the same decimals. So 44,0 agrees with 44.0177 and 66,7 with 66.666.
 */
export function isConsistentWithin(stated: number, exact: Decimal | number, decimals: number): boolean {
  return roundHalfUp(exact, decimals).eq(roundHalfUp(stated, decimals));
}

/** `value` (a double) rounded half up to `decimals`, times 10^decimals, from its shortest decimal form; undefined when that form has an exponent. */
function scaledHalfUp(value: number, decimals: number): number | undefined {
  const text = String(Math.abs(value));
  if (text.includes("e")) return undefined;
  const [whole = "", fraction = ""] = text.split(".");
  const kept = Number(whole + fraction.slice(0, decimals).padEnd(decimals, "0"));
  const up = fraction.length > decimals && fraction.charCodeAt(decimals) >= 53; /* "5" */
  return (value < 0 ? -1 : 1) * (kept + (up ? 1 : 0));
}

/**
 * Whether a stated rate or average agrees with numerator × scale ÷ denominator, as
 * `isConsistentWithin(stated, new Decimal(numerator).times(scale).div(denominator), decimals)`
 * says (decimal.js's default 20 significant digits for the quotient), the same answer without
 * decimal.js where the terms allow: integer terms with |numerator × scale| × 10^decimals < 10^15,
 * at most 4 decimals, a stated value under 10^10. Then both sides are compared as whole numbers of
 * 10^-decimals, each rounded half up exactly; the 20-digit quotient cannot sit across a tie from
 * the exact one, since no remainder of such terms comes within 10^-15 of it. Validating thousands
 * of reports checks four stated rates each.
 */
export function isConsistentRatio(
  stated: number,
  numerator: number,
  denominator: number,
  scale: number,
  decimals: number,
): boolean {
  const tens = TENS[decimals];
  const scaled = numerator * scale;
  if (
    tens !== undefined &&
    denominator !== 0 &&
    Number.isSafeInteger(numerator) &&
    Number.isSafeInteger(scale) &&
    Number.isSafeInteger(denominator) &&
    Math.abs(scaled) * tens < 1e15 &&
    Number.isFinite(stated) &&
    Math.abs(stated) < 1e10
  ) {
    const statedScaled = scaledHalfUp(stated, decimals);
    if (statedScaled !== undefined) {
      const a = Math.abs(scaled * tens);
      const b = Math.abs(denominator);
      const rest = a % b;
      const whole = (a - rest) / b + (2 * rest >= b ? 1 : 0);
      const exact = scaled < 0 !== denominator < 0 ? -whole : whole;
      return exact === statedScaled;
    }
  }
  return isConsistentWithin(stated, new Decimal(numerator).times(scale).div(denominator), decimals);
}
