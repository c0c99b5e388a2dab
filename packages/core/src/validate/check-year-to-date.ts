import type { Rule } from "../form/schema.js";
import type { Issue } from "../issue/issue.js";
import { numberOf } from "../report/values.js";
import { deriveValues } from "../total/derive-values.js";
import type { CheckContext } from "./context.js";
import { approximateNoteEn, approximateNoteVi, nameEn, nameVi, numEn, numVi, softened } from "./describe.js";
import { reportsOfUnit } from "./previous-reports.js";

type YearToDateRule = Extract<Rule, { type: "ytdNotDecreasing" }>;

/**
 * R9: year-to-date flows (lũy kế từ đầu năm) never go down within a year. When the report's period
 * starts in January and the same unit has an earlier year-to-date report of the same year that the
 * period contains (2024Q1 inside 2024S1), each flow must be at least that report's value. Of several
 * such reports, the longest (the latest) is compared.
 */
export function checkYearToDate(ctx: CheckContext, rule: YearToDateRule): Issue[] {
  const unit = reportsOfUnit(ctx.report, ctx.previous);
  if (unit === undefined || !unit.period.isYearToDate) return [];
  const current = unit.period;
  const before = unit.others
    .filter((o) => o.period.isYearToDate && current.contains(o.period))
    .sort((a, b) => b.period.monthCount - a.period.monthCount)[0];
  if (before === undefined) return [];
  const previousValues = deriveValues(ctx.form, before.report.values, { period: before.period.id });
  const issues: Issue[] = [];
  for (const indicator of ctx.form.indicators) {
    if (indicator.kind !== "flow") continue;
    const now = numberOf(ctx.values, indicator.code);
    const then = numberOf(previousValues, indicator.code);
    if (now === undefined || then === undefined || now >= then) continue;
    const approximate =
      (ctx.values[indicator.code]?.approximate ?? false) ||
      (previousValues[indicator.code]?.approximate ?? false);
    const cell = ctx.values[indicator.code]?.cell;
    issues.push(
      ctx.issue({
        code: ctx.ruleCode(rule),
        severity: softened(rule.severity, approximate),
        indicator: indicator.code,
        ...(cell === undefined ? {} : { cell }),
        vi: `${rule.description.vi}: ${nameVi(ctx.form, indicator.code)} lũy kế ${current.label} là ${numVi(now)}, thấp hơn lũy kế ${before.period.label} là ${numVi(then)}. Số lũy kế không thể giảm: hãy kiểm tra lại số kỳ này hoặc báo cáo kỳ trước.${approximate ? approximateNoteVi : ""}`,
        en: `${rule.description.en}: ${nameEn(ctx.form, indicator.code)} is ${numEn(now)} for ${current.labelEn} to date, below ${numEn(then)} for ${before.period.labelEn}. A year-to-date figure cannot fall: check this period's figure or the earlier report.${approximate ? approximateNoteEn : ""}`,
      }),
    );
  }
  return issues;
}
