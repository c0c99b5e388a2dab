import { mapPacked } from "../array/map-packed.js";
import type { Form, Rule } from "../form/schema.js";
import { toA1 } from "../grid/address.js";
import type { Issue } from "../issue/issue.js";
import { memoizeText } from "../text/memoize.js";
import { type ChildValue, childValues, isGiven, sumParents } from "../total/children.js";
import { sumFormula } from "../total/sum-formula.js";
import type { CheckContext } from "./context.js";
import { nameEn, nameVi, numEn, numVi } from "./describe.js";
import { type CellRange, covers, parseSumFormula } from "./parse-sum-formula.js";

type SumFormulaRule = Extract<Rule, { type: "sumFormula" }>;

/**
 * The formula of a gồm parent that R10 judges: the form has the rule, the sheet's layout gives a
 * result column, and the formula is one of the simple shapes {@link parseSumFormula} reads.
 */
export function judgedFormula(ctx: CheckContext, parent: string): readonly CellRange[] | undefined {
  const formula = ctx.stated[parent]?.formula;
  if (formula === undefined || ctx.report.layout?.columns.result === undefined) return undefined;
  if (!judgesFormulas(ctx.form)) return undefined;
  return parsedSumFormula(formula);
}

/** Whether a form has R10's rule, remembered per form: asked for every gồm parent of every report. */
const formulaRule = new WeakMap<Form, boolean>();

function judgesFormulas(form: Form): boolean {
  let judges = formulaRule.get(form);
  if (judges === undefined) {
    judges = form.rules.some((r) => r.type === "sumFormula");
    formulaRule.set(form, judges);
  }
  return judges;
}

/** parseSumFormula remembered by formula text: every unit's sheet carries the template's same totals. */
const parsedSumFormula: (formula: string) => readonly CellRange[] | undefined = memoizeText(parseSumFormula);

/**
 * R10: a total cell's formula must add exactly the rows the form says the total consists of, and
 * its cached value must equal their sum. One issue per total: rows left out or rows of other
 * indicators added (with the right formula in the message and the right sum as fix), else a cached
 * value that differs from the children's sum (blank children count 0, as in Excel).
 */
export function checkSumFormula(ctx: CheckContext, rule: SumFormulaRule): Issue[] {
  const layout = ctx.report.layout;
  const col = layout?.columns.result;
  if (layout === undefined || col === undefined) return [];
  const issues: Issue[] = [];
  // Two arrays, not a [code, row] pair for every row of every report.
  const rowCodes = Object.keys(layout.rows);
  const rowAt = mapPacked(rowCodes, (code) => layout.rows[code]!);
  for (const parent of sumParents(ctx.form)) {
    const ranges = judgedFormula(ctx, parent.code);
    const stated = ctx.stated[parent.code];
    if (ranges === undefined || stated === undefined) continue;
    const parentRow = layout.rows[parent.code];
    const cell = stated.cell ?? (parentRow === undefined ? undefined : toA1({ row: parentRow, col }));
    // Pushed into a literal, so that the loops below see one array map in every tier (see mapPacked).
    const children: ChildValue[] = [];
    for (const child of childValues(ctx.form, ctx.values, parent.code, ctx.report.period.id)) {
      if (layout.rows[child.indicator.code] !== undefined) children.push(child);
    }
    if (children.length === 0) continue;
    const sum = children.reduce((s, c) => s + (isGiven(c.value) ? c.value.value : 0), 0);
    const childCodes = new Set(children.map((c) => c.indicator.code));
    const leftOut = children.filter((c) => !covers(ranges, layout.rows[c.indicator.code]!, col));
    const extra = rowCodes.filter((code, i) => !childCodes.has(code) && covers(ranges, rowAt[i]!, col));
    const formula = stated.formula!;
    // Nearly every total is right: the words of an issue are made only for one that is not.
    const located = () => ({
      at: {
        code: ctx.ruleCode(rule),
        severity: rule.severity,
        indicator: parent.code,
        ...(cell === undefined ? {} : { cell, fix: { cell, value: sum } }),
      },
      where: cell === undefined ? "" : ` ô ${cell}`,
      whereEn: cell === undefined ? "" : ` in cell ${cell}`,
    });
    if (leftOut.length > 0 || extra.length > 0) {
      const { at, where, whereEn } = located();
      const right = sumFormula(
        col,
        children.map((c) => layout.rows[c.indicator.code]!),
      );
      const rowList = (codes: string[]) =>
        codes.map((code) => `dòng ${layout.rows[code]! + 1} (${nameVi(ctx.form, code)})`).join(", ");
      const rowListEn = (codes: string[]) =>
        codes.map((code) => `row ${layout.rows[code]! + 1} (${nameEn(ctx.form, code)})`).join(", ");
      const problemVi = [
        leftOut.length > 0 ? `bỏ sót ${rowList(leftOut.map((c) => c.indicator.code))}` : "",
        extra.length > 0 ? `cộng thừa ${rowList(extra)}` : "",
      ]
        .filter(Boolean)
        .join(" và ");
      const problemEn = [
        leftOut.length > 0 ? `leaves out ${rowListEn(leftOut.map((c) => c.indicator.code))}` : "",
        extra.length > 0 ? `also adds ${rowListEn(extra)}` : "",
      ]
        .filter(Boolean)
        .join(" and ");
      issues.push(
        ctx.issue({
          ...at,
          vi: `${rule.description.vi}: công thức${where} của ${nameVi(ctx.form, parent.code)} là ${formula}, ${problemVi}. Hãy sửa công thức thành ${right} (tổng đúng là ${numVi(sum)}).`,
          en: `${rule.description.en}: the formula${whereEn} of ${nameEn(ctx.form, parent.code)} is ${formula}, which ${problemEn}. Change it to ${right} (the right total is ${numEn(sum)}).`,
        }),
      );
      continue;
    }
    if (stated.value === null || stated.value === sum) continue;
    const { at, where, whereEn } = located();
    const textCells = children.some((c) => c.value?.approximate);
    issues.push(
      ctx.issue({
        ...at,
        vi: `${rule.description.vi}: ô tổng${where} (${nameVi(ctx.form, parent.code)}, ${formula}) đang hiện ${numVi(stated.value)} nhưng tổng các dòng thành phần là ${numVi(sum)}.${textCells ? " Ô ghi bằng chữ (như «trên 14.000») không được Excel cộng vào tổng: hãy ghi số." : " Hãy tính lại bảng tính (F9) hoặc sửa lại công thức."}`,
        en: `${rule.description.en}: the total${whereEn} (${nameEn(ctx.form, parent.code)}, ${formula}) shows ${numEn(stated.value)} but its component rows add up to ${numEn(sum)}.${textCells ? ' Cells written as text (such as "trên 14.000") are not added by Excel: enter numbers.' : " Recalculate the workbook (F9) or correct the formula."}`,
      }),
    );
  }
  return issues;
}
