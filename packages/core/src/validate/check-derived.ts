import Decimal from "decimal.js";
import type { Indicator } from "../form/schema.js";
import type { Issue } from "../issue/issue.js";
import { decimalsShown, isConsistentRatio, roundHalfUp } from "../number/index.js";
import type { ReportValue } from "../report/report.js";
import { numberOf } from "../report/values.js";
import type { CheckContext } from "./context.js";
import { nameEn, nameVi, numEn, numVi } from "./describe.js";

/**
 * Decimals a stated value shows: a text cell (`44,0`) shows the digits after its decimal comma; a
 * number cell, as many as the number has (the cell's number format is not kept on the report).
 */
function shownDecimals(stated: ReportValue & { value: number }): number {
  if (typeof stated.raw === "string") {
    const m = /,(\d+)\s*%?\s*$/.exec(stated.raw.trim());
    return m?.[1]?.length ?? 0;
  }
  return decimalsShown(null, stated.value);
}

/**
 * Whether the stated value agrees with numerator × scale ÷ denominator (see isConsistentRatio). A
 * percentage typed into a `0.0%` cell holds 0.667 for 66,7%: judge it ×100 as well.
 */
function consistent(
  indicator: Indicator,
  stated: ReportValue & { value: number },
  numerator: number,
  denominator: number,
): boolean {
  const scale = indicator.derive?.scale ?? 1;
  const decimals = shownDecimals(stated);
  if (isConsistentRatio(stated.value, numerator, denominator, scale, decimals)) return true;
  if (scale !== 100) return false;
  const asPercent = new Decimal(stated.value).times(100).toNumber();
  return isConsistentRatio(asPercent, numerator, denominator, scale, Math.max(decimals - 2, 0));
}

/**
 * A rate or average the sheet states (a derived row with a value the unit entered) must agree
 * with the exact ratio of the report's totals, judged as XBRL Calculations 1.1 do: the exact
 * value rounded half up to the decimals the cell shows must equal it, so 44,0 against 44.0177 is
 * no alarm and 44,5 is. DERIVED.MISMATCH, a warning, with the value rounded to the form's decimals as fix.
 */
export function checkDerived(ctx: CheckContext): Issue[] {
  const issues: Issue[] = [];
  for (const indicator of ctx.form.indicators) {
    const derive = indicator.derive;
    const stated = ctx.stated[indicator.code];
    if (derive === undefined || stated === undefined || stated.value === null || stated.source === "computed")
      continue;
    const numerator = numberOf(ctx.values, derive.numerator);
    const denominator = numberOf(ctx.values, derive.denominator);
    if (numerator === undefined || denominator === undefined || denominator === 0) continue;
    const withValue = stated as ReportValue & { value: number };
    if (consistent(indicator, withValue, numerator, denominator)) continue;
    const exact = new Decimal(numerator).times(derive.scale).div(denominator);
    const right = roundHalfUp(exact, derive.decimals);
    const cell = stated.cell;
    const terms = `${derive.numerator} / ${derive.denominator}${derive.scale === 1 ? "" : ` × ${derive.scale}`}`;
    const termsVi = `${terms} = ${numVi(numerator)} / ${numVi(denominator)}${derive.scale === 1 ? "" : ` × ${derive.scale}`}`;
    const termsEn = `${terms} = ${numEn(numerator)} / ${numEn(denominator)}${derive.scale === 1 ? "" : ` × ${derive.scale}`}`;
    issues.push(
      ctx.issue({
        code: "DERIVED.MISMATCH",
        severity: "warning",
        indicator: indicator.code,
        ...(cell === undefined ? {} : { cell, fix: { cell, value: right.toNumber() } }),
        vi: `${nameVi(ctx.form, indicator.code)}${cell === undefined ? "" : ` ở ô ${cell}`} ghi ${numVi(stated.value)}, nhưng ${termsVi} = ${numVi(right, derive.decimals)}. Hãy sửa thành ${numVi(right, derive.decimals)} (hoặc dùng Tính tổng để điền công thức).`,
        en: `${nameEn(ctx.form, indicator.code)}${cell === undefined ? "" : ` in cell ${cell}`} is ${numEn(stated.value)}, but ${termsEn} = ${numEn(right, derive.decimals)}. Change it to ${numEn(right, derive.decimals)} (or use Total to fill in the formula).`,
      }),
    );
  }
  return issues;
}
