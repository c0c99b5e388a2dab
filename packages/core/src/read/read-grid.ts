import { indicatorOf } from "../form/lookup.js";
import type { ColumnRole, Form, Indicator } from "../form/schema.js";
import type { Grid } from "../grid/index.js";
import type { Hierarchy } from "../hierarchy/index.js";
import { createIssue, type Issue, sortIssues, TonghopError } from "../issue/index.js";
import { parseViNumber } from "../number/index.js";
import { Period } from "../period/index.js";
import type { Report, ReportLayout, ReportPeriod, ReportValue, UnmatchedRow } from "../report/index.js";
import { isAsciiWithoutLowerCase } from "../text/ascii.js";
import { findHeader, HEADER_SEARCH_ROWS, type HeaderMatch } from "./header.js";
import { labelIndex, matchLabel } from "./match.js";
import { hasWords, isFooter, isNote, sectionOf } from "./rows.js";
import { type SheetView, sheetView } from "./sheet.js";
import { readTitle, type TitleOptions, type Where } from "./title.js";
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

/** Rows that match no indicator, each said in its own note; beyond these, one note counts the rest. */
const MAX_ROW_NOTES = 50;

const requiredByForm = new WeakMap<Form, readonly ColumnRole[]>();

/** The roles a form's header must name: label, result and the form's required columns (once per form). */
function requiredRoles(form: Form): readonly ColumnRole[] {
  let required = requiredByForm.get(form);
  if (required === undefined) {
    required = [...new Set([...READ_ROLES, ...form.columns.filter((c) => c.required).map((c) => c.role)])];
    requiredByForm.set(form, required);
  }
  return required;
}

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
  return readView(form, sheetView(grid, options.font), options);
}

/**
 * {@link readGrid} over a view already made (with the font the caller wants; `options.font` is
 * not read again): a unit's workbook reader shares one view of each sheet with the roster check.
 */
export function readView(form: Form, view: SheetView, options: ReadOptions = {}): ReadResult {
  const { grid } = view;
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
  // Built by named stores, not by spreading literals: each spread went through the runtime, for
  // every sheet read. The keys are the same, in the same order; an absent one stays absent.
  const where: { file?: string; sheet?: string } = {};
  if (options.file !== undefined) where.file = options.file;
  if (sheet !== undefined) where.sheet = sheet;
  const required = requiredRoles(form);
  // A column headed by a period alone ("Quý II/2024") is the result column when none is named.
  const header = findHeader(view, form.columns, required, "label", "result");
  // readTitle asks each of these whether it is undefined: one shape for every sheet.
  const titleOptions = (warn: boolean): TitleOptions => ({
    hierarchy: options.hierarchy,
    period: options.period,
    file: options.file,
    warn,
  });

  if (!header) {
    if (isEmpty(view)) {
      return {
        report: {
          form: form.id,
          unit: { foundBy: "none" },
          period: { foundBy: "none" },
          ...where,
          values: {},
        },
        issues: [emptySheet(form, where)],
      };
    }
    const title = readTitle(view, Math.min(view.rowCount, HEADER_SEARCH_ROWS), titleOptions(false), where);
    return {
      report: { form: form.id, unit: title.unit, period: title.period, ...where, values: {} },
      issues: sortIssues([noHeader(form, where, grid), ...title.issues]),
    };
  }

  const title = readTitle(view, header.row, titleOptions(true), where);
  const issues: Issue[] = [...title.issues];
  const index = labelIndex(form);
  const col = header.columns;
  const values: Record<string, ReportValue> = {};
  const plan: Record<string, ReportValue> = {};
  const lastYear: Record<string, ReportValue> = {};
  /**
   * The sheet row of each indicator read, in sheet order. A Map while reading: asking a record
   * for a code it does not hold yet (every row's first question) was a megamorphic lookup that
   * missed, the dearest line of this loop.
   */
  const rowOf = new Map<string, number>();
  const unmatched: UnmatchedRow[] = [];
  /** Sheet rows that repeat an indicator already read. */
  const duplicates: number[] = [];
  const headerText = (c: number) => view.text(header.row, c) || view.text(header.lastRow, c);
  // The columns read on each row: the result's, and the plan's and last year's where they are
  // others; beside each, the record its values go to. Two lists, not [column, record] pairs: taking
  // a pair apart made an iterator for each column of each row.
  const valueColumns: number[] = [col.result!];
  const valueRecords: Record<string, ReportValue>[] = [values];
  if (col.plan !== undefined && col.plan !== col.result) {
    valueColumns.push(col.plan);
    valueRecords.push(plan);
  }
  if (col.lastYear !== undefined && col.lastYear !== col.result) {
    valueColumns.push(col.lastYear);
    valueRecords.push(lastYear);
  }
  // The parent the rows above opened: a bare "Trực tiếp" belongs to it.
  let parent: string | undefined;
  // Whether any row is of the form's own (a section heading, a label of two indicators).
  let formLike = false;

  for (let row = header.lastRow + 1; row < view.rowCount; row++) {
    const label = labelOf(view, row, header);
    const code = col.code === undefined ? "" : upperCase(view.text(row, col.code));
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
        formLike = true;
        continue;
      }
      if (!hasWords(label)) continue;
    }

    const match = byCode
      ? ({ kind: "match", indicator: byCode, by: "code" } as const)
      : matchLabel(index, label, parent);
    if (match.kind === "ambiguous") formLike = true;
    if (match.kind !== "match") {
      // A note between the rows is not an indicator the unit left out: skipped without a word.
      if (isNote(label)) continue;
      const labelCell = view.address(row, col.label!);
      unmatched.push({ row: view.sheetRow(row), cell: labelCell, text: label });
      // A list pasted below the form would give a note a row: the first are said, the rest counted.
      if (unmatched.length > MAX_ROW_NOTES) continue;
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
    const first = rowOf.get(indicator.code);
    if (first !== undefined) {
      duplicates.push(view.sheetRow(row));
      if (duplicates.length > MAX_ROW_NOTES) continue;
      issues.push(
        createIssue({
          code: "READ.DUPLICATE_ROW",
          severity: "warning",
          ...where,
          cell: view.address(row, col.label!),
          indicator: indicator.code,
          vi: `Chỉ tiêu “${indicator.label}” (${indicator.code}) có hai dòng: dòng ${first + 1} và dòng ${view.sheetRow(row) + 1}. Số liệu dòng ${first + 1} được dùng; hãy xóa dòng thừa.`,
          en: `Indicator “${indicator.labelEn}” (${indicator.code}) has two rows: row ${first + 1} and row ${view.sheetRow(row) + 1}. Row ${first + 1} is used; delete the extra row.`,
        }),
      );
      continue;
    }
    rowOf.set(indicator.code, view.sheetRow(row));
    parent = index.parents.has(indicator.code) ? indicator.code : indicator.parent;

    const describe = (c: number) => `${headerText(c)}, ${indicator.stt} ${indicator.label}`;
    for (let k = 0; k < valueColumns.length; k++) {
      const value = readCell(view, row, valueColumns[k]!, where, describe, issues, indicator.code);
      if (value) valueRecords[k]![indicator.code] = value;
    }
  }

  if (unmatched.length > MAX_ROW_NOTES)
    issues.push(moreUnmatched(form, where, unmatched.slice(MAX_ROW_NOTES)));
  if (duplicates.length > MAX_ROW_NOTES)
    issues.push(moreDuplicates(form, where, duplicates.slice(MAX_ROW_NOTES)));
  const rows: Record<string, number> = {};
  for (const [code, row] of rowOf) rows[code] = row;
  if (rowOf.size === 0 && !formLike) {
    // A header with the right words over rows that are none of the form's (a budget, a list): the
    // sheet is not this form, and listing every indicator as missing would bury that.
    // Nor is what its title says a unit's report: the unit and period found there are not kept.
    return {
      report: {
        form: form.id,
        unit: { foundBy: "none" },
        period: { foundBy: "none" },
        ...where,
        values: {},
        unmatched,
      },
      issues: sortIssues([
        notThisForm(form, where, unmatched.length),
        // Nor are its rows worth one note each: they stay in `unmatched`.
        ...issues.filter((i) => !/^READ\.(?:UNIT|PERIOD|ROW)_/.test(i.code)),
      ]),
    };
  }
  issues.push(...mergedValueIssues(form, view, col.result!, rows, values, where));
  issues.push(...hiddenRowIssues(form, grid, view, rows, values, where));

  for (const indicator of form.indicators) {
    if (indicator.kind === "derived" || rowOf.has(indicator.code) || notDue(indicator, title.period))
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

/**
 * The text in upper case; the text itself when it has no lower-case letter (an indicator code as
 * written, "BCV"): the code column is read on every row, and toUpperCase made a new string each
 * time, whose hash the code lookup then had to compute again.
 */
const upperCase = (text: string): string => (isAsciiWithoutLowerCase(text) ? text : text.toUpperCase());

function rowTexts(view: SheetView, row: number): string[] {
  const texts: string[] = [];
  for (let c = 0; c < view.colCount; c++) {
    const text = view.text(row, c);
    if (text !== "") texts.push(text);
  }
  return texts;
}

function isEmpty(view: SheetView): boolean {
  for (let row = 0; row < view.rowCount; row++) {
    for (let col = 0; col < view.colCount; col++) if (view.text(row, col) !== "") return false;
  }
  return true;
}

function emptySheet(form: Form, where: Where): Issue {
  const sheet = where.sheet === undefined ? "" : ` “${where.sheet}”`;
  return createIssue({
    code: "READ.EMPTY_SHEET",
    severity: "error",
    ...where,
    vi: `Trang tính${sheet} không có dữ liệu. Hãy kiểm tra đã gửi đúng tệp báo cáo ${form.id}, hoặc điền số liệu vào mẫu biểu.`,
    en: `Sheet${sheet} is empty. Check that the right ${form.id} report file was sent, or fill in the template.`,
  });
}

function notThisForm(form: Form, where: Where, rows: number): Issue {
  const sheet = where.sheet === undefined ? "" : ` “${where.sheet}”`;
  return createIssue({
    code: "READ.NOT_FORM",
    severity: "error",
    ...where,
    vi: `Trang tính${sheet} không phải biểu ${form.id} (${form.title}): không dòng nào (trong ${rows} dòng) ứng với chỉ tiêu của biểu. Hãy kiểm tra đã gửi đúng tệp báo cáo, hoặc chép số liệu vào mẫu biểu ${form.id}.`,
    en: `Sheet${sheet} is not form ${form.id} (${form.titleEn}): none of its ${rows} rows is one of the form's indicators. Check that the right report file was sent, or copy the figures into the ${form.id} template.`,
  });
}

/**
 * A result cell merged down over the rows of several indicators shows one number for all of them:
 * Excel keeps it in the top row only, so it counts there and the rows below have no value.
 */
function mergedValueIssues(
  form: Form,
  view: SheetView,
  resultCol: number,
  rows: Readonly<Record<string, number>>,
  values: Readonly<Record<string, ReportValue>>,
  where: Where,
): Issue[] {
  const merges = view.tallMerges(resultCol);
  // Most sheets have none: their rows are then not sorted.
  if (merges.length === 0) return [];
  // Indicator rows in sheet order: a merge is checked against these few, never walked row by row
  // (a hostile sheet may merge a million rows, many times over).
  const ordered = Object.entries(rows).sort((a, b) => a[1] - b[1]);
  const issues: Issue[] = [];
  const said = new Set<string>();
  for (const merge of merges) {
    const top = view.sheetRow(merge.top);
    const bottom = view.sheetRow(merge.bottom);
    const codes = ordered.filter(([, row]) => top <= row && row <= bottom).map(([code]) => code);
    // One note for an indicator, however many (overlapping, repeated) merges a file holds over it.
    if (codes.length < 2 || said.has(codes[0]!)) continue;
    said.add(codes[0]!);
    const [first, ...rest] = codes as [string, ...string[]];
    const range = `${view.address(merge.top, merge.left)}:${view.address(merge.bottom, merge.right)}`;
    const raw = values[first]?.raw;
    const number = raw === undefined || raw === null ? "" : ` (${String(raw)})`;
    const names = (list: readonly string[]) =>
      list.map((c) => `${indicatorOf(form, c)?.stt ?? ""} (${c})`).join(", ");
    issues.push(
      createIssue({
        code: "READ.MERGED_VALUE",
        severity: "warning",
        ...where,
        cell: view.address(merge.top, merge.left),
        indicator: first,
        vi: `Ô kết quả ${range} được gộp qua ${codes.length} chỉ tiêu (${names(codes)}): số${number} chỉ được tính cho mục ${names([first])}; ${names(rest)} coi như chưa có số liệu. Hãy bỏ gộp ô và ghi số cho từng dòng.`,
        en: `Result cell ${range} is merged over ${codes.length} indicators (${names(codes)}): its number${number} counts for ${names([first])} only; ${names(rest)} have no value. Unmerge the cells and enter a number on each row.`,
      }),
    );
  }
  return issues;
}

/** A hidden row's number still counts: said, so that no one is surprised by a total. */
function hiddenRowIssues(
  form: Form,
  grid: Grid,
  view: SheetView,
  rows: Readonly<Record<string, number>>,
  values: Readonly<Record<string, ReportValue>>,
  where: Where,
): Issue[] {
  const hidden = new Set(
    (Array.isArray(grid.hiddenRows) ? grid.hiddenRows : []).map((r) => view.sheetRow(r)),
  );
  if (hidden.size === 0) return [];
  const issues: Issue[] = [];
  for (const indicator of form.indicators) {
    const row = rows[indicator.code];
    const value = values[indicator.code];
    if (row === undefined || !hidden.has(row) || value === undefined) continue;
    const shown = value.raw === undefined || value.raw === null ? "" : ` (${String(value.raw)})`;
    issues.push(
      createIssue({
        code: "READ.HIDDEN_ROW",
        severity: "info",
        ...where,
        ...(value.cell === undefined ? {} : { cell: value.cell }),
        indicator: indicator.code,
        vi: `Dòng ${row + 1} (mục ${indicator.stt} “${indicator.label}”) đang bị ẩn nhưng có số liệu${shown}: số này vẫn được tính. Hãy bỏ ẩn dòng để kiểm tra lại.`,
        en: `Row ${row + 1} (${indicator.stt} “${indicator.labelEn}”) is hidden but holds a value${shown}: it still counts. Unhide the row to check it.`,
      }),
    );
  }
  return issues;
}

function moreUnmatched(form: Form, where: Where, rest: readonly UnmatchedRow[]): Issue {
  const first = rest[0]!;
  const last = rest[rest.length - 1]!;
  return createIssue({
    code: "READ.ROWS_UNMATCHED",
    severity: "info",
    ...where,
    cell: first.cell,
    vi: `Còn ${rest.length} dòng khác (từ dòng ${first.row + 1} đến dòng ${last.row + 1}) không ứng với chỉ tiêu nào của biểu ${form.id} nên không được tổng hợp. Nếu đó là danh sách hay ghi chú, hãy chuyển sang trang tính khác.`,
    en: `${rest.length} more rows (rows ${first.row + 1} to ${last.row + 1}) match no indicator of form ${form.id} and are not consolidated. If they are a list or notes, move them to another sheet.`,
  });
}

function moreDuplicates(form: Form, where: Where, rest: readonly number[]): Issue {
  const first = rest[0]!;
  const last = rest[rest.length - 1]!;
  return createIssue({
    code: "READ.DUPLICATE_ROWS",
    severity: "warning",
    ...where,
    vi: `Còn ${rest.length} dòng khác (từ dòng ${first + 1} đến dòng ${last + 1}) lặp lại chỉ tiêu đã có của biểu ${form.id}; chỉ dòng đầu tiên của mỗi chỉ tiêu được dùng. Hãy xóa các dòng thừa.`,
    en: `${rest.length} more rows (rows ${first + 1} to ${last + 1}) repeat indicators of form ${form.id} already read; only each indicator's first row is used. Delete the extra rows.`,
  });
}
