import ExcelJS from "exceljs";
import type { Commune } from "./communes.js";
import { BODY, HEADER_ROW, HEADERS, RESULT_COL, sumFormula } from "./layout.js";
import { PERIOD, unitValues } from "./unit-values.js";

const FONT = { name: "Times New Roman", size: 12 };
const thin = { style: "thin" as const };
const BORDER = { top: thin, left: thin, bottom: thin, right: thin };

/**
 * A commune's TTM-01 workbook as units send them: the Party heading (superior body, issuing unit,
 * ĐẢNG CỘNG SẢN VIỆT NAM, place and date), the title with the period, the template's "Mã đơn vị:"
 * and "Kỳ báo cáo:" cells (one commune in ten leaves them out and is known by its name only), the
 * header, the indicator rows with gồm totals as =SUM formulas, last year's figures, notes, and the
 * signature block. About 10 KB.
 */
export async function communeWorkbook(unit: Commune): Promise<Uint8Array> {
  const values = unitValues(unit.index);
  const book = new ExcelJS.Workbook();
  book.creator = unit.name;
  book.created = new Date(Date.UTC(2026, 5, 20));
  book.modified = book.created;
  const sheet = book.addWorksheet("TTM-01", { pageSetup: { paperSize: 9, orientation: "landscape" } });
  sheet.columns = [6, 16, 58, 11, 12, 12, 12, 12, 12, 18].map((width) => ({ width }));
  const put = (row: number, col: number, value: ExcelJS.CellValue, style: Partial<ExcelJS.Style> = {}) => {
    const cell = sheet.getCell(row + 1, col + 1);
    cell.value = value;
    cell.font = { ...FONT, ...(style.font ?? {}) };
    if (style.alignment) cell.alignment = style.alignment;
    if (style.border) cell.border = style.border;
    if (style.numFmt) cell.numFmt = style.numFmt;
  };
  const centered = { horizontal: "center" as const, vertical: "middle" as const, wrapText: true };
  put(0, 0, `ĐẢNG BỘ TỈNH ${unit.provinceName.toUpperCase()}`, { alignment: centered });
  put(1, 0, unit.name.toUpperCase(), { font: { ...FONT, bold: true }, alignment: centered });
  put(2, 0, "*", { alignment: centered });
  put(0, 5, "ĐẢNG CỘNG SẢN VIỆT NAM", {
    font: { ...FONT, bold: true, underline: true },
    alignment: centered,
  });
  put(1, 5, `${unit.provinceName}, ngày 20 tháng 6 năm 2026`, {
    font: { ...FONT, italic: true },
    alignment: centered,
  });
  sheet.mergeCells("A1:C1");
  sheet.mergeCells("A2:C2");
  sheet.mergeCells("A3:C3");
  sheet.mergeCells("F1:J1");
  sheet.mergeCells("F2:J2");
  put(3, 0, "BÁO CÁO KẾT QUẢ CÔNG TÁC TUYÊN TRUYỀN MIỆNG VÀ HOẠT ĐỘNG BÁO CÁO VIÊN", {
    font: { ...FONT, bold: true, size: 14 },
    alignment: centered,
  });
  put(4, 0, PERIOD.label.toUpperCase(), { font: { ...FONT, bold: true }, alignment: centered });
  sheet.mergeCells("A4:J4");
  sheet.mergeCells("A5:J5");
  if (unit.index % 10 !== 9) {
    put(5, 2, "Mã đơn vị:", { font: { ...FONT, bold: true }, alignment: { horizontal: "right" } });
    put(5, 3, unit.code, { font: { ...FONT, bold: true } });
    put(5, 4, "Kỳ báo cáo:", { font: { ...FONT, bold: true }, alignment: { horizontal: "right" } });
    put(5, 5, PERIOD.label, { font: { ...FONT, bold: true } });
  }
  HEADERS.forEach((text, col) => {
    put(HEADER_ROW, col, text, { font: { ...FONT, bold: true }, alignment: centered, border: BORDER });
  });
  BODY.forEach((row, i) => {
    const r = HEADER_ROW + 1 + i;
    if (row.kind === "section") {
      put(r, 0, row.id, { font: { ...FONT, bold: true }, alignment: centered, border: BORDER });
      put(r, 2, row.label, { font: { ...FONT, bold: true }, border: BORDER });
      for (const col of [1, 3, 4, 5, 6, 7, 8, 9]) put(r, col, null, { border: BORDER });
      return;
    }
    const { indicator } = row;
    const value = values[indicator.code] ?? null;
    const derived = indicator.kind === "derived";
    const numFmt = derived ? (indicator.derive?.decimals === 0 ? "#,##0" : "#,##0.0") : "#,##0";
    const top = indicator.parent === undefined;
    put(r, 0, indicator.stt, { alignment: centered, border: BORDER, font: { ...FONT, bold: top } });
    put(r, 1, indicator.code, { border: BORDER, font: { ...FONT, size: 9 } });
    put(r, 2, indicator.label, { border: BORDER, font: { ...FONT, bold: top } });
    put(r, 3, indicator.unit, { alignment: centered, border: BORDER });
    const formula = sumFormula(indicator.code);
    put(r, RESULT_COL, formula === undefined ? value : { formula, result: value ?? 0 }, {
      border: BORDER,
      numFmt,
    });
    put(r, 5, null, { border: BORDER });
    put(r, 6, null, { border: BORDER });
    const lastYear = derived || value === null ? null : Math.round(value * 0.9);
    put(r, 7, lastYear, { border: BORDER, numFmt });
    put(r, 8, null, { border: BORDER });
    put(r, 9, indicator.code === "HNTTTS" ? "Định kỳ hằng tháng" : null, { border: BORDER });
  });
  const end = HEADER_ROW + 1 + BODY.length + 1;
  put(end, 0, "Nơi nhận:", { font: { ...FONT, bold: true, italic: true } });
  put(end + 1, 0, `- Ban Tuyên giáo và Dân vận Tỉnh ủy ${unit.provinceName},`);
  put(end + 2, 0, "- Lưu Văn phòng Đảng ủy.");
  put(end, 6, "T/M ĐẢNG ỦY", { font: { ...FONT, bold: true }, alignment: centered });
  put(end + 1, 6, "BÍ THƯ", { font: { ...FONT, bold: true }, alignment: centered });
  sheet.views = [{ state: "frozen", ySplit: HEADER_ROW + 1 }];
  return new Uint8Array(await book.xlsx.writeBuffer());
}
