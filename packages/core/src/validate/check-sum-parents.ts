import type { Issue } from "../issue/issue.js";
import { childValues, isGiven, sumParents } from "../total/children.js";
import { judgedFormula } from "./check-sum-formula.js";
import type { CheckContext } from "./context.js";
import { approximateNoteEn, approximateNoteVi, nameEn, nameVi, numEn, numVi, softened } from "./describe.js";

/**
 * gồm: a parent the unit states must agree with its children (DESIGN §6).
 * - every expected child given: the parent must equal their sum;
 * - only some given: the parent must not be below the sum of those given (the others are missing,
 *   not zero, so a larger parent is possible).
 * Either failure is SUM.PARENT_MISMATCH, an error (a warning when an estimate is involved), with the
 * children's sum as fix when the children are complete and exact and the parent cell holds no formula.
 * A parent whose formula R10 judges is left to R10, so one cell gets one issue.
 */
export function checkSumParents(ctx: CheckContext): Issue[] {
  const issues: Issue[] = [];
  for (const parent of sumParents(ctx.form)) {
    const stated = ctx.stated[parent.code];
    if (!isGiven(stated) || stated.source === "computed") continue;
    if (judgedFormula(ctx, parent.code) !== undefined) continue;
    const children = childValues(ctx.form, ctx.values, parent.code, ctx.report.period.id);
    const given = children.filter((c) => isGiven(c.value));
    if (given.length === 0) continue;
    const complete = children.every((c) => !c.expected || isGiven(c.value));
    const sum = given.reduce((s, c) => s + (c.value?.value ?? 0), 0);
    const wrong = complete ? stated.value !== sum : stated.value < sum;
    if (!wrong) continue;
    const childrenApproximate = given.some((c) => c.value?.approximate);
    const approximate = stated.approximate || childrenApproximate;
    const cell = stated.cell;
    const safeFix = complete && !childrenApproximate && stated.formula === undefined;
    const stts = given.map((c) => c.indicator.stt).join(", ");
    const fixVi = complete
      ? `Hãy sửa${cell === undefined ? "" : ` ô ${cell}`} thành ${numVi(sum)}, hoặc kiểm tra lại các dòng thành phần.`
      : `Tổng không thể nhỏ hơn các phần đã ghi: hãy kiểm tra lại số tổng và ghi đủ các dòng thành phần còn trống.`;
    const fixEn = complete
      ? `Change${cell === undefined ? " it" : ` cell ${cell}`} to ${numEn(sum)}, or check the component rows.`
      : `A total cannot be less than the parts given: check the total and fill in the blank component rows.`;
    issues.push(
      ctx.issue({
        code: "SUM.PARENT_MISMATCH",
        severity: softened("error", approximate),
        indicator: parent.code,
        ...(cell === undefined ? {} : { cell }),
        ...(safeFix && cell !== undefined ? { fix: { cell, value: sum } } : {}),
        vi: `${nameVi(ctx.form, parent.code)}${cell === undefined ? "" : ` ở ô ${cell}`} ghi ${numVi(stated.value)}, nhưng tổng các mục ${complete ? "" : "đã ghi "}${stts} là ${numVi(sum)}. ${fixVi}${approximate ? approximateNoteVi : ""}`,
        en: `${nameEn(ctx.form, parent.code)}${cell === undefined ? "" : ` in cell ${cell}`} is ${numEn(stated.value)}, but ${complete ? "" : "the given "}items ${stts} add up to ${numEn(sum)}. ${fixEn}${approximate ? approximateNoteEn : ""}`,
      }),
    );
  }
  return issues;
}
