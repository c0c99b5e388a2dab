import type { Form } from "../form/schema.js";
import { TonghopError } from "../issue/error.js";
import { type Issue, sortIssues } from "../issue/issue.js";
import type { Report } from "../report/report.js";
import { checkCompareRule } from "./check-compare-rule.js";
import { checkDerived } from "./check-derived.js";
import { checkParts } from "./check-parts.js";
import { checkStockChange } from "./check-stock-change.js";
import { checkSumFormula } from "./check-sum-formula.js";
import { checkSumParents } from "./check-sum-parents.js";
import { checkValueTypes } from "./check-value-types.js";
import { checkYearToDate } from "./check-year-to-date.js";
import { type CheckContext, checkContext } from "./context.js";

export interface ValidateOptions {
  /** Earlier reports (of this unit or others: only this unit's are used) for R8 and R9. */
  readonly previous?: Report | readonly Report[];
  /** File name for the issues; defaults to the report's. */
  readonly file?: string;
}

/**
 * Kiểm tra: every finding about one report, sorted (sortIssues): value types and R11, gồm and
 * trong đó, the form's rules (compare rules with their missing-value strategies, stock changes
 * against the previous period, year-to-date figures, total formulas), and stated rates and
 * averages. Data problems are returned, never thrown; throws TonghopError
 * `VALIDATE.FORM_MISMATCH` only when the report is of another form.
 */
export function validate(form: Form, report: Report, options: ValidateOptions = {}): Issue[] {
  if (report.form !== form.id) {
    throw new TonghopError(
      "VALIDATE.FORM_MISMATCH",
      `Báo cáo theo mẫu ${report.form}, không phải mẫu ${form.id}`,
      `The report is in form ${report.form}, not ${form.id}`,
    );
  }
  const previous =
    options.previous === undefined
      ? []
      : Array.isArray(options.previous)
        ? options.previous
        : [options.previous];
  return sortIssues(
    validateUnchecked(
      checkContext(form, report, { previous: previous as readonly Report[], file: options.file }),
    ),
  );
}

/** The checks of {@link validate} on a prepared context, unsorted. */
export function validateUnchecked(ctx: CheckContext): Issue[] {
  const issues: Issue[] = [
    ...checkValueTypes(ctx),
    ...checkSumParents(ctx),
    ...checkParts(ctx),
    ...checkDerived(ctx),
  ];
  for (const rule of ctx.form.rules) {
    switch (rule.type) {
      case "compare":
        issues.push(...checkCompareRule(ctx, rule));
        break;
      case "stockChange":
        issues.push(...checkStockChange(ctx, rule));
        break;
      case "ytdNotDecreasing":
        issues.push(...checkYearToDate(ctx, rule));
        break;
      case "sumFormula":
        issues.push(...checkSumFormula(ctx, rule));
        break;
      case "thousandsSlip":
        // Part of the value-type check: a three-decimal count is this rule's warning, not a type error.
        break;
    }
  }
  return issues;
}
