/**
 * Writes the example workbooks and the hierarchy from examples/data.ts:
 *
 *   npx tsx examples/generate.ts            # into examples/ (the committed files)
 *   npx tsx examples/generate.ts /tmp/ex    # into another folder (the end-to-end tests do this)
 *
 * Written with ExcelJS directly, not with tonghop: these are the workbooks units send, in the ways
 * units really write them (text numerals, no code column, NFD text, TCVN3 with .VnTime fonts, a SUM
 * one row short), not what tonghop would write.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import ExcelJS from "exceljs";
import { ttm01 } from "../packages/core/src/form/index.js";
import { OTHERS, type RosterPerson, SUM_PARENTS, UNITS, type UnitSheet } from "./data.js";

const here = dirname(fileURLToPath(import.meta.url));

/** A workbook was created and last saved on the date its date line gives (reproducible files). */
function savedOn(unit: UnitSheet): Date {
  const m = /ngày (\d+) tháng (\d+) năm (\d{4})/.exec(unit.dateLine);
  if (!m) throw new Error(`no date in "${unit.dateLine}"`);
  return new Date(Date.UTC(Number(m[3]), Number(m[2]) - 1, Number(m[1]), 3));
}

type Cell = ExcelJS.Cell;

// ---------------------------------------------------------------------------------------------
// Text in the ways units type it

/** Unicode → TCVN3 (ABC), as characters of the bytes the .VnTime font draws (glibc's iconv). */
function toTcvn3(text: string): string {
  const bytes = execFileSync("iconv", ["-f", "UTF-8", "-t", "TCVN5712-1"], { input: text });
  for (const b of bytes) {
    if (b >= 0x80 && b < 0xa0) throw new Error(`"${text}" needs a TCVN3 byte 0x${b.toString(16)}: reword it`);
  }
  return String.fromCharCode(...bytes);
}

/** The old tone placement (hoà, uỷ, toạ) and decomposed Unicode, as Unikey's tổ hợp mode types. */
function toOldNfd(text: string): string {
  return text
    .replace(/ủy/g, "uỷ")
    .replace(/Ủy/g, "Uỷ")
    .replace(/ỦY/g, "UỶ")
    .replace(/tọa/g, "toạ")
    .replace(/hòa/g, "hoà")
    .normalize("NFD");
}

/** 37320 → "37.320" (Vietnamese digit groups), as units type numbers into text cells. */
function viNumber(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ".");
}

function periodCellText(id: string): string {
  const quarter = /^(\d{4})Q([1-4])$/.exec(id);
  if (quarter) return `Quý ${["I", "II", "III", "IV"][Number(quarter[2]) - 1]}/${quarter[1]}`;
  const half = /^(\d{4})S([12])$/.exec(id);
  if (half) return `6 tháng ${half[2] === "1" ? "đầu" : "cuối"} năm ${half[1]}`;
  return `Năm ${id}`;
}

// ---------------------------------------------------------------------------------------------
// The sheet

interface Writer {
  /** Text as this unit types it: plain, NFD + old tones, or TCVN3. */
  text(value: string, options?: { upper?: boolean }): { text: string; font?: string };
}

function writerFor(style: UnitSheet["style"]): Writer {
  if (style === "tcvn3") {
    return {
      // .VnTimeH draws lower-case bytes as capitals: upper-case titles are typed in lower case.
      text: (value, options) =>
        options?.upper
          ? { text: toTcvn3(value.toLocaleLowerCase("vi")), font: ".VnTimeH" }
          : { text: toTcvn3(value), font: ".VnTime" },
    };
  }
  if (style === "nfd") return { text: (value) => ({ text: toOldNfd(value) }) };
  return { text: (value) => ({ text: value }) };
}

const thin: Partial<ExcelJS.Borders> = {
  top: { style: "thin" },
  left: { style: "thin" },
  bottom: { style: "thin" },
  right: { style: "thin" },
};

function put(
  cell: Cell,
  writer: Writer,
  value: string,
  options: { upper?: boolean; bold?: boolean; italic?: boolean; center?: boolean } = {},
) {
  const written = writer.text(value, { upper: options.upper ?? false });
  cell.value = written.text;
  cell.font = {
    name: written.font ?? "Times New Roman",
    size: 12,
    bold: options.bold ?? false,
    italic: options.italic ?? false,
  };
  if (options.center) cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
}

interface Columns {
  readonly stt: number;
  readonly code?: number;
  readonly label: number;
  readonly unit: number;
  readonly result: number;
  readonly plan?: number;
  readonly planPercent?: number;
  readonly lastYear?: number;
  readonly lastYearPercent?: number;
  readonly note: number;
  readonly count: number;
}

const fullColumns: Columns = {
  stt: 1,
  code: 2,
  label: 3,
  unit: 4,
  result: 5,
  plan: 6,
  planPercent: 7,
  lastYear: 8,
  lastYearPercent: 9,
  note: 10,
  count: 10,
};
const shortColumns: Columns = { stt: 1, code: 2, label: 3, unit: 4, result: 5, note: 6, count: 6 };
const noCodeColumns: Columns = { stt: 1, label: 2, unit: 3, result: 4, note: 5, count: 5 };

function columnsFor(style: UnitSheet["style"]): Columns {
  if (style === "template" || style === "sumShort") return fullColumns;
  if (style === "noCode" || style === "tcvn3") return noCodeColumns;
  return shortColumns;
}

const letter = (col: number) => String.fromCharCode(64 + col);

/** Plans (Kế hoạch năm) the template-style units wrote for a few rows. */
const PLANS: Readonly<Record<string, number>> = { HNBCV: 4, HNTTTS: 12, HNCD: 2, BT_KY: 12 };

function writeForm(sheet: ExcelJS.Worksheet, unit: UnitSheet) {
  const style = unit.style;
  const w = writerFor(style);
  const cols = columnsFor(style);
  const last = cols.count;
  // Top left ends at the label column, top right takes the rest.
  const half = cols.label + 1;
  const template = style === "template" || style === "sumShort";

  // Title rows, as Party documents have them.
  sheet.mergeCells(1, 1, 1, half - 1);
  put(sheet.getCell(1, 1), w, unit.superior, { upper: true, center: true });
  sheet.mergeCells(1, half, 1, last);
  put(sheet.getCell(1, half), w, "ĐẢNG CỘNG SẢN VIỆT NAM", { upper: true, bold: true, center: true });
  sheet.mergeCells(2, 1, 2, half - 1);
  put(sheet.getCell(2, 1), w, unit.name, { upper: true, bold: true, center: true });
  sheet.mergeCells(2, half, 2, last);
  put(sheet.getCell(2, half), w, unit.dateLine, { italic: true, center: true });
  sheet.mergeCells(4, 1, 4, last);
  put(sheet.getCell(4, 1), w, "BÁO CÁO KẾT QUẢ CÔNG TÁC TUYÊN TRUYỀN MIỆNG VÀ HOẠT ĐỘNG BÁO CÁO VIÊN", {
    upper: true,
    bold: true,
    center: true,
  });
  sheet.mergeCells(5, 1, 5, last);
  put(sheet.getCell(5, 1), w, unit.periodTitle, { upper: true, bold: true, center: true });

  if (template) {
    put(sheet.getCell(6, cols.label), w, "Mã đơn vị:", { bold: true });
    sheet.getCell(6, cols.label).alignment = { horizontal: "right" };
    put(sheet.getCell(6, cols.unit), w, unit.code);
    put(sheet.getCell(7, cols.label), w, "Kỳ báo cáo:", { bold: true });
    sheet.getCell(7, cols.label).alignment = { horizontal: "right" };
    put(sheet.getCell(7, cols.unit), w, periodCellText(unit.period));
  }

  const headerRow = 9;
  const headers: [keyof Columns, string][] = [
    ["stt", "STT"],
    ["code", "Mã"],
    ["label", style === "noCode" ? "Nội dung" : "Chỉ tiêu"],
    ["unit", "ĐVT"],
    ["result", style === "noCode" ? "Số lượng" : "Kết quả"],
    ["plan", "Kế hoạch năm"],
    ["planPercent", "So với kế hoạch (%)"],
    ["lastYear", "Cùng kỳ năm trước"],
    ["lastYearPercent", "So với cùng kỳ (%)"],
    ["note", "Ghi chú"],
  ];
  for (const [role, header] of headers) {
    const col = cols[role];
    if (col === undefined) continue;
    const cell = sheet.getCell(headerRow, col);
    put(cell, w, header, { bold: true, center: true });
    cell.border = thin;
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9E1F2" } };
  }

  // Which rows the sheet has: the template has every row; messy sheets leave out the computed section.
  const withDerived = template;
  const rowOf: Record<string, number> = {};
  let row = headerRow + 1;
  const planned: { code: string; row: number }[] = [];
  const numbers: Record<string, number> = { ...unit.values };
  for (const [parent, children] of Object.entries(SUM_PARENTS)) {
    const given = children.filter((c) => numbers[c] !== undefined);
    if (given.length > 0) numbers[parent] = given.reduce((s, c) => s + numbers[c]!, 0);
  }

  for (const section of ttm01.sections) {
    const indicators = ttm01.indicators.filter((i) => i.section === section.id);
    if (!withDerived && indicators.every((i) => i.kind === "derived")) continue;
    put(sheet.getCell(row, cols.stt), w, style === "noCode" ? `${section.id}.` : section.id, {
      bold: true,
      center: true,
    });
    put(sheet.getCell(row, cols.label), w, section.label, { upper: true, bold: true });
    for (let c = 1; c <= last; c++) sheet.getCell(row, c).border = thin;
    row++;
    for (const indicator of indicators) {
      rowOf[indicator.code] = row;
      planned.push({ code: indicator.code, row });
      row++;
    }
    if (style === "noCode") row++; // a blank row after each section, as typed by hand
  }

  for (const { code, row: r } of planned) {
    const indicator = ttm01.indicators.find((i) => i.code === code)!;
    let stt = indicator.stt;
    let label = indicator.label;
    if (style === "noCode") {
      const child = indicator.relation === "sum";
      stt = child ? "" : indicator.relation === "partOf" ? "" : `${indicator.stt}.`;
      label = child ? `- ${indicator.label}` : indicator.label;
    }
    put(sheet.getCell(r, cols.stt), w, stt, { center: true });
    if (cols.code !== undefined) put(sheet.getCell(r, cols.code), w, code);
    put(sheet.getCell(r, cols.label), w, label, {
      bold: indicator.parent === undefined && style !== "tcvn3",
    });
    sheet.getCell(r, cols.label).alignment = { wrapText: true, vertical: "middle" };
    put(sheet.getCell(r, cols.unit), w, indicator.unit, { center: true });

    const result = sheet.getCell(r, cols.result);
    const E = letter(cols.result);
    const children = SUM_PARENTS[code];
    const value = numbers[code];
    if (indicator.kind === "derived") {
      const d = indicator.derive!;
      const num = numbers[d.numerator];
      const den = numbers[d.denominator];
      const cached =
        num !== undefined && den !== undefined && den > 0
          ? Math.round(((num * d.scale) / den) * 10 ** d.decimals) / 10 ** d.decimals
          : "";
      const scale = d.scale === 1 ? "" : `*${d.scale}`;
      result.value = {
        formula: `IF(N(${E}${rowOf[d.denominator]})=0,"",ROUND(${E}${rowOf[d.numerator]}${scale}/${E}${rowOf[d.denominator]},${d.decimals}))`,
        result: cached,
      };
      result.numFmt = d.decimals > 0 ? "#,##0.0" : "#,##0";
    } else if (children && value !== undefined && (style === "template" || style === "sumShort")) {
      const first = rowOf[children[0]!]!;
      const lastChild = rowOf[children[children.length - 1]!]!;
      // Lộc Bình's total of sessions leaves out the last row (R10).
      const short = style === "sumShort" && code === "BUOI";
      const end = short ? lastChild - 1 : lastChild;
      const cached = short ? value - (numbers[children[children.length - 1]!] ?? 0) : value;
      result.value = { formula: `SUM(${E}${first}:${E}${end})`, result: cached };
      result.numFmt = "#,##0";
    } else if (value !== undefined) {
      const text = unit.texts?.[code];
      if (text !== undefined) result.value = w.text(text).text;
      else if (style === "textNumerals") result.value = value >= 1000 ? viNumber(value) : String(value);
      else {
        result.value = value;
        result.numFmt = "#,##0";
      }
    }
    result.alignment = { horizontal: "right" };
    if (cols.plan !== undefined && PLANS[code] !== undefined) {
      sheet.getCell(r, cols.plan).value = PLANS[code]!;
    }
    const note = unit.notes?.[code];
    if (note) put(sheet.getCell(r, cols.note), w, note);
    for (let c = 1; c <= last; c++) sheet.getCell(r, c).border = thin;
  }

  if (style === "noCode") {
    put(
      sheet.getCell(row + 1, cols.label),
      w,
      "Ghi chú: số liệu tính từ ngày 15/12/2021 đến ngày 14/12/2022.",
      {
        italic: true,
      },
    );
  }
  row += 3;
  put(sheet.getCell(row, cols.result), w, "T/M BAN THƯỜNG VỤ", { upper: true, bold: true });

  const widths: Partial<Record<keyof Columns, number>> = {
    stt: 6,
    code: 16,
    label: 58,
    unit: 12,
    result: 14,
    plan: 12,
    planPercent: 12,
    lastYear: 12,
    lastYearPercent: 12,
    note: 28,
  };
  for (const [role, width] of Object.entries(widths)) {
    const col = cols[role as keyof Columns];
    if (typeof col === "number" && role !== "count") sheet.getColumn(col).width = width;
  }
  sheet.views = [{ state: "frozen", ySplit: headerRow }];
  sheet.pageSetup = { paperSize: 9, orientation: "portrait", fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
}

function writeRoster(sheet: ExcelJS.Worksheet, unit: UnitSheet, roster: readonly RosterPerson[]) {
  const w = writerFor("template");
  sheet.mergeCells(1, 1, 1, 7);
  put(sheet.getCell(1, 1), w, `DANH SÁCH BÁO CÁO VIÊN, TUYÊN TRUYỀN VIÊN CỐT CÁN ${unit.periodTitle}`, {
    bold: true,
    center: true,
  });
  sheet.mergeCells(2, 1, 2, 7);
  put(sheet.getCell(2, 1), w, unit.name, { bold: true, center: true });
  const headers = ["STT", "Họ và tên", "Đơn vị", "Loại", "Số buổi", "Lượt người nghe", "Ghi chú"];
  headers.forEach((h, i) => {
    const cell = sheet.getCell(4, i + 1);
    put(cell, w, h, { bold: true, center: true });
    cell.border = thin;
  });
  const places = ["Ban Tuyên giáo Huyện ủy", "Thị trấn Văn Quan", "Xã Tân Đoàn", "Xã Tri Lễ", "Xã Hòa Bình"];
  roster.forEach((person, i) => {
    const r = 5 + i;
    sheet.getCell(r, 1).value = i + 1;
    put(sheet.getCell(r, 2), w, person.name);
    put(sheet.getCell(r, 3), w, places[i % places.length]!);
    put(sheet.getCell(r, 4), w, person.role);
    sheet.getCell(r, 5).value = person.sessions;
    sheet.getCell(r, 6).value = person.listeners;
    sheet.getCell(r, 6).numFmt = "#,##0";
    for (let c = 1; c <= 7; c++) sheet.getCell(r, c).border = thin;
  });
  sheet.getColumn(2).width = 26;
  sheet.getColumn(3).width = 26;
  sheet.getColumn(4).width = 14;
  sheet.getColumn(6).width = 16;
}

async function writeUnit(unit: UnitSheet, outDir: string) {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = unit.name;
  workbook.created = savedOn(unit);
  workbook.modified = savedOn(unit);
  if (unit.extraSheetFirst) {
    const guide = workbook.addWorksheet("Hướng dẫn");
    guide.getCell("A1").value = "Hướng dẫn điền biểu TTM-01";
    guide.getCell("A2").value = "1. Số liệu tính theo kỳ báo cáo; không để trống, không có thì ghi 0.";
    guide.getCell("A3").value = "2. Gửi về Ban Tuyên giáo Tỉnh ủy trước ngày 15/12.";
    guide.getColumn(1).width = 90;
  }
  writeForm(workbook.addWorksheet(unit.style === "tcvn3" ? "BC TTM" : "TTM-01"), unit);
  if (unit.roster) writeRoster(workbook.addWorksheet("Danh sách BCV, TTV"), unit, unit.roster);
  const path = join(outDir, unit.file);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, new Uint8Array(await workbook.xlsx.writeBuffer()));
  return path;
}

// ---------------------------------------------------------------------------------------------
// The hierarchy of Tỉnh ủy Lạng Sơn: district-level committees and the two blocs until 30/6/2025,
// then (2025 reform: two-level local government) the new provincial Party committees and communes.

const HIERARCHY: string[][] = [
  ["Mã", "Tên đơn vị", "Loại", "Mã cấp trên", "Hiệu lực từ", "Hiệu lực đến", "Tên khác"],
  ["TULS", "Tỉnh ủy Lạng Sơn", "Tỉnh ủy", "", "", "", "Đảng bộ tỉnh Lạng Sơn"],
  ["TPLS", "Thành ủy Lạng Sơn", "Thành ủy", "TULS", "", "30/06/2025", "Đảng bộ thành phố Lạng Sơn"],
  ["CAOLOC", "Huyện ủy Cao Lộc", "Huyện ủy", "TULS", "", "30/06/2025", ""],
  ["VANLANG", "Huyện ủy Văn Lãng", "Huyện ủy", "TULS", "", "30/06/2025", ""],
  ["TRANGDINH", "Huyện ủy Tràng Định", "Huyện ủy", "TULS", "", "30/06/2025", ""],
  ["BINHGIA", "Huyện ủy Bình Gia", "Huyện ủy", "TULS", "", "30/06/2025", ""],
  ["VANQUAN", "Huyện ủy Văn Quan", "Huyện ủy", "TULS", "", "30/06/2025", ""],
  ["BACSON", "Huyện ủy Bắc Sơn", "Huyện ủy", "TULS", "", "30/06/2025", ""],
  ["HUULUNG", "Huyện ủy Hữu Lũng", "Huyện ủy", "TULS", "", "30/06/2025", ""],
  ["CHILANG", "Huyện ủy Chi Lăng", "Huyện ủy", "TULS", "", "30/06/2025", ""],
  ["LOCBINH", "Huyện ủy Lộc Bình", "Huyện ủy", "TULS", "", "30/06/2025", ""],
  ["DINHLAP", "Huyện ủy Đình Lập", "Huyện ủy", "TULS", "", "30/06/2025", ""],
  [
    "KCCQ",
    "Đảng ủy Khối các cơ quan tỉnh",
    "Đảng ủy Khối",
    "TULS",
    "",
    "30/06/2025",
    "Đảng ủy Khối CCQ tỉnh;Đảng bộ Khối các cơ quan tỉnh",
  ],
  ["KDN", "Đảng ủy Khối doanh nghiệp tỉnh", "Đảng ủy Khối", "TULS", "", "30/06/2025", "Đảng ủy Khối DN tỉnh"],
  ["CQD", "Đảng ủy các cơ quan Đảng tỉnh", "Đảng ủy", "TULS", "01/07/2025", "", ""],
  ["UBND", "Đảng ủy Ủy ban nhân dân tỉnh", "Đảng ủy", "TULS", "01/07/2025", "", "Đảng ủy UBND tỉnh"],
  ["P_TAMTHANH", "Đảng ủy phường Tam Thanh", "Đảng ủy phường", "TULS", "01/07/2025", "", ""],
  ["P_LUONGVANTRI", "Đảng ủy phường Lương Văn Tri", "Đảng ủy phường", "TULS", "01/07/2025", "", ""],
  ["P_DONGKINH", "Đảng ủy phường Đông Kinh", "Đảng ủy phường", "TULS", "01/07/2025", "", ""],
  ["P_KYLUA", "Đảng ủy phường Kỳ Lừa", "Đảng ủy phường", "TULS", "01/07/2025", "", ""],
  ["X_DONGDANG", "Đảng ủy xã Đồng Đăng", "Đảng ủy xã", "TULS", "01/07/2025", "", ""],
  ["X_NASAM", "Đảng ủy xã Na Sầm", "Đảng ủy xã", "TULS", "01/07/2025", "", ""],
];

function csv(rows: string[][]): string {
  const field = (f: string) => (/[",\n]/.test(f) ? `"${f.replace(/"/g, '""')}"` : f);
  return `${rows.map((r) => r.map(field).join(",")).join("\n")}\n`;
}

/** Writes hierarchy.csv, units/ and other/ into `outDir`; returns the paths written. */
export async function writeExamples(outDir: string): Promise<string[]> {
  mkdirSync(outDir, { recursive: true });
  const written = [join(outDir, "hierarchy.csv")];
  writeFileSync(written[0]!, csv(HIERARCHY));
  for (const unit of [...UNITS, ...OTHERS]) written.push(await writeUnit(unit, outDir));
  return written;
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  for (const path of await writeExamples(resolve(process.argv[2] ?? here))) console.log(path);
}
