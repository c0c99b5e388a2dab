import type { Form } from "../form/schema.js";
import { createIssue, type Issue } from "../issue/issue.js";
import { Period } from "../period/index.js";
import type { Report, ReportValue } from "../report/report.js";
import { keepCompleteBreakdowns } from "./keep-complete-breakdowns.js";
import { markPartialParts } from "./mark-partial-parts.js";
import { recomputeDerived } from "./recompute-derived.js";
import { columnsOf } from "./unit-columns.js";
import { unitValues } from "./unit-values.js";

export interface CombinedPeriods {
  readonly values: Record<string, ReportValue>;
  /** The reports taken, earliest first. */
  readonly taken: readonly Report[];
  readonly issues: readonly Issue[];
}

const monthLabel = (year: number, month: number) => Period.of("month", year, month);

/**
 * One unit's reports of consecutive periods combined over the given months of a year: flows
 * summed, stocks the latest value given (a headcount at the end), derived recomputed. Reports
 * must tile the months exactly: one outside them, of another unit, or overlapping one taken is
 * left out (the longer period is taken first); months no report covers are a gap.
 */
export function combinePeriods(
  form: Form,
  reports: readonly Report[],
  year: number,
  months: readonly number[],
  target: { readonly id: string; readonly label: string },
): CombinedPeriods {
  const issues: Issue[] = [];
  const unit = reports.find((r) => r.unit.code !== undefined)?.unit.code;
  const wanted = new Set(months);
  const candidates: { report: Report; period: Period }[] = [];
  for (const report of reports) {
    const at = {
      ...(report.file === undefined ? {} : { file: report.file }),
      ...(report.unit.code === undefined ? {} : { unit: report.unit.code }),
    };
    const where = report.file ?? report.period.id ?? "?";
    if (report.unit.code !== undefined && report.unit.code !== unit) {
      issues.push(
        createIssue({
          code: "TIME.MIXED_UNITS",
          severity: "error",
          vi: `${where}: báo cáo của đơn vị ${report.unit.code}, không phải ${unit}; không cộng dồn. Cộng dồn theo thời gian chỉ dùng báo cáo của một đơn vị.`,
          en: `${where}: a report of unit ${report.unit.code}, not ${unit}; left out. Roll-up over time takes one unit's reports.`,
          ...at,
        }),
      );
      continue;
    }
    const period = report.period.id === undefined ? undefined : Period.tryParse(report.period.id);
    if (!period || period.year !== year || period.months.some((m) => !wanted.has(m))) {
      issues.push(
        createIssue({
          code: "TIME.OUTSIDE",
          severity: "error",
          vi: `${where}: kỳ ${period?.label ?? "(không rõ)"} không nằm trong ${target.label}; không cộng dồn. Hãy chọn đúng báo cáo các kỳ thuộc ${target.label}.`,
          en: `${where}: ${period?.labelEn ?? "an unknown period"} is not within ${target.id}; left out. Pick the reports of periods within ${target.id}.`,
          ...at,
        }),
      );
      continue;
    }
    candidates.push({ report, period });
  }
  candidates.sort(
    (a, b) =>
      (a.period.months[0] ?? 0) - (b.period.months[0] ?? 0) || b.period.monthCount - a.period.monthCount,
  );
  const covered = new Map<number, Report>();
  const taken: { report: Report; period: Period }[] = [];
  for (const c of candidates) {
    const clash = c.period.months.find((m) => covered.has(m));
    if (clash !== undefined) {
      const other = covered.get(clash)!;
      issues.push(
        createIssue({
          code: "TIME.OVERLAP",
          severity: "error",
          vi: `${c.report.file ?? c.period.label}: kỳ ${c.period.label} trùng thời gian với báo cáo kỳ ${other.period.id ?? ""}${other.file ? ` (${other.file})` : ""}; không cộng lần nữa. Hãy bỏ một trong hai báo cáo.`,
          en: `${c.report.file ?? c.period.labelEn}: ${c.period.labelEn} overlaps the report for ${other.period.id ?? ""}${other.file ? ` (${other.file})` : ""}; not added twice. Remove one of them.`,
          ...(c.report.file === undefined ? {} : { file: c.report.file }),
          ...(unit === undefined ? {} : { unit }),
        }),
      );
      continue;
    }
    for (const m of c.period.months) covered.set(m, c.report);
    taken.push(c);
  }
  const gaps = months.filter((m) => !covered.has(m));
  if (gaps.length > 0) {
    const vi = gaps.map((m) => monthLabel(year, m).label).join(", ");
    const en = gaps.map((m) => monthLabel(year, m).labelEn).join(", ");
    issues.push(
      createIssue({
        code: "TIME.GAP",
        severity: "error",
        vi: `Thiếu báo cáo ${vi} để cộng dồn ${target.label}; số cộng dồn chưa đủ. Hãy bổ sung báo cáo các tháng còn thiếu.`,
        en: `No report covers ${en} for ${target.id}; the roll-up is incomplete. Add the reports of the missing months.`,
        ...(unit === undefined ? {} : { unit }),
      }),
    );
  }

  const series = taken.map((t) => ({
    unit: t.period.id,
    values: unitValues(form, t.report.values, t.period.id),
  }));
  const totals: Record<string, ReportValue> = {};
  for (const indicator of form.indicators) {
    const how = indicator.aggregate.time;
    if (indicator.kind === "derived" || how === "none") continue;
    const given = series.flatMap(({ values }) => {
      const v = values[indicator.code];
      return v === undefined || v.value === null ? [] : [{ value: v.value, approximate: v.approximate }];
    });
    if (given.length === 0) continue;
    if (how === "last") {
      const last = given[given.length - 1]!;
      totals[indicator.code] = { ...last, source: "consolidated" };
    } else {
      totals[indicator.code] = {
        value: given.reduce((sum, v) => sum + v.value, 0),
        approximate: given.some((v) => v.approximate),
        source: "consolidated",
      };
    }
  }
  const columns = columnsOf(form, series);
  const kept = keepCompleteBreakdowns(form, columns, totals);
  for (const { parent, units } of kept.partial) {
    issues.push(
      createIssue({
        code: "TIME.PARTIAL_BREAKDOWN",
        severity: "warning",
        vi: `${parent}: kỳ ${units.join(", ")} chỉ có số tổng, thiếu số chi tiết; số cộng dồn các dòng thành phần của ${parent} để trống. Hãy bổ sung số chi tiết các kỳ đó.`,
        en: `${parent}: ${units.join(", ")} give the total without its breakdown; the rolled-up breakdown of ${parent} is left blank. Fill in those periods' breakdown.`,
        indicator: parent,
        ...(unit === undefined ? {} : { unit }),
      }),
    );
  }
  return {
    values: recomputeDerived(form, markPartialParts(form, columns, kept.totals, "time")),
    taken: taken.map((t) => t.report),
    issues,
  };
}
