import type { Form } from "../form/schema.js";
import type { Hierarchy } from "../hierarchy/index.js";
import { createIssue, type Issue } from "../issue/issue.js";
import { Period } from "../period/index.js";
import type { Report } from "../report/report.js";
import type { CompletenessStatus } from "./completeness.js";
import { isUnder } from "./is-under.js";

export interface JudgeContext {
  readonly form: Form;
  readonly hierarchy?: Hierarchy;
  readonly unit?: string;
  readonly period?: Period;
}

/** Whether one report is taken into a consolidation, and if not, the unit's standing and why. */
export type Verdict =
  | { readonly take: true; readonly code: string; readonly issues: readonly Issue[] }
  | {
      readonly take: false;
      /** Undefined when the report names no unit, or is of another form. */
      readonly status?: CompletenessStatus;
      readonly code?: string;
      readonly issues: readonly Issue[];
    };

/** What most reports are taken with: shared, never changed. */
const NO_ISSUES: readonly Issue[] = Object.freeze([]);

/** The file and unit an issue about the report names. */
function whereOf(report: Report, code: string | undefined): { file?: string; unit?: string } {
  return {
    ...(report.file === undefined ? {} : { file: report.file }),
    ...(code === undefined ? {} : { unit: code }),
  };
}

/** The verdict on a report left out, with the one issue that says why. */
function leave(
  report: Report,
  code: string | undefined,
  place: string,
  status: CompletenessStatus | undefined,
  vi: string,
  en: string,
  issueCode: string,
  severity: "error" | "warning",
): Verdict {
  return {
    take: false,
    ...(status === undefined ? {} : { status }),
    ...(code === undefined ? {} : { code }),
    issues: [
      createIssue({
        code: issueCode,
        severity,
        vi: `${place}: ${vi}`,
        en: `${place}: ${en}`,
        ...whereOf(report, code),
      }),
    ],
  };
}

/**
 * Judges one report on its own: its form, its unit (named, in the hierarchy, under the
 * consolidating unit), its period, and whether its unit exists in that period. A report that
 * does not say its period is taken as the period asked for, with a warning; one that states a
 * period that is not one is left out.
 */
export function judgeReport(report: Report, place: string, ctx: JudgeContext): Verdict {
  const code = report.unit.code === "" ? undefined : report.unit.code;
  const { form, hierarchy, unit, period } = ctx;

  if (report.form !== form.id) {
    return leave(
      report,
      code,
      place,
      undefined,
      `báo cáo theo mẫu ${report.form}, không phải mẫu ${form.id}; không tổng hợp. Hãy nộp đúng mẫu ${form.id}.`,
      `the report is in form ${report.form}, not ${form.id}; left out. Submit it in form ${form.id}.`,
      "CONSOLIDATE.FORM_MISMATCH",
      "error",
    );
  }
  if (code === undefined) {
    const name = report.unit.name ? ` (${report.unit.name})` : "";
    return leave(
      report,
      code,
      place,
      undefined,
      `không xác định được đơn vị báo cáo${name}; không tổng hợp. Hãy ghi Mã đơn vị trên báo cáo hoặc thêm tên đơn vị vào danh sách đơn vị (Tên khác).`,
      `the reporting unit could not be told${name}; left out. Put the unit code on the report or add its name to the hierarchy (aliases).`,
      "CONSOLIDATE.UNIDENTIFIED",
      "error",
    );
  }
  const known = hierarchy?.unit(code);
  if (hierarchy && !known) {
    return leave(
      report,
      code,
      place,
      "unknown",
      `đơn vị mã ${code} không có trong danh sách đơn vị; không tổng hợp. Hãy kiểm tra mã đơn vị hoặc bổ sung danh sách đơn vị.`,
      `unit ${code} is not in the hierarchy; left out. Check the unit code or add the unit to the hierarchy.`,
      "CONSOLIDATE.UNKNOWN_UNIT",
      "warning",
    );
  }
  if (code === unit) {
    // Most often a consolidation written into the folder of the units' reports and read back.
    return leave(
      report,
      code,
      place,
      "unknown",
      `đây là báo cáo của chính đơn vị tổng hợp ${unit} (có thể là tệp tổng hợp lần trước); không tổng hợp lại. Hãy để tệp kết quả ở ngoài thư mục báo cáo của các đơn vị.`,
      `this is the report of the consolidating unit ${unit} itself (perhaps an earlier consolidation); not added again. Keep output files out of the folder of the units' reports.`,
      "CONSOLIDATE.OWN_REPORT",
      "warning",
    );
  }
  if (hierarchy && known && unit !== undefined && !isUnder(hierarchy, code, unit)) {
    return leave(
      report,
      code,
      place,
      "unknown",
      `${known.name} (${code}) không trực thuộc đơn vị tổng hợp ${unit}; không tổng hợp. Hãy bỏ tệp này hoặc chọn đúng đơn vị tổng hợp.`,
      `${known.name} (${code}) is not under the consolidating unit ${unit}; left out. Remove the file or choose the right consolidating unit.`,
      "CONSOLIDATE.NOT_UNDER_UNIT",
      "warning",
    );
  }
  const own = report.period.id === undefined ? undefined : Period.tryParse(report.period.id);
  if (!own && report.period.text !== undefined) {
    // The sheet states a period that is not one ("Quý V/2024"): never taken as the period asked for.
    return leave(
      report,
      code,
      place,
      "wrongPeriod",
      `báo cáo ghi kỳ “${report.period.text}”, không phải là một kỳ báo cáo; không tổng hợp. Đề nghị đơn vị sửa kỳ báo cáo${period ? ` (kỳ ${period.label})` : ""} và gửi lại.`,
      `the report states the period “${report.period.text}”, which is not a period; left out. Ask the unit to correct the period${period ? ` (${period.labelEn})` : ""} and send it again.`,
      "CONSOLIDATE.PERIOD_UNREADABLE",
      "error",
    );
  }
  if (period && own && !own.equals(period)) {
    return leave(
      report,
      code,
      place,
      "wrongPeriod",
      `báo cáo kỳ ${own.label}, không phải kỳ ${period.label}; không tổng hợp. Đề nghị đơn vị nộp báo cáo kỳ ${period.label}.`,
      `the report is for ${own.labelEn}, not ${period.labelEn}; left out. Ask the unit for its report for ${period.labelEn}.`,
      "CONSOLIDATE.WRONG_PERIOD",
      "error",
    );
  }
  if (period && known) {
    const { start, end } = period.range();
    if (known.validFrom !== undefined && known.validFrom > end) {
      return leave(
        report,
        code,
        place,
        "notYetDue",
        `${known.name} (${code}) có hiệu lực từ ${known.validFrom}, sau kỳ ${period.label}; không tổng hợp. Hãy kiểm tra kỳ báo cáo hoặc ngày hiệu lực của đơn vị.`,
        `${known.name} (${code}) exists from ${known.validFrom}, after ${period.labelEn}; left out. Check the period or the unit's start date.`,
        "CONSOLIDATE.NOT_YET_DUE",
        "warning",
      );
    }
    // A unit that ended during the period still reports the part it existed for.
    if (known.validTo !== undefined && known.validTo < start) {
      return leave(
        report,
        code,
        place,
        "unknown",
        `${known.name} (${code}) đã thôi hoạt động từ ${known.validTo}, trước kỳ ${period.label}; không tổng hợp. Hãy kiểm tra kỳ báo cáo hoặc đơn vị đã sáp nhập.`,
        `${known.name} (${code}) ended on ${known.validTo}, before ${period.labelEn}; left out. Check the period or the unit it merged into.`,
        "CONSOLIDATE.UNIT_ENDED",
        "warning",
      );
    }
  }
  const issues =
    period && !own
      ? [
          createIssue({
            code: "CONSOLIDATE.PERIOD_UNKNOWN",
            severity: "warning",
            vi: `${place}: báo cáo không ghi rõ kỳ báo cáo; đã coi là kỳ ${period.label}. Hãy kiểm tra lại và ghi kỳ báo cáo trên tiêu đề.`,
            en: `${place}: the report does not say its period; taken as ${period.labelEn}. Check it and put the period in the title.`,
            ...whereOf(report, code),
          }),
        ]
      : NO_ISSUES;
  return { take: true, code, issues };
}
