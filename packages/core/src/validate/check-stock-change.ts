import type { Rule } from "../form/schema.js";
import type { Issue } from "../issue/issue.js";
import { ratio } from "../number/index.js";
import { numberOf } from "../report/values.js";
import { deriveValues } from "../total/derive-values.js";
import type { CheckContext } from "./context.js";
import { nameEn, nameVi, numEn, numVi } from "./describe.js";
import { periodOrder, reportsOfUnit } from "./previous-reports.js";

type StockChangeRule = Extract<Rule, { type: "stockChange" }>;

/**
 * R8: a stock (a headcount at period end) that changes by more than `maxChange` against the same
 * unit's previous report: the immediately previous period of the same kind, or else the latest
 * earlier one of that kind among `previous`. A previous value of 0 gives no base to compare with.
 */
export function checkStockChange(ctx: CheckContext, rule: StockChangeRule): Issue[] {
  const unit = reportsOfUnit(ctx.report, ctx.previous);
  if (unit === undefined) return [];
  const current = unit.period;
  const before = unit.others
    .filter((o) => o.period.kind === current.kind && periodOrder(o.period) < periodOrder(current))
    .sort((a, b) => periodOrder(b.period) - periodOrder(a.period))[0];
  if (before === undefined) return [];
  const previousValues = deriveValues(ctx.form, before.report.values, { period: before.period.id });
  const issues: Issue[] = [];
  for (const indicator of ctx.form.indicators) {
    if (indicator.kind !== "stock") continue;
    const now = numberOf(ctx.values, indicator.code);
    const then = numberOf(previousValues, indicator.code);
    if (now === undefined || then === undefined || then <= 0) continue;
    const change = Math.abs(now - then) / then;
    if (change <= rule.maxChange) continue;
    const percent = ratio(Math.abs(now - then), then, { scale: 100, decimals: 1 })!;
    const limit = rule.maxChange * 100;
    const cell = ctx.values[indicator.code]?.cell;
    issues.push(
      ctx.issue({
        code: ctx.ruleCode(rule),
        severity: rule.severity,
        indicator: indicator.code,
        ...(cell === undefined ? {} : { cell }),
        vi: `${rule.description.vi}: ${nameVi(ctx.form, indicator.code)} kỳ này là ${numVi(now)}, ${before.period.label} là ${numVi(then)} (${now > then ? "tăng" : "giảm"} ${numVi(percent, 1)}%, quá ${numVi(limit)}%). Hãy kiểm tra lại số liệu; nếu đúng, ghi rõ lý do ở cột Ghi chú.`,
        en: `${rule.description.en}: ${nameEn(ctx.form, indicator.code)} is ${numEn(now)} now and was ${numEn(then)} in ${before.period.labelEn} (${now > then ? "up" : "down"} ${numEn(percent, 1)}%, more than ${numEn(limit)}%). Check the figure; if it is right, give the reason in the Notes column.`,
      }),
    );
  }
  return issues;
}
