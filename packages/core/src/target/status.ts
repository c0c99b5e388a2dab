import Decimal from "decimal.js";

/** Đánh giá chỉ tiêu: vượt, đạt, chưa đạt, thiếu số liệu. */
export type TargetStatus = "exceeded" | "met" | "notMet" | "missingData";

export const targetStatusLabels: Readonly<
  Record<TargetStatus, { readonly vi: string; readonly en: string }>
> = {
  exceeded: { vi: "Vượt", en: "Exceeded" },
  met: { vi: "Đạt", en: "Met" },
  notMet: { vi: "Chưa đạt", en: "Not met" },
  missingData: { vi: "Thiếu số liệu", en: "Data missing" },
};

/**
 * The status of an actual against an expectation, compared exactly (not on the rounded percent):
 * 99,96% shows as "100,0" but is still not met, and a target is never called met that was not.
 * Nothing expected (no heads, no organisations) is met: there was nothing to do.
 */
export function statusOf(actual: Decimal, expected: Decimal): Exclude<TargetStatus, "missingData"> {
  if (expected.isZero()) return "met";
  const c = actual.comparedTo(expected);
  return c > 0 ? "exceeded" : c === 0 ? "met" : "notMet";
}

/**
 * {@link statusOf} for plain numbers, as a sheet holds them (the add-in's =TONGHOP.TRANGTHAI):
 * compared exactly as decimals of the numbers as written, never on a rounded percent. Nothing to
 * reach (an expectation of 0 or less) is met; a number that is not finite (NaN, a blank turned
 * into one) is missing data, never a guess.
 */
export function targetStatusOf(actual: number, expected: number): TargetStatus {
  if (!Number.isFinite(actual) || !Number.isFinite(expected)) return "missingData";
  if (expected <= 0) return "met";
  return statusOf(new Decimal(actual), new Decimal(expected));
}
