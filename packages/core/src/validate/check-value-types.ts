import type { Issue } from "../issue/issue.js";
import type { CheckContext } from "./context.js";
import { nameEn, nameVi, numEn, numVi } from "./describe.js";

/** `1.061` read as one point zero six one: exactly three decimals, the trace of a thousands dot. */
export function hasThreeDecimals(value: number): boolean {
  return /^-?\d+\.\d{3}$/.test(String(value));
}

/**
 * Counts (indicators marked integer) are non-negative integers: a negative count is
 * VALUE.NEGATIVE, a fraction VALUE.NOT_INTEGER (errors). When the form has a thousandsSlip rule
 * (R11), a count with exactly three decimals is that rule's warning instead of VALUE.NOT_INTEGER,
 * with the whole number as fix: `1.061` typed in an English-locale Excel became 1.061, not 1061.
 * Unreadable values were reported when the sheet was read and are skipped.
 */
export function checkValueTypes(ctx: CheckContext): Issue[] {
  const slip = ctx.form.rules.find((r) => r.type === "thousandsSlip");
  const issues: Issue[] = [];
  for (const code of Object.keys(ctx.stated)) {
    const v = ctx.stated[code]!;
    const indicator = ctx.indicator(code);
    if (indicator === undefined || !indicator.integer || indicator.kind === "derived" || v.value === null)
      continue;
    const value = v.value;
    // Nearly every count is a whole number ≥ 0: the words of an issue are made only for one.
    if (value >= 0 && Number.isInteger(value)) continue;
    const at = { indicator: code, ...(v.cell === undefined ? {} : { cell: v.cell }) };
    const where = v.cell === undefined ? "" : ` (ô ${v.cell})`;
    const whereEn = v.cell === undefined ? "" : ` (cell ${v.cell})`;
    if (value < 0) {
      issues.push(
        ctx.issue({
          code: "VALUE.NEGATIVE",
          severity: "error",
          ...at,
          vi: `${nameVi(ctx.form, code)}${where} ghi số âm ${numVi(value)}: số đếm không thể âm. Hãy ghi lại số đúng (không có thì ghi 0).`,
          en: `${nameEn(ctx.form, code)}${whereEn} holds a negative number ${numEn(value)}: a count cannot be negative. Enter the right number (0 if none).`,
        }),
      );
    }
    if (Number.isInteger(value)) continue;
    if (slip !== undefined && hasThreeDecimals(value)) {
      const whole = Math.round(value * 1000);
      issues.push(
        ctx.issue({
          code: ctx.ruleCode(slip),
          severity: slip.severity,
          ...at,
          ...(v.cell === undefined ? {} : { fix: { cell: v.cell, value: whole } }),
          vi: `${nameVi(ctx.form, code)}${where} đang là số thập phân ${numVi(value, 3)}: ${slip.description.vi}. Có lẽ số đúng là ${numVi(whole)}: hãy sửa ô thành ${whole} (gõ không có dấu chấm).`,
          en: `${nameEn(ctx.form, code)}${whereEn} is ${numEn(value, 3)}: ${slip.description.en}. The intended number is probably ${numEn(whole)}: enter ${whole} (without the dot).`,
        }),
      );
    } else {
      issues.push(
        ctx.issue({
          code: "VALUE.NOT_INTEGER",
          severity: "error",
          ...at,
          vi: `${nameVi(ctx.form, code)}${where} là ${numVi(value)}: số đếm phải là số nguyên. Hãy ghi lại số nguyên đúng.`,
          en: `${nameEn(ctx.form, code)}${whereEn} is ${numEn(value)}: a count must be a whole number. Enter the right whole number.`,
        }),
      );
    }
  }
  return issues;
}
