import type { Comparison, Operand, Rule } from "../form/schema.js";
import type { Issue } from "../issue/issue.js";
import { operandCodes } from "../report/values.js";
import type { CheckContext } from "./context.js";
import { approximateNoteEn, approximateNoteVi, numEn, numVi, softened } from "./describe.js";
import { type ComparisonResult, evaluateAssertion } from "./evaluate-comparison.js";

type CompareRule = Extract<Rule, { type: "compare" }>;

const opVi: Record<Comparison["op"], string> = {
  ">": ">",
  ">=": "≥",
  "<": "<",
  "<=": "≤",
  "=": "=",
  "!=": "≠",
};

/** Decimals to show an operand with: a derived indicator's own, else the value's. */
function decimalsFor(ctx: CheckContext, operand: Operand): number | undefined {
  if (typeof operand !== "string") return undefined;
  return ctx.indicator(operand)?.derive?.decimals;
}

/** An operand by name: `mục 5.1 «Nghe báo cáo viên»`, `mục 5.5 + 5.6`, or a constant. */
function operandName(ctx: CheckContext, operand: Operand, english: boolean): string {
  if (typeof operand === "number") return (english ? numEn : numVi)(operand);
  const codes = operandCodes(operand);
  const single = codes.length === 1 ? ctx.indicator(codes[0]!) : undefined;
  if (single !== undefined) {
    return english ? `item ${single.stt} "${single.labelEn}"` : `mục ${single.stt} «${single.label}»`;
  }
  return `${english ? "items" : "mục"} ${codes.map((code) => ctx.indicator(code)?.stt ?? code).join(" + ")}`;
}

/** The values of a comparison's indicator operands, as they are: `100 và 240`, `0`. */
function operandValues(ctx: CheckContext, r: ComparisonResult, english: boolean): string {
  const format = english ? numEn : numVi;
  const shown = [
    [r.comparison.left, r.left],
    [r.comparison.right, r.right],
  ] as const;
  return shown
    .filter(([operand]) => typeof operand !== "number")
    .map(([operand, value]) => format(value.value, decimalsFor(ctx, operand)))
    .join(english ? " and " : " và ");
}

/** `mục 10 «Số điểm cầu trực tuyến» ≥ 1`: what must hold. */
function condition(ctx: CheckContext, c: Comparison, english: boolean): string {
  return `${operandName(ctx, c.left, english)} ${opVi[c.op]} ${operandName(ctx, c.right, english)}`;
}

/** The cell and indicator an issue points at: the left operand's first indicator with a cell, else the right's. */
function locate(ctx: CheckContext, c: Comparison): { indicator?: string; cell?: string } {
  const codes = [...operandCodes(c.left), ...operandCodes(c.right)];
  const cell = codes.map(ctx.cellOf).find((x) => x !== undefined);
  const indicator = codes[0];
  return { ...(indicator === undefined ? {} : { indicator }), ...(cell === undefined ? {} : { cell }) };
}

/**
 * A compare rule of the form (R1–R7 of TTM-01): each assertion is checked on the values after
 * totals (so R2 sees NGHE_TB) and each failure is one issue `${prefix}.${rule.id}` with the rule's
 * severity, softened to a warning when an estimate is involved (see {@link softened}) or when the
 * failure rests on a blank counted as 0 (missingAsZero, skipIfAllMissing): DESIGN §4 treats a
 * missing value as missing, not zero, and a missing entered indicator as a warning.
 */
export function checkCompareRule(ctx: CheckContext, rule: CompareRule): Issue[] {
  const issues: Issue[] = [];
  for (const assertion of rule.assert) {
    const outcome = evaluateAssertion(ctx.values, rule.when, assertion, rule.missing);
    if (outcome.status !== "failed") continue;
    const whenVi = outcome.when
      .map((w) => `${condition(ctx, w.comparison, false)} (${operandValues(ctx, w, false)})`)
      .join(", ");
    const whenEn = outcome.when
      .map((w) => `${condition(ctx, w.comparison, true)} (${operandValues(ctx, w, true)})`)
      .join(", ");
    const blanks = outcome.missing.map((code) => ctx.indicator(code)?.stt ?? code).join(", ");
    // Only a blank in the assertion itself could make it hold once filled in; a blank in a `when`
    // condition counted as 0 did not stop the condition from holding.
    const assertionCodes = [...operandCodes(assertion.left), ...operandCodes(assertion.right)];
    const restsOnBlank = outcome.missing.some((code) => assertionCodes.includes(code));
    const missingVi = blanks === "" ? "" : ` (mục ${blanks} để trống, tính là 0)`;
    const missingEn = blanks === "" ? "" : ` (item ${blanks} blank, counted as 0)`;
    const blankNoteVi = !restsOnBlank
      ? ""
      : " Mục để trống là thiếu số liệu, chưa chắc là sai: nếu có số liệu hãy ghi vào, nếu không có hãy ghi 0.";
    const blankNoteEn = !restsOnBlank
      ? ""
      : " A blank item is missing data, not necessarily wrong: enter the figure, or 0 if there is none.";
    issues.push(
      ctx.issue({
        code: ctx.ruleCode(rule),
        severity: softened(rule.severity, outcome.approximate || restsOnBlank),
        ...locate(ctx, assertion),
        vi: `${rule.description.vi}. Cần ${condition(ctx, assertion, false)}, nhưng số liệu là ${operandValues(ctx, outcome.assertion, false)}${whenVi === "" ? "" : `, trong khi ${whenVi}`}${missingVi}. Hãy kiểm tra và sửa lại các số này.${blankNoteVi}${outcome.approximate ? approximateNoteVi : ""}`,
        en: `${rule.description.en}. Needed: ${condition(ctx, assertion, true)}, but the figures are ${operandValues(ctx, outcome.assertion, true)}${whenEn === "" ? "" : `, while ${whenEn}`}${missingEn}. Check and correct these figures.${blankNoteEn}${outcome.approximate ? approximateNoteEn : ""}`,
      }),
    );
  }
  return issues;
}
