import {
  type CellInput,
  type CellSpec,
  fromA1,
  type SheetSpec,
  toA1,
  type ValidationSpec,
  type WorkbookSpec,
} from "@tonghop/core";
import ExcelJS from "exceljs";
import { XlsxError } from "../error.js";
import { argb, formulaText, workbookBytes } from "./exceljs-bytes.js";

const PAPER = { A4: 9, A3: 8 } as const;

/**
 * Builds a new .xlsx from a plain {@link WorkbookSpec} with ExcelJS's in-memory workbook (it runs
 * in Node and in a browser). Strings are written as text, never as formulas; formulas come only
 * from `formula`.
 */
export async function writeWorkbook(spec: WorkbookSpec): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = spec.properties?.creator ?? "tonghop";
  workbook.created = spec.properties?.created ?? new Date();
  workbook.modified = workbook.created;
  if (spec.properties?.title !== undefined) workbook.title = spec.properties.title;
  let anyFormula = false;
  for (const sheet of spec.sheets) {
    anyFormula = writeSheet(workbook, sheet, spec.font) || anyFormula;
  }
  if (anyFormula) workbook.calcProperties.fullCalcOnLoad = true;
  return workbookBytes(workbook);
}

function writeSheet(workbook: ExcelJS.Workbook, spec: SheetSpec, font: WorkbookSpec["font"]): boolean {
  const sheet = workbook.addWorksheet(spec.name, {
    state: spec.hidden ? "hidden" : "visible",
    ...(spec.tabColor ? { properties: { tabColor: { argb: argb(spec.tabColor) } } } : {}),
  });
  const origin = position(spec.origin ?? "A1", spec.name);
  let anyFormula = false;
  spec.rows.forEach((row, r) => {
    row.forEach((input, c) => {
      const cellSpec = asSpec(input);
      if (cellSpec === undefined) return;
      const cell = sheet.getCell(origin.row + r + 1, origin.col + c + 1);
      anyFormula = writeCell(cell, cellSpec, font) || anyFormula;
      if (cellSpec.merge !== undefined) sheet.mergeCells(checkedRange(cellSpec.merge, spec.name));
    });
  });
  spec.columnWidths?.forEach((width, c) => {
    if (width !== undefined) sheet.getColumn(c + 1).width = width;
  });
  if (spec.frozen && ((spec.frozen.rows ?? 0) > 0 || (spec.frozen.cols ?? 0) > 0)) {
    sheet.views = [{ state: "frozen", xSplit: spec.frozen.cols ?? 0, ySplit: spec.frozen.rows ?? 0 }];
  }
  if (spec.print !== false) {
    const print = spec.print ?? {};
    const fit = print.fitToWidth ?? true;
    sheet.pageSetup = {
      ...sheet.pageSetup,
      paperSize: PAPER[print.paper ?? "A4"] as ExcelJS.PaperSize,
      orientation: print.orientation ?? "landscape",
      fitToPage: fit,
      ...(fit ? { fitToWidth: 1, fitToHeight: 0 } : {}),
      ...(print.repeatRows ? { printTitlesRow: print.repeatRows } : {}),
    };
  }
  for (const validation of spec.validations ?? []) addValidation(sheet, validation, spec.name);
  for (const format of spec.conditionalFormats ?? []) {
    const style: Partial<ExcelJS.Style> = {
      fill: { type: "pattern", pattern: "solid", bgColor: { argb: argb(format.fill) } },
      ...(format.color ? { font: { color: { argb: argb(format.color) } } } : {}),
    };
    const rule: ExcelJS.ConditionalFormattingRule =
      format.kind === "cellIs"
        ? {
            type: "cellIs",
            operator: format.operator,
            formulae: format.values.map((v) => (typeof v === "number" ? v : `"${v.replace(/"/g, '""')}"`)),
            style,
            priority: 1,
          }
        : { type: "expression", formulae: [formulaText(format.formula)], style, priority: 1 };
    sheet.addConditionalFormatting({ ref: checkedRange(format.range, spec.name), rules: [rule] });
  }
  if (spec.autoFilter !== undefined) sheet.autoFilter = checkedRange(spec.autoFilter, spec.name);
  return anyFormula;
}

function asSpec(input: CellInput): CellSpec | undefined {
  if (input === undefined || input === null) return undefined;
  if (typeof input === "object" && !(input instanceof Date)) return input;
  return { value: input };
}

/** Writes one cell; true when it holds a formula. */
function writeCell(cell: ExcelJS.Cell, spec: CellSpec, font: WorkbookSpec["font"]): boolean {
  if (spec.formula !== undefined) {
    cell.value =
      spec.result === undefined
        ? { formula: formulaText(spec.formula), date1904: false }
        : { formula: formulaText(spec.formula), result: spec.result, date1904: false };
  } else if (spec.value !== undefined) {
    // A string is set as a string value: ExcelJS stores it as a shared string, never parses it.
    cell.value = spec.value;
  }
  const style: Partial<ExcelJS.Style> = {};
  const fontStyle: Partial<ExcelJS.Font> = {
    ...(font?.name ? { name: font.name } : {}),
    ...(font?.size ? { size: font.size } : {}),
    ...(spec.fontName ? { name: spec.fontName } : {}),
    ...(spec.fontSize ? { size: spec.fontSize } : {}),
    ...(spec.bold ? { bold: true } : {}),
    ...(spec.italic ? { italic: true } : {}),
    ...(spec.underline ? { underline: true } : {}),
    ...(spec.color ? { color: { argb: argb(spec.color) } } : {}),
  };
  if (Object.keys(fontStyle).length > 0) style.font = fontStyle;
  if (spec.numberFormat !== undefined) style.numFmt = spec.numberFormat;
  if (spec.fill !== undefined)
    style.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(spec.fill) } };
  if (spec.align || spec.verticalAlign || spec.wrap || spec.indent) {
    style.alignment = {
      ...(spec.align ? { horizontal: spec.align } : {}),
      ...(spec.verticalAlign ? { vertical: spec.verticalAlign } : {}),
      ...(spec.wrap ? { wrapText: true } : {}),
      ...(spec.indent ? { indent: spec.indent } : {}),
    };
  }
  if (spec.border) {
    const side: Partial<ExcelJS.Border> = { style: spec.border === "medium" ? "medium" : "thin" };
    style.border = { top: side, left: side, bottom: side, right: side };
  }
  // A fresh style object per cell: ExcelJS shares style objects between cells.
  if (Object.keys(style).length > 0) cell.style = style;
  if (spec.note !== undefined) cell.note = spec.note;
  return spec.formula !== undefined;
}

function addValidation(sheet: ExcelJS.Worksheet, spec: ValidationSpec, sheetName: string): void {
  const formulae: (string | number)[] =
    spec.type === "list"
      ? [`"${(spec.list ?? []).map((item) => item.replace(/"/g, '""')).join(",")}"`]
      : [spec.min, spec.max].filter((v): v is number => v !== undefined);
  const validation: ExcelJS.DataValidation = {
    type: spec.type,
    formulae,
    allowBlank: spec.allowBlank ?? true,
    ...(spec.type === "list"
      ? {}
      : { operator: spec.operator ?? (spec.max === undefined ? "greaterThanOrEqual" : "between") }),
    ...(spec.error ? { showErrorMessage: true, error: spec.error } : {}),
    ...(spec.prompt ? { showInputMessage: true, prompt: spec.prompt } : {}),
  };
  const [first, last] = checkedRange(spec.range, sheetName).split(":");
  const from = fromA1(first!);
  const to = fromA1(last ?? first!);
  for (let r = from.row; r <= to.row; r++) {
    for (let c = from.col; c <= to.col; c++)
      sheet.getCell(toA1({ row: r, col: c })).dataValidation = validation;
  }
}

function position(address: string, sheet: string) {
  try {
    return fromA1(address);
  } catch {
    throw badSpec(`"${address}"`, sheet);
  }
}

/** A range or cell in A1 notation, checked. */
function checkedRange(range: string, sheet: string): string {
  const parts = range.split(":");
  if (parts.length > 2) throw badSpec(`"${range}"`, sheet);
  for (const part of parts) position(part, sheet);
  return range;
}

function badSpec(what: string, sheet: string): XlsxError {
  return new XlsxError(
    "XLSX.BAD_SPEC",
    `Mô tả sổ làm việc không hợp lệ: địa chỉ ${what} ở trang "${sheet}" không phải địa chỉ ô (A1).`,
    `Invalid workbook description: ${what} on sheet "${sheet}" is not an A1 cell address.`,
    { sheet },
  );
}
