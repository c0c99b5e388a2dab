import type { ConsolidateResult, Form, Issue, Period, TargetResult } from "@tonghop/core";
import type { WorkbookSpec } from "@tonghop/xlsx";
import { DETAIL_SHEET, detailSheet } from "./detail-sheet.js";
import { issuesSheet } from "./issues-sheet.js";
import type { Issuer } from "./party-heading.js";
import { type NotTakenFile, submissionSheet, type UnreadableFile } from "./submission-sheet.js";
import { summarySheet } from "./summary-sheet.js";
import { targetsSheet } from "./targets-sheet.js";

export interface ConsolidatedWorkbookInput {
  readonly form: Form;
  readonly result: ConsolidateResult;
  readonly period?: Period;
  readonly unitCode?: string;
  readonly unitName: string;
  readonly issuer: Issuer;
  readonly date: Date;
  readonly nameOf: (code: string) => string;
  readonly filesOf: (code: string) => readonly string[];
  readonly unreadable: readonly UnreadableFile[];
  readonly notTaken: readonly NotTakenFile[];
  readonly issues: readonly Issue[];
  /** For each indicator: how many of the units taken gave a plan (Kế hoạch năm) for it, of how many. */
  readonly planCoverage: Readonly<Record<string, { readonly given: number; readonly of: number }>>;
  readonly targets: readonly TargetResult[];
  readonly unitTargets: readonly {
    readonly code: string;
    readonly name: string;
    readonly results: readonly TargetResult[];
  }[];
}

/** Ghi chú of Tổng hợp: which units a total lacks, and whether it holds estimates. */
function totalNotes(input: ConsolidatedWorkbookInput): Record<string, string> {
  const { matrix } = input.result;
  const notes: Record<string, string> = {};
  for (const indicator of input.form.indicators) {
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
    const plans = input.planCoverage[indicator.code];
    if (plans && plans.given > 0 && plans.given < plans.of)
      parts.push(`kế hoạch: ${plans.given}/${plans.of} đơn vị`);
    if (parts.length > 0) notes[indicator.code] = parts.join("; ").replace(/^./, (c) => c.toUpperCase());
  }
  return notes;
}

/**
 * The consolidated workbook of DESIGN.md §6: Tổng hợp (the form itself, to send on), Chi tiết
 * (indicator × unit), Nộp báo cáo (who submitted), Chỉ tiêu (targets × units), Kiểm tra (every issue).
 */
export function consolidatedWorkbook(input: ConsolidatedWorkbookInput): WorkbookSpec {
  const { result, period } = input;
  const detail = detailSheet(input.form, result.matrix, {
    title: "CHI TIẾT SỐ LIỆU CÁC ĐƠN VỊ",
    unitName: input.unitName,
    ...(period === undefined ? {} : { period }),
    nameOf: input.nameOf,
  });
  const c = result.completeness;
  const expected = c.expected?.length;
  const missingNames = c.missing.map(input.nameOf);
  const subtitle =
    expected === undefined
      ? `(Tổng hợp từ báo cáo của ${c.submitted.length} đơn vị)`
      : `(Tổng hợp từ báo cáo của ${c.submitted.length}/${expected} đơn vị${missingNames.length > 0 ? `; chưa nộp: ${missingNames.join(", ")}` : ""})`;
  // A plan total that only some units gave is not the province's plan: it is not shown as one.
  const plan = Object.fromEntries(
    Object.entries(result.report.plan ?? {}).filter(([code]) => {
      const coverage = input.planCoverage[code];
      return coverage !== undefined && coverage.given === coverage.of;
    }),
  );
  const summary = summarySheet(
    input.form,
    { ...result.report, plan },
    {
      issuer: input.issuer,
      ...(input.unitCode === undefined ? {} : { code: input.unitCode }),
      ...(period === undefined ? {} : { period }),
      date: input.date,
      subtitle,
      source: { sheet: DETAIL_SHEET, rowOf: detail.rowOf, column: detail.totalColumn },
      notes: totalNotes(input),
    },
  );
  return {
    sheets: [
      summary,
      detail.sheet,
      submissionSheet(c, {
        unitName: input.unitName,
        ...(period === undefined ? {} : { period }),
        filesOf: input.filesOf,
        unreadable: input.unreadable,
        notTaken: input.notTaken,
      }),
      targetsSheet(input.targets, input.unitTargets, {
        unitName: input.unitName,
        ...(period === undefined ? {} : { period }),
      }),
      issuesSheet(input.issues, input.nameOf),
    ],
    properties: {
      creator: "tonghop",
      title: `Tổng hợp báo cáo tuyên truyền miệng${period ? ` ${period.label}` : ""}`,
      created: input.date,
    },
    font: { name: "Times New Roman", size: 11 },
  };
}
