import { consolidate, type Grid, Hierarchy, Period, readGrid, ttm01 } from "@tonghop/core";
import { readWorkbook, writeWorkbook } from "@tonghop/xlsx";
import { describe, expect, it } from "vitest";
import { consolidatedWorkbook } from "./consolidated-workbook.js";

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

async function build() {
  const reports = [unitGrid("A", 10, 4), unitGrid("B", 7, 6)].map(
    (grid, i) => readGrid(ttm01, grid, { file: `${i}.xlsx`, hierarchy }).report,
  );
  const result = consolidate(ttm01, reports, { hierarchy, unit: "TULS", period: "2022" });
  const spec = consolidatedWorkbook({
    form: ttm01,
    result,
    period: Period.parse("2022"),
    unitCode: "TULS",
    unitName: "Tỉnh ủy Lạng Sơn",
    issuer: { superior: "ĐẢNG BỘ TỈNH LẠNG SƠN", unit: "Tỉnh ủy Lạng Sơn", place: "Lạng Sơn" },
    date: new Date(2022, 11, 20),
    nameOf: (code) => hierarchy.unit(code)?.name ?? code,
    filesOf: () => [],
    unreadable: [],
    notTaken: [],
    issues: result.issues,
    planCoverage: {},
    targets: [],
    unitTargets: [],
  });
  return readWorkbook(await writeWorkbook(spec));
}

describe("consolidatedWorkbook", () => {
  it("writes the five sheets, totals as formulas over Chi tiết with cached results", async () => {
    const book = await build();
    expect(book.sheets.map((s) => s.name)).toEqual([
      "Tổng hợp",
      "Chi tiết",
      "Nộp báo cáo",
      "Chỉ tiêu",
      "Kiểm tra",
    ]);
    const detail = book.sheets[1]!.grid;
    const row = detail.values.findIndex((r) => r[1] === "BUOI_BCV");
    const relayedRow = detail.values.findIndex((r) => r[1] === "HN_TIEPSONG");
    const last = detail.values[row]!.length - 1;
    expect(detail.formulas![row]![last]).toBe(`=SUM(E${row + 1}:F${row + 1})`);
    expect(detail.values[row]![last]).toBe(17);
    expect(detail.formulas![relayedRow]![last]).toMatch(/^=MAX\(/);
    expect(detail.values[relayedRow]![last]).toBe(6);
    const summary = book.sheets[0]!.grid;
    const srow = summary.values.findIndex((r) => r[1] === "BUOI_BCV");
    expect(summary.formulas![srow]![4]).toBe(`='Chi tiết'!G${row + 1}`);
    expect(summary.values[srow]![4]).toBe(17);
    const derived = summary.values.findIndex((r) => r[1] === "NGHE_TB");
    expect(summary.formulas![derived]![4]).toMatch(/^=IF\(N\(E\d+\)=0,"",ROUND\(E\d+\/E\d+,1\)\)$/);
  });

  it("writes a unit's name as text even when it looks like a formula", async () => {
    const book = await build();
    const detail = book.sheets[1]!.grid;
    const submission = book.sheets[2]!.grid;
    const at = submission.values.findIndex((r) => r[1] === "A");
    expect(submission.values[at]![2]).toBe('=HYPERLINK("http://x","bấm")');
    expect(submission.formulas?.[at]?.[2] ?? null).toBeNull();
    expect(detail.formulas?.flat().some((f) => f?.includes("HYPERLINK"))).toBe(false);
  });
});
