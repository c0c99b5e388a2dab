import { describe, expect, it } from "vitest";
import { consolidate } from "../aggregate/index.js";
import { ttm01 } from "../form/index.js";
import type { CellInput, CellSpec, Grid, SheetSpec } from "../grid/index.js";
import { Hierarchy } from "../hierarchy/index.js";
import { Period } from "../period/index.js";
import { readGrid } from "../read/index.js";
import { consolidatedWorkbookLayout } from "./consolidated-workbook.js";
import { templateLayout } from "./template-workbook.js";

const hierarchy = Hierarchy.build([
  { code: "TULS", name: "Tỉnh ủy Lạng Sơn", kind: "Tỉnh ủy" },
  { code: "A", name: '=HYPERLINK("http://x","bấm")', kind: "Huyện ủy", parent: "TULS" },
  { code: "B", name: "Huyện ủy Bình Gia", kind: "Huyện ủy", parent: "TULS" },
]);

function unitGrid(code: string, sessions: number, relayed: number): Grid {
  return {
    origin: "A1",
    values: [
      ["ĐẢNG BỘ TỈNH LẠNG SƠN", null, null, null],
      ["Mã đơn vị:", code, null, null],
      ["BÁO CÁO KẾT QUẢ CÔNG TÁC TUYÊN TRUYỀN MIỆNG NĂM 2022", null, null, null],
      ["STT", "Mã", "Chỉ tiêu", "Kết quả"],
      ["4.1", "BUOI_BCV", "Do báo cáo viên thực hiện", sessions],
      ["5.1", "NGHE_BCV", "Nghe báo cáo viên", sessions * 50],
      ["9", "HN_TIEPSONG", "Hội nghị trực tuyến tiếp sóng từ cấp trên", relayed],
    ],
  };
}

const cellOf = (input: CellInput): CellSpec =>
  input !== null && typeof input === "object" && !(input instanceof Date) ? input : { value: input ?? null };

/** The zero-based row whose column `col` holds `value`, and that row's cells. */
function rowWith(sheet: SheetSpec, col: number, value: string): { row: number; cells: CellSpec[] } {
  const row = sheet.rows.findIndex((r) => cellOf(r[col]).value === value);
  expect(row, `${sheet.name}: ${value}`).toBeGreaterThanOrEqual(0);
  return { row, cells: sheet.rows[row]!.map(cellOf) };
}

function build(sheetNames = {}) {
  const reports = [unitGrid("A", 10, 4), unitGrid("B", 7, 6)].map(
    (grid, i) => readGrid(ttm01, grid, { file: `${i}.xlsx`, hierarchy }).report,
  );
  const result = consolidate(ttm01, reports, { hierarchy, unit: "TULS", period: "2022" });
  return consolidatedWorkbookLayout(ttm01, result, {
    reports,
    hierarchy,
    date: new Date(2022, 11, 20),
    sheetNames,
  });
}

describe("consolidatedWorkbookLayout", () => {
  it("lays out the five sheets, totals as formulas over Chi tiết with cached results", () => {
    const book = build();
    expect(book.sheets.map((s) => s.name)).toEqual([
      "Tổng hợp",
      "Chi tiết",
      "Nộp báo cáo",
      "Chỉ tiêu",
      "Kiểm tra",
    ]);
    const detail = book.sheets[1]!;
    const sessions = rowWith(detail, 1, "BUOI_BCV");
    const relayed = rowWith(detail, 1, "HN_TIEPSONG");
    const total = sessions.cells.at(-1)!;
    expect(total.formula).toBe(`SUM(E${sessions.row + 1}:F${sessions.row + 1})`);
    expect(total.result).toBe(17);
    expect(relayed.cells.at(-1)!.formula).toMatch(/^MAX\(/);
    expect(relayed.cells.at(-1)!.result).toBe(6);
    const summary = book.sheets[0]!;
    const ref = `'Chi tiết'!G${sessions.row + 1}`;
    expect(rowWith(summary, 1, "BUOI_BCV").cells[4]).toMatchObject({
      formula: `IF(${ref}="","",${ref})`,
      result: 17,
    });
    expect(rowWith(summary, 1, "NGHE_TB").cells[4]!.formula).toMatch(
      /^IF\(N\(E\d+\)=0,"",ROUND\(E\d+\/E\d+,1\)\)$/,
    );
    expect(rowWith(summary, 3, "ĐẢNG CỘNG SẢN VIỆT NAM").row).toBe(0);
    expect(rowWith(summary, 3, "Lạng Sơn, ngày 20 tháng 12 năm 2022").row).toBe(1);
  });

  it("points Tổng hợp at Chi tiết under the name it is given", () => {
    const book = build({ summary: "Tổng hợp (2)", detail: "Chi tiết (2)" });
    expect(book.sheets.map((s) => s.name).slice(0, 2)).toEqual(["Tổng hợp (2)", "Chi tiết (2)"]);
    expect(rowWith(book.sheets[0]!, 1, "BUOI_BCV").cells[4]!.formula).toMatch(
      /^IF\('Chi tiết \(2\)'!G\d+="","",'Chi tiết \(2\)'!G\d+\)$/,
    );
  });

  it("leaves a total no unit gave blank, never a SUM that recalculates to 0", () => {
    const book = build();
    const awards = rowWith(book.sheets[1]!, 1, "KT_TAPTHE").cells.at(-1)!;
    expect(awards.formula).toBeUndefined();
    expect(awards.value).toBeNull();
    expect(rowWith(book.sheets[0]!, 1, "KT_TAPTHE").cells[4]).toMatchObject({ result: "" });
  });

  it("keeps a unit's name as a text value even when it looks like a formula", () => {
    const book = build();
    const submission = book.sheets[2]!;
    const unit = rowWith(submission, 1, "A");
    expect(unit.cells[2]).toMatchObject({ value: '=HYPERLINK("http://x","bấm")' });
    expect(unit.cells[2]!.formula).toBeUndefined();
    const formulas = book.sheets.flatMap((s) => s.rows.flat().map((c) => cellOf(c).formula ?? ""));
    expect(formulas.some((f) => f.includes("HYPERLINK"))).toBe(false);
  });
});

describe("templateLayout", () => {
  it("lays out a blank TTM-01 with the unit's code and period, entry cells checked", () => {
    const book = templateLayout(ttm01, {
      unit: "DUKCQ",
      period: Period.parse("2024Q2"),
      date: new Date(2024, 6, 1),
      issuer: { superior: "Đảng bộ tỉnh Lạng Sơn", unit: "Đảng ủy Khối các cơ quan tỉnh" },
      sheetName: "TTM-01 DUKCQ 2024Q2",
    });
    const [sheet] = book.sheets;
    expect(sheet!.name).toBe("TTM-01 DUKCQ 2024Q2");
    expect(rowWith(sheet!, 2, "Mã đơn vị:").cells[3]!.value).toBe("DUKCQ");
    expect(rowWith(sheet!, 4, "Kỳ báo cáo:").cells[5]!.value).toBe("Quý II/2024");
    expect(rowWith(sheet!, 0, "ĐẢNG BỘ TỈNH LẠNG SƠN").row).toBe(0);
    const parent = rowWith(sheet!, 1, "BUOI");
    expect(parent.cells[4]!.formula).toMatch(/^SUM\(E\d+:E\d+\)$/);
    expect(sheet!.validations?.length).toBeGreaterThan(0);
  });
});
