import type { ConsolidateResult } from "../aggregate/index.js";
import type { Form } from "../form/index.js";
import type { WorkbookSpec } from "../grid/index.js";
import type { Issue } from "../issue/index.js";
import {
  type ConsolidationFacts,
  type ConsolidationFactsOptions,
  consolidationFacts,
} from "./consolidation-facts.js";
import { DETAIL_SHEET, detailSheet } from "./detail-sheet.js";
import { issuerOf } from "./issuer.js";
import { ISSUES_SHEET, issuesSheet } from "./issues-sheet.js";
import { SUBMISSION_SHEET, submissionSheet, type UnreadableFile } from "./submission-sheet.js";
import { SUMMARY_SHEET, summarySheet } from "./summary-sheet.js";
import { TARGETS_SHEET, targetsSheet } from "./targets-sheet.js";

/** The five sheets of the consolidated workbook, by role. */
export interface ConsolidatedSheetNames {
  readonly summary: string;
  readonly detail: string;
  readonly submission: string;
  readonly targets: string;
  readonly issues: string;
}

export const CONSOLIDATED_SHEET_NAMES: ConsolidatedSheetNames = {
  summary: SUMMARY_SHEET,
  detail: DETAIL_SHEET,
  submission: SUBMISSION_SHEET,
  targets: TARGETS_SHEET,
  issues: ISSUES_SHEET,
};

export interface ConsolidatedLayoutOptions extends ConsolidationFactsOptions {
  /** The date of the document's date line. Given, not read from a clock: the layout is pure. */
  readonly date: Date;
  /** Every issue to list on Kiểm tra (reading, roster, consolidation); default the consolidation's own. */
  readonly issues?: readonly Issue[];
  /** Files that could not be read at all, listed on Nộp báo cáo. */
  readonly unreadable?: readonly UnreadableFile[];
  /** Other sheet names, where the workbook written into already has the standard ones (the add-in). */
  readonly sheetNames?: Partial<ConsolidatedSheetNames>;
}

/** Ghi chú of Tổng hợp: which units a total lacks, and whether it holds estimates. */
function totalNotes(
  form: Form,
  result: ConsolidateResult,
  facts: ConsolidationFacts,
): Record<string, string> {
  const { matrix } = result;
  const notes: Record<string, string> = {};
  for (const indicator of form.indicators) {
    if (indicator.kind === "derived") continue;
    const parts: string[] = [];
    const lacking = matrix.missing[indicator.code] ?? [];
    // Short enough for one line: the full list is on Chi tiết and Kiểm tra.
    if (lacking.length > 0 && lacking.length < matrix.units.length) {
      parts.push(
        `Thiếu ${lacking.length} đơn vị: ${lacking.slice(0, 3).join(", ")}${lacking.length > 3 ? "…" : ""}`,
      );
    } else if (lacking.length > 0) {
      parts.push("Chưa đơn vị nào báo cáo");
    }
    if (matrix.totals[indicator.code]?.approximate) parts.push("có số ước tính");
    const plans = facts.planCoverage[indicator.code];
    if (plans && plans.given > 0 && plans.given < plans.of)
      parts.push(`kế hoạch: ${plans.given}/${plans.of} đơn vị`);
    if (parts.length > 0) notes[indicator.code] = parts.join("; ").replace(/^./, (c) => c.toUpperCase());
  }
  return notes;
}

/**
 * The consolidated workbook of DESIGN.md §6: Tổng hợp (the form itself, to send on, its Kết quả live
 * formulas into Chi tiết), Chi tiết (indicator × unit), Nộp báo cáo (who submitted), Chỉ tiêu
 * (targets × units), Kiểm tra (every issue). The CLI writes it to .xlsx, the add-in into Excel.
 */
export function consolidatedWorkbookLayout(
  form: Form,
  result: ConsolidateResult,
  options: ConsolidatedLayoutOptions,
): WorkbookSpec {
  const facts = consolidationFacts(form, result, options);
  const names = { ...CONSOLIDATED_SHEET_NAMES, ...options.sheetNames };
  const { period, unitName, nameOf } = facts;
  const inPeriod = period === undefined ? {} : { period };
  const detail = detailSheet(form, result.matrix, {
    title: "CHI TIẾT SỐ LIỆU CÁC ĐƠN VỊ",
    unitName,
    ...inPeriod,
    nameOf,
  });
  const c = result.completeness;
  const expected = c.expected?.length;
  const missingNames = c.missing.map(nameOf);
  const subtitle =
    expected === undefined
      ? `(Tổng hợp từ báo cáo của ${c.submitted.length} đơn vị)`
      : `(Tổng hợp từ báo cáo của ${c.submitted.length}/${expected} đơn vị${missingNames.length > 0 ? `; chưa nộp: ${missingNames.join(", ")}` : ""})`;
  // A plan total that only some units gave is not the province's plan: it is not shown as one.
  const plan = Object.fromEntries(
    Object.entries(result.report.plan ?? {}).filter(([code]) => {
      const coverage = facts.planCoverage[code];
      return coverage !== undefined && coverage.given === coverage.of;
    }),
  );
  const summary = summarySheet(
    form,
    { ...result.report, plan },
    {
      issuer: issuerOf(options.hierarchy, facts.unitCode),
      ...(facts.unitCode === undefined ? {} : { code: facts.unitCode }),
      ...inPeriod,
      date: options.date,
      subtitle,
      source: { sheet: names.detail, rowOf: detail.rowOf, column: detail.totalColumn },
      notes: totalNotes(form, result, facts),
    },
  );
  return {
    sheets: [
      { ...summary, name: names.summary },
      { ...detail.sheet, name: names.detail },
      {
        ...submissionSheet(c, {
          unitName,
          ...inPeriod,
          filesOf: facts.filesOf,
          unreadable: options.unreadable ?? [],
          notTaken: facts.notTaken,
        }),
        name: names.submission,
      },
      { ...targetsSheet(facts.targets, facts.unitTargets, { unitName, ...inPeriod }), name: names.targets },
      { ...issuesSheet(options.issues ?? result.issues, nameOf), name: names.issues },
    ],
    properties: {
      creator: "tonghop",
      title: `Tổng hợp báo cáo tuyên truyền miệng${period ? ` ${period.label}` : ""}`,
      created: options.date,
    },
    font: { name: "Times New Roman", size: 11 },
  };
}
