import { childrenOf } from "../form/lookup.js";
import type { Form } from "../form/schema.js";
import type { Hierarchy } from "../hierarchy/index.js";
import { createIssue, type Issue, sortIssues } from "../issue/issue.js";
import { Period } from "../period/index.js";
import type { Report, ReportValue } from "../report/report.js";
import { validate } from "../validate/index.js";
import { buildCompleteness, type Completeness } from "./completeness.js";
import { markUnmatchedColumn } from "./mark-unmatched-column.js";
import { buildMatrix, type Matrix } from "./matrix.js";
import { selectReports } from "./select-reports.js";
import { type TotalColumn, totalColumn } from "./total-column.js";
import { columnsOf, totalsNeedNoRates, type UnitColumns, unitColumns } from "./unit-columns.js";
import { unitValues } from "./unit-values.js";

export interface ConsolidateOptions {
  readonly hierarchy?: Hierarchy;
  /** Code of the consolidating unit; with a hierarchy and without it, the parent all reports share. */
  readonly unit?: string;
  /** The period to consolidate; else the one the reports give. */
  readonly period?: string | Period;
  /** Check each report taken with validate() and add its issues (default true). */
  readonly validateInputs?: boolean;
}

export interface ConsolidateResult {
  /** The consolidating unit's report, in the same form. */
  readonly report: Report;
  readonly matrix: Matrix;
  readonly completeness: Completeness;
  readonly issues: readonly Issue[];
}

/** A memo of a computation that only some callers need (the matrix, a plan column). */
function once<T>(compute: () => T): () => T {
  let value: T | undefined;
  let done = false;
  return () => {
    if (!done) {
      value = compute();
      done = true;
    }
    return value as T;
  };
}

/**
 * The units' values of one column (Kết quả, Kế hoạch năm, Cùng kỳ) as totalling reads them:
 * straight into columns (with each unit's own rates where `rates` asks), or, where the form
 * relates a derived indicator to others, from each unit's own derived values.
 */
function columnsFor(
  form: Form,
  units: readonly { readonly unit: string; readonly values: Readonly<Record<string, ReportValue>> }[],
  period: string | undefined,
  rates: boolean,
): UnitColumns {
  return totalsNeedNoRates(form)
    ? unitColumns(form, units, period, rates)
    : columnsOf(
        form,
        units.map(({ unit, values }) => ({ unit, values: unitValues(form, values, period) })),
      );
}

/**
 * A column (plan, last year) of the units, totalled like the values, when any unit gives it; a
 * total that some unit gave a result for and no plan (or the other way round) is approximate, not
 * the consolidating unit's plan (see markUnmatchedColumn). `results`: the units' results, with
 * their rates.
 */
function otherColumn(
  form: Form,
  reports: readonly Report[],
  results: UnitColumns,
  pick: (r: Report) => Readonly<Record<string, ReportValue>> | undefined,
  period: string | undefined,
): Record<string, ReportValue> | undefined {
  const given: { unit: string; values: Readonly<Record<string, ReportValue>> }[] = [];
  for (const r of reports) {
    const values = pick(r);
    if (values !== undefined) given.push({ unit: r.unit.code!, values });
  }
  if (given.length === 0) return undefined;
  const columns = columnsFor(form, given, period, true);
  return markUnmatchedColumn(totalColumn(form, columns).values, results, columns);
}

function partialIssues(
  form: Form,
  partial: TotalColumn["partial"],
  consolidating: string | undefined,
): Issue[] {
  return partial.map(({ parent, units }) => {
    const children = childrenOf(form, parent, "sum")
      .map((c) => c.code)
      .join(", ");
    return createIssue({
      code: "CONSOLIDATE.PARTIAL_BREAKDOWN",
      severity: "warning",
      vi: `${parent}: ${units.join(", ")} chỉ báo cáo số tổng, thiếu số chi tiết; số tổng hợp ${children} để trống để không lệch với số tổng ${parent}. Xem bảng chi tiết và đề nghị đơn vị bổ sung.`,
      en: `${parent}: ${units.join(", ")} gave the total without its breakdown; the consolidated ${children} are left blank so that they do not fall short of ${parent}. See the matrix and ask the units for the breakdown.`,
      indicator: parent,
      ...(consolidating === undefined ? {} : { unit: consolidating }),
    });
  });
}

/** Indicators that some unit gave and this unit did not, except those the form no longer asks for in the period. */
function missingIssues(
  form: Form,
  reports: readonly Report[],
  missing: Readonly<Record<string, readonly string[]>>,
  period: Period | undefined,
): Issue[] {
  const start = period?.range().start;
  const lacking = new Map<string, string[]>();
  for (const indicator of form.indicators) {
    if (start !== undefined && indicator.validUntil !== undefined && indicator.validUntil <= start) continue;
    for (const unit of missing[indicator.code] ?? []) {
      lacking.set(unit, [...(lacking.get(unit) ?? []), indicator.code]);
    }
  }
  const issues: Issue[] = [];
  if (lacking.size === 0) return issues;
  for (const report of reports) {
    const codes = lacking.get(report.unit.code!);
    if (!codes) continue;
    const list = codes.join(", ");
    issues.push(
      createIssue({
        code: "CONSOLIDATE.VALUES_MISSING",
        severity: "warning",
        vi: `${report.unit.name ?? report.unit.code} thiếu số liệu ${list}; số tổng hợp các chỉ tiêu này chỉ gồm các đơn vị có số liệu. Đề nghị đơn vị bổ sung.`,
        en: `${report.unit.name ?? report.unit.code} gives no value for ${list}; these totals cover only the units that gave one. Ask the unit to fill them in.`,
        ...(report.file === undefined ? {} : { file: report.file }),
        unit: report.unit.code!,
      }),
    );
  }
  return issues;
}

/**
 * Consolidates (tổng hợp) the reports of units into their parent's report in the same form:
 * stocks and flows summed over units, relayed conferences (HN_TIEPSONG) by max, derived
 * indicators recomputed from the totals, never summed; approximate carried. Each unit's values
 * are taken after its own gồm parents are derived from its children. A unit that lacks a value is
 * left out of that total and named in the matrix and the issues.
 *
 * Returns the report, the indicator × unit matrix, the completeness table and every issue. It
 * throws only when `period` is given and is not a period.
 */
export function consolidate(
  form: Form,
  reports: readonly Report[],
  options: ConsolidateOptions = {},
): ConsolidateResult {
  const requested = typeof options.period === "string" ? Period.parse(options.period) : options.period;
  const selection = selectReports(form, reports, {
    ...(options.hierarchy === undefined ? {} : { hierarchy: options.hierarchy }),
    ...(options.unit === undefined ? {} : { unit: options.unit }),
    ...(requested === undefined ? {} : { period: requested }),
  });
  const { included, period, unit } = selection;
  const given = included.map((r) => ({ unit: r.unit.code!, values: r.values }));
  // Each unit's own rates are wanted only to match a plan or last-year column against the results.
  const withOther = included.some((r) => r.plan !== undefined || r.lastYear !== undefined);
  const results = columnsFor(form, given, period?.id, withOther);
  const column = totalColumn(form, results);
  const { values } = column;
  const plan = otherColumn(form, included, results, (r) => r.plan, period?.id);
  const lastYear = otherColumn(form, included, results, (r) => r.lastYear, period?.id);
  // Each unit's own values with its rates, for the matrix: only when a row of it is read.
  const units = once(() =>
    given.map(({ unit, values: own }) => ({ unit, values: unitValues(form, own, period?.id) })),
  );

  const issues: Issue[] = [...selection.issues];
  if (included.length === 0) {
    issues.push(
      createIssue({
        code: "CONSOLIDATE.EMPTY",
        severity: "error",
        vi: "Không có báo cáo nào hợp lệ để tổng hợp. Hãy kiểm tra các tệp, đơn vị và kỳ báo cáo.",
        en: "No report could be consolidated. Check the files, units and period.",
        ...(unit === undefined ? {} : { unit }),
      }),
    );
  }
  if (options.validateInputs ?? true) {
    for (const report of included) {
      for (const issue of validate(form, report, report.file === undefined ? {} : { file: report.file })) {
        issues.push({
          ...issue,
          ...(issue.unit === undefined ? { unit: report.unit.code! } : {}),
          ...(issue.file === undefined && report.file !== undefined ? { file: report.file } : {}),
        });
      }
    }
  }
  issues.push(...missingIssues(form, included, column.missing, period));
  issues.push(...partialIssues(form, column.partial, unit));

  const name = unit === undefined ? undefined : options.hierarchy?.unit(unit)?.name;
  const report: Report = {
    form: form.id,
    unit: {
      ...(unit === undefined ? {} : { code: unit }),
      ...(name === undefined ? {} : { name }),
      foundBy: unit === undefined ? "none" : options.unit === undefined ? "hierarchy" : "given",
    },
    period: {
      ...(period === undefined ? {} : { id: period.id, text: period.label }),
      // Given by the caller, or agreed by the reports consolidated.
      foundBy: period === undefined ? "none" : "given",
    },
    values,
    ...(plan === undefined ? {} : { plan }),
    ...(lastYear === undefined ? {} : { lastYear }),
  };
  return {
    report,
    matrix: buildMatrix(
      form,
      given.map((u) => u.unit),
      units,
      values,
      column.missing,
    ),
    completeness: buildCompleteness(selection.standings, selection.expected, selection.unidentified, issues),
    // In a stable order whatever the order of the reports: the same inputs give the same log.
    issues: sortIssues(issues),
  };
}
