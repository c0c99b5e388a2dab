import type { ColumnRole, Form, Indicator } from "../form/schema.js";
import type { Grid } from "../grid/index.js";
import type { Hierarchy } from "../hierarchy/index.js";
import { createIssue, type Issue, sortIssues, TonghopError } from "../issue/index.js";
import { parseViNumber } from "../number/index.js";
import { Period } from "../period/index.js";
import type { Report, ReportLayout, ReportPeriod, ReportValue, UnmatchedRow } from "../report/index.js";
import { findHeader, HEADER_SEARCH_ROWS, type HeaderMatch } from "./header.js";
import { labelIndex, matchLabel } from "./match.js";
import { hasWords, isFooter, isNote, sectionOf } from "./rows.js";
import { type SheetView, sheetView } from "./sheet.js";
import { readTitle, type Where } from "./title.js";
import { readCell } from "./value.js";

export interface ReadOptions {
  readonly file?: string;
  /** Sheet name for messages; the grid's own name when not given. */
  readonly sheet?: string;
  /** Font of the whole sheet (`.VnTime`, `VNI-Times`) where the grid does not give each cell's. */
  readonly font?: string;
  /** Units, to tell which one the sheet's heading names. */
  readonly hierarchy?: Hierarchy;
  /** The period the caller knows the sheet is for (id or label): wins over the sheet's title. */
  readonly period?: string;
}

export interface ReadResult {
  readonly report: Report;
  readonly issues: Issue[];
}

const READ_ROLES = ["label", "result"] as const satisfies readonly ColumnRole[];

function columnHeaders(form: Form, role: ColumnRole): string {
  return (form.columns.find((c) => c.role === role)?.headers ?? []).map((h) => `“${h}”`).join(", ");
}

function noHeader(form: Form, where: Where, grid: Grid): Issue {
  const sheet = where.sheet ?? grid.sheet;
  const inSheet = sheet ? ` của trang “${sheet}”` : "";
  const inSheetEn = sheet ? ` of sheet “${sheet}”` : "";
  return createIssue({
    code: "READ.NO_HEADER",
    severity: "error",
    ...where,
    vi: `Không tìm thấy dòng tiêu đề cột của biểu ${form.id} trong ${HEADER_SEARCH_ROWS} dòng đầu${inSheet}. Cần có cột chỉ tiêu (${columnHeaders(form, "label")}) và cột kết quả (${columnHeaders(form, "result")}). Hãy thêm dòng tiêu đề cột với các tên này, hoặc chép số liệu vào mẫu biểu chuẩn.`,
    en: `No column header row of form ${form.id} was found in the first ${HEADER_SEARCH_ROWS} rows${inSheetEn}. It needs an indicator column (${columnHeaders(form, "label")}) and a result column (${columnHeaders(form, "result")}). Add a header row with these names, or copy the figures into the standard template.`,
  });
}

/** An indicator a unit need not report in this period (district reporters after 1/7/2025). */
function notDue(indicator: Indicator, period: ReportPeriod): boolean {
  if (indicator.validUntil === undefined || period.id === undefined) return false;
  const p = Period.tryParse(period.id);
  return p !== undefined && p.range().start >= indicator.validUntil;
}

function labelOf(view: SheetView, row: number, header: HeaderMatch<ColumnRole>): string {
  const [left, right] = header.spans.label ?? [header.columns.label!, header.columns.label!];
  for (let col = left; col <= right; col++) {
    const text = view.mergedText(row, col);
    if (text !== "") return text;
  }
  return "";
}

/**
 * Reads one sheet of a form into a report (DESIGN §3 `read`, §4, §6): finds the header row and
 * the column roles by their words, matches each row to an indicator (by code, else by its label in
 * its tree context), reads every value with its cell, raw text, formula and whether it is
 * approximate, and the unit and period from the title rows. Problems are issues; it never throws
 * on a grid, only (TonghopError) on a form that has no label or result column.
 */
export function readGrid(form: Form, grid: Grid, options: ReadOptions = {}): ReadResult {
  for (const role of READ_ROLES) {
    if (!form.columns.some((c) => c.role === role)) {
      throw new TonghopError(
        "READ.FORM_UNUSABLE",
        `Mẫu biểu ${form.id} không khai báo cột “${role}”: không thể đọc số liệu theo mẫu này.`,
        `Form ${form.id} declares no “${role}” column: no sheet can be read with it.`,
      );
    }
  }
  const sheet = options.sheet ?? grid.sheet;
  const where: Where = {
    ...(options.file === undefined ? {} : { file: options.file }),
    ...(sheet === undefined ? {} : { sheet }),
  };
  const view = sheetView(grid, options.font);
  const required = [
    ...new Set([...READ_ROLES, ...form.columns.filter((c) => c.required).map((c) => c.role)]),
  ];
  const header = findHeader(view, form.columns, required, "label");
  const titleOptions = {
    ...(options.hierarchy === undefined ? {} : { hierarchy: options.hierarchy }),
    ...(options.period === undefined ? {} : { period: options.period }),
    ...(options.file === undefined ? {} : { file: options.file }),
  };

  if (!header) {
    const title = readTitle(
      view,
      Math.min(view.rowCount, HEADER_SEARCH_ROWS),
      { ...titleOptions, warn: false },
      where,
    );
    return {
      report: { form: form.id, unit: title.unit, period: title.period, ...where, values: {} },
      issues: sortIssues([noHeader(form, where, grid), ...title.issues]),
    };
  }

  const title = readTitle(view, header.row, { ...titleOptions, warn: true }, where);
  const issues: Issue[] = [...title.issues];
  const index = labelIndex(form);
  const col = header.columns;
  const values: Record<string, ReportValue> = {};
  const plan: Record<string, ReportValue> = {};
  const lastYear: Record<string, ReportValue> = {};
  const rows: Record<string, number> = {};
  const unmatched: UnmatchedRow[] = [];
  const headerText = (c: number) => view.text(header.row, c) || view.text(header.lastRow, c);
  // The parent the rows above opened: a bare "Trực tiếp" belongs to it.
  let parent: string | undefined;

  for (let row = header.lastRow + 1; row < view.rowCount; row++) {
    const label = labelOf(view, row, header);
    const code = col.code === undefined ? "" : view.text(row, col.code).toUpperCase();
    const byCode = code === "" ? undefined : index.codes.get(code);
    const stt = col.stt === undefined ? "" : view.text(row, col.stt);
    if (!byCode) {
      // The signature block ("Nơi nhận:", "TM. BAN THƯỜNG VỤ") ends the data; a row with a number is data.
      const result = view.value(row, col.result!);
      const hasNumber = parseViNumber(typeof result === "boolean" ? null : result).value !== null;
      if (isFooter(label) || (!hasNumber && rowTexts(view, row).some(isFooter))) break;
      if (label === "") continue;
      if (sectionOf(form, stt, label) !== undefined) {
        parent = undefined;
        continue;
      }
      if (!hasWords(label)) continue;
    }

    const labelCell = view.address(row, col.label!);
    const match = byCode
      ? ({ kind: "match", indicator: byCode, by: "code" } as const)
      : matchLabel(index, label, parent);
    if (match.kind !== "match") {
      // A note between the rows is not an indicator the unit left out: skipped without a word.
      if (isNote(label)) continue;
      unmatched.push({ row: view.sheetRow(row), cell: labelCell, text: label });
      issues.push(
        match.kind === "ambiguous"
          ? createIssue({
              code: "READ.ROW_AMBIGUOUS",
              severity: "info",
              ...where,
              cell: labelCell,
              vi: `Dòng “${label}” (ô ${labelCell}) có thể là nhiều chỉ tiêu: ${match.candidates.map((c) => `${c.stt} ${c.label} (${c.code})`).join("; ")}. Dòng này chưa được đọc: hãy ghi đầy đủ tên chỉ tiêu như mẫu, hoặc ghi mã chỉ tiêu ở cột Mã.`,
              en: `Row “${label}” (cell ${labelCell}) could be several indicators: ${match.candidates.map((c) => `${c.stt} ${c.labelEn} (${c.code})`).join("; ")}. It was not read: write the indicator's full label as in the template, or its code in the code column.`,
            })
          : createIssue({
              code: "READ.ROW_UNMATCHED",
              severity: "info",
              ...where,
              cell: labelCell,
              vi: `Dòng “${label}” (ô ${labelCell}) không ứng với chỉ tiêu nào của biểu ${form.id} nên không được tổng hợp. Nếu đây là một chỉ tiêu của biểu, hãy ghi tên như mẫu hoặc ghi mã chỉ tiêu.`,
              en: `Row “${label}” (cell ${labelCell}) matches no indicator of form ${form.id} and is not consolidated. If it is one of the form's indicators, write its label as in the template or its code.`,
            }),
      );
      continue;
    }

    const indicator = match.indicator;
    const first = rows[indicator.code];
    if (first !== undefined) {
      issues.push(
        createIssue({
          code: "READ.DUPLICATE_ROW",
          severity: "warning",
          ...where,
          cell: labelCell,
          indicator: indicator.code,
          vi: `Chỉ tiêu “${indicator.label}” (${indicator.code}) có hai dòng: dòng ${first + 1} và dòng ${view.sheetRow(row) + 1}. Số liệu dòng ${first + 1} được dùng; hãy xóa dòng thừa.`,
          en: `Indicator “${indicator.labelEn}” (${indicator.code}) has two rows: row ${first + 1} and row ${view.sheetRow(row) + 1}. Row ${first + 1} is used; delete the extra row.`,
        }),
      );
      continue;
    }
    rows[indicator.code] = view.sheetRow(row);
    parent = form.indicators.some((i) => i.parent === indicator.code) ? indicator.code : indicator.parent;

    const read = (role: "result" | "plan" | "lastYear", into: Record<string, ReportValue>) => {
      const c = col[role];
      if (c === undefined || (role !== "result" && c === col.result)) return;
      const reading = readCell(view, row, c, {
        ...where,
        indicator: indicator.code,
        what: `${headerText(c)}, ${indicator.stt} ${indicator.label}`,
      });
      if (reading.value) into[indicator.code] = reading.value;
      if (reading.issue) issues.push(reading.issue);
    };
    read("result", values);
    read("plan", plan);
    read("lastYear", lastYear);
  }

  for (const indicator of form.indicators) {
    if (indicator.kind === "derived" || rows[indicator.code] !== undefined || notDue(indicator, title.period))
      continue;
    issues.push(
      createIssue({
        code: "READ.INDICATOR_MISSING",
        severity: "warning",
        ...where,
        indicator: indicator.code,
        vi: `Biểu thiếu dòng chỉ tiêu ${indicator.stt} “${indicator.label}” (${indicator.code}): số liệu này được coi là chưa có, không phải bằng 0. Hãy thêm dòng này vào biểu (có thể ghi mã ${indicator.code} ở cột Mã).`,
        en: `The sheet has no row for indicator ${indicator.stt} “${indicator.labelEn}” (${indicator.code}): its value is missing, not zero. Add the row to the sheet (you may put the code ${indicator.code} in the code column).`,
      }),
    );
  }

  const columns: ReportLayout["columns"] = {};
  for (const [role, c] of Object.entries(col) as [ColumnRole, number][]) columns[role] = view.sheetCol(c);
  const report: Report = {
    form: form.id,
    unit: title.unit,
    period: title.period,
    ...where,
    values,
    ...(col.plan === undefined ? {} : { plan }),
    ...(col.lastYear === undefined ? {} : { lastYear }),
    layout: { headerRow: view.sheetRow(header.row), columns, rows },
    unmatched,
  };
  return { report, issues: sortIssues(issues) };
}

function rowTexts(view: SheetView, row: number): string[] {
  const texts: string[] = [];
  for (let c = 0; c < view.colCount; c++) {
    const text = view.text(row, c);
    if (text !== "") texts.push(text);
  }
  return texts;
}
