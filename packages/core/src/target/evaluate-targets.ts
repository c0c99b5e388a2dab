import type Decimal from "decimal.js";
import type { Form, Target } from "../form/schema.js";
import { formatViNumber, roundHalfUp } from "../number/index.js";
import { Period } from "../period/index.js";
import type { Report, RosterEntry } from "../report/report.js";
import { deriveValues } from "../total/index.js";
import { measureCount } from "./count.js";
import { measureFrequency } from "./frequency.js";
import type { MeasureContext, Measurement } from "./measurement.js";
import { measurePerCapita } from "./per-capita.js";
import { measurePerPerson } from "./per-person.js";
import { measureRate } from "./rate.js";
import type { TargetResult } from "./result.js";
import { statusOf, type TargetStatus, targetStatusLabels } from "./status.js";

export interface EvaluateTargetsOptions {
  /** The roster (danh sách báo cáo viên, tuyên truyền viên) for per-person targets; else report.roster. */
  readonly roster?: readonly RosterEntry[];
  /** The period evaluated; else the report's own. */
  readonly period?: Period;
  /** The report's form: parents given only by their children (gồm) are derived first, roster role labels matched. */
  readonly form?: Form;
}

function measure(target: Target, context: MeasureContext): Measurement {
  const m = target.measure;
  switch (m.kind) {
    case "count":
      return measureCount(m, context);
    case "frequency":
      return measureFrequency(m, context);
    case "perCapita":
      return measurePerCapita(m, context);
    case "rate":
      return measureRate(m, context);
    case "perPerson":
      return measurePerPerson(m, context);
  }
}

const percentOfExact = (part: Decimal, whole: Decimal) => part.times(100).div(whole);
const rounded = (value: Decimal, decimals: number) => roundHalfUp(value, decimals).toNumber();

/**
 * Evaluates targets (chỉ tiêu) on a report: actual, expected for the report's period (an annual
 * goal prorated by months: a half year expects half, a quarter a quarter; a rate never), percent
 * (`66,7`), share of the annual goal, and status Vượt / Đạt / Chưa đạt / Thiếu số liệu.
 *
 * A status is decided on exact values, not on the rounded percent. Nothing expected (no heads; a
 * rate over no organisations) is Đạt with no percent. Any value needed and missing or unreadable
 * gives Thiếu số liệu, never a zero.
 */
export function evaluateTargets(
  targets: readonly Target[],
  report: Report,
  options: EvaluateTargetsOptions = {},
): TargetResult[] {
  const period =
    options.period ?? (report.period.id === undefined ? undefined : Period.tryParse(report.period.id));
  const values = options.form
    ? deriveValues(options.form, report.values, period === undefined ? {} : { period: period.id })
    : report.values;
  const roster = options.roster ?? report.roster;
  const context: MeasureContext = {
    values,
    months: period?.monthCount,
    ...(roster === undefined ? {} : { roster }),
    ...(options.form === undefined ? {} : { form: options.form }),
  };
  return targets.map((target) => {
    const m = measure(target, context);
    const nothingExpected = m.vacuous === true || m.expected?.isZero() === true;
    const status: TargetStatus =
      m.missing.length > 0 || m.expected === null
        ? "missingData"
        : nothingExpected || m.actual === null
          ? "met"
          : statusOf(m.actual, m.expected);
    const percent =
      status === "missingData" || nothingExpected || m.actual === null || m.expected === null
        ? null
        : roundHalfUp(percentOfExact(m.actual, m.expected), 1);
    const share =
      status === "missingData" || m.towardsAnnual === null || m.annual === null || m.annual.isZero()
        ? null
        : roundHalfUp(percentOfExact(m.towardsAnnual, m.annual), 1);
    const label = targetStatusLabels[status];
    return {
      id: target.id,
      label: target.label.vi,
      labelEn: target.label.en,
      basis: m.basis,
      ...(period === undefined ? {} : { period: period.id, months: period.monthCount }),
      actual: m.actual === null ? null : rounded(m.actual, 1),
      expected: m.expected === null ? null : rounded(m.expected, 2),
      annual: m.annual === null ? null : rounded(m.annual, 2),
      percent: percent === null ? null : formatViNumber(percent, 1),
      percentValue: percent === null ? null : percent.toNumber(),
      shareOfAnnual: share === null ? null : formatViNumber(share, 1),
      shareOfAnnualValue: share === null ? null : share.toNumber(),
      status,
      statusLabel: label.vi,
      statusLabelEn: label.en,
      approximate: m.approximate,
      missing: m.missing,
      ...(m.persons === undefined ? {} : { persons: m.persons }),
    };
  });
}
