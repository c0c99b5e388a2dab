import { type CellEdit, type CellMark, fromA1 } from "@tonghop/core";
import ExcelJS from "exceljs";
import { fileLabel, XlsxError } from "../error.js";
import { type ReadLimits, resolveLimits } from "../limits.js";
import { readWorkbook } from "../read/read-workbook.js";
import { checkWholeArchive } from "./check-archive.js";
import { argb, formulaText, workbookBytes } from "./exceljs-bytes.js";

/** Fill colours of marks: Excel's own "bad", "neutral" and a light blue. */
export const markFills: Readonly<Record<CellMark["severity"], string>> = {
  error: "FFC7CE",
  warning: "FFEB9C",
  info: "DDEBF7",
};

export interface ApplyEditsOptions {
  /** The file's name, for messages. */
  readonly file?: string;
  readonly limits?: Partial<ReadLimits>;
}

/**
 * A new workbook: the input with `edits` applied to one sheet. Values are written as values (a
 * string stays text even when it starts with `=`, `+`, `-` or `@`); formulas only from
 * `edit.formula`, with `edit.value` as the cached result when both are given; a mark adds a fill and
 * a note (appended to a note the cell already has). The input bytes are never modified.
 * The copy is re-written by ExcelJS, which keeps values, styles, merges, validation, conditional
 * formats, notes and images, but not charts or pivot tables.
 */
export async function applyEdits(
  bytes: Uint8Array,
  sheetName: string,
  edits: readonly CellEdit[],
  options: ApplyEditsOptions = {},
): Promise<Uint8Array> {
  const { file } = options;
  const limits = resolveLimits(options.limits);
  const workbookRead = readWorkbook(bytes, { ...(file === undefined ? {} : { file }), limits });
  if (!workbookRead.sheets.some((s) => s.name === sheetName)) throw sheetNotFound(sheetName, file);
  // ExcelJS holds every cell, styled-only ones too, at about a kilobyte each: the reader's bound
  // on cells applies to all of them here, or a sheet formatted down a million rows exhausts memory.
  const cells = workbookRead.sheets.reduce((n, s) => n + s.cells, 0);
  if (cells > limits.maxCells) throw tooManyCellsToCopy(file, cells, limits.maxCells);
  checkWholeArchive(bytes, limits, file);

  const workbook = new ExcelJS.Workbook();
  try {
    // ExcelJS gets its own copy: nothing it does can reach the caller's bytes.
    await workbook.xlsx.load(bytes.slice().buffer as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  } catch (error) {
    throw unsupported(file, error);
  }
  const sheet = workbook.getWorksheet(sheetName);
  if (!sheet) throw sheetNotFound(sheetName, file);
  unshareFormulas(sheet);
  let anyFormula = false;
  for (const edit of edits) {
    let position: { row: number; col: number };
    try {
      position = fromA1(edit.cell);
    } catch {
      throw badEdit(edit.cell, sheetName, file);
    }
    applyEdit(sheet.getCell(position.row + 1, position.col + 1), edit);
    if (edit.formula !== undefined) anyFormula = true;
  }
  if (anyFormula) workbook.calcProperties.fullCalcOnLoad = true;
  try {
    return await workbookBytes(workbook);
  } catch (error) {
    throw unsupported(file, error);
  }
}

/**
 * Gives every cell of a shared formula its own formula text before anything is edited: ExcelJS
 * cannot write a dependent cell whose master was overwritten, and a formula written on a master
 * would silently change all its dependents.
 */
function unshareFormulas(sheet: ExcelJS.Worksheet): void {
  const shared: { cell: ExcelJS.Cell; formula: string; result: ExcelJS.CellFormulaValue["result"] }[] = [];
  sheet.eachRow((row) => {
    row.eachCell((cell) => {
      const value = cell.value;
      if (value === null || typeof value !== "object") return;
      if ("sharedFormula" in value || ("shareType" in value && value.shareType === "shared")) {
        shared.push({ cell, formula: cell.formula, result: "result" in value ? value.result : undefined });
      }
    });
  });
  for (const { cell, formula, result } of shared) {
    cell.value = result === undefined ? { formula, date1904: false } : { formula, result, date1904: false };
  }
}

function applyEdit(cell: ExcelJS.Cell, edit: CellEdit): void {
  if (edit.formula !== undefined) {
    const result = edit.value ?? undefined;
    cell.value =
      result === undefined
        ? { formula: formulaText(edit.formula), date1904: false }
        : { formula: formulaText(edit.formula), result, date1904: false };
  } else if (edit.value !== undefined) {
    cell.value = edit.value;
  }
  // Styles are replaced, never mutated: ExcelJS shares one style object among the cells of a style.
  if (edit.numberFormat !== undefined) cell.style = { ...cell.style, numFmt: edit.numberFormat };
  if (edit.mark) {
    cell.style = {
      ...cell.style,
      fill: { type: "pattern", pattern: "solid", fgColor: { argb: argb(markFills[edit.mark.severity]) } },
    };
    const existing = noteText(cell.note);
    cell.note = existing ? `${existing}\n${edit.mark.note}` : edit.mark.note;
  }
}

function noteText(note: ExcelJS.Cell["note"]): string {
  if (note === undefined || note === null) return "";
  if (typeof note === "string") return note;
  return (note.texts ?? []).map((t) => t.text).join("");
}

/** ExcelJS cannot open some valid workbooks (those other tools write with namespace prefixes, for one). */
function unsupported(file: string | undefined, cause: unknown): XlsxError {
  const { vi, en } = fileLabel(file);
  const detail = cause instanceof Error ? cause.message : String(cause);
  return new XlsxError(
    "XLSX.UNSUPPORTED",
    `${vi} đọc được nhưng không tạo được bản sao có sửa đổi (tệp do phần mềm khác Excel tạo theo cách thư viện ghi không mở được). Hãy mở tệp bằng Excel, lưu lại (Tệp → Lưu thành → .xlsx) rồi chạy lại.`,
    `${en} can be read but no edited copy can be made (another tool wrote it in a way the writing library cannot open: ${detail}). Open it in Excel, save it again (File → Save As → .xlsx) and run again.`,
    file === undefined ? {} : { file },
  );
}

function sheetNotFound(sheet: string, file: string | undefined): XlsxError {
  const where = file === undefined ? "" : ` trong tệp "${file}"`;
  const whereEn = file === undefined ? "" : ` in "${file}"`;
  return new XlsxError(
    "XLSX.SHEET_NOT_FOUND",
    `Không có trang tính "${sheet}"${where}. Hãy kiểm tra tên trang tính.`,
    `There is no sheet "${sheet}"${whereEn}. Check the sheet name.`,
    { ...(file === undefined ? {} : { file }), sheet },
  );
}

function badEdit(cell: string, sheet: string, file: string | undefined): XlsxError {
  return new XlsxError(
    "XLSX.BAD_EDIT",
    `Không ghi được vào ô "${cell}" của trang "${sheet}": đó không phải địa chỉ ô (A1).`,
    `Cannot write to "${cell}" on sheet "${sheet}": it is not an A1 cell address.`,
    { ...(file === undefined ? {} : { file }), sheet },
  );
}

function tooManyCellsToCopy(file: string | undefined, cells: number, max: number): XlsxError {
  const { vi, en } = fileLabel(file);
  return new XlsxError(
    "XLSX.TOO_LARGE",
    `${vi} có ${cells} ô (kể cả ô trống đã định dạng), quá nhiều để tạo bản sao có sửa đổi (giới hạn ${max}). Hãy xóa các hàng, cột thừa (cả định dạng của chúng) rồi lưu lại và chạy lại; việc kiểm tra và tổng hợp vẫn đọc được tệp này.`,
    `${en} holds ${cells} cells (formatted empty ones included), too many to make an edited copy (limit ${max}). Delete the extra rows and columns (their formatting too), save and run again; checking and consolidating still read this file.`,
    file === undefined ? {} : { file },
  );
}
