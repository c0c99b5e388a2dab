import { describe, expect, it } from "vitest";
import { consolidate } from "../aggregate/index.js";
import { ttm01 } from "../form/ttm01.js";
import type { Grid } from "../grid/index.js";
import { Hierarchy } from "../hierarchy/index.js";
import { fullValues, gridOf, templateGrid, templateRows, templateTitle } from "./__fixtures__/grids.js";
import { readGrid } from "./index.js";

/** Sheet row (1-based) of an indicator in the template fixture, whose results are in column E. */
function rowOf(code: string): number {
  const index = templateRows().findIndex((row) => row[1] === code);
  if (index < 0) throw new Error(`no row for ${code}`);
  return index + 1;
}

describe("readGrid on sheets that arrive broken or hostile", () => {
  it("does not count a figure beyond 2^53, typed as a number or as text", () => {
    const { report, issues } = readGrid(
      ttm01,
      templateGrid({ values: { ...fullValues, NGHE_CAPUY: 1e20, NGHE_TTVCS: "99999999999999999999" } }),
      { file: "a.xlsx" },
    );
    expect(report.values.NGHE_CAPUY?.value).toBeNull();
    expect(report.values.NGHE_TTVCS?.value).toBeNull();
    const large = issues.filter((i) => i.code === "VALUE.TOO_LARGE");
    expect(large.map((i) => [i.cell, i.severity, i.indicator])).toEqual([
      [`E${rowOf("NGHE_CAPUY")}`, "error", "NGHE_CAPUY"],
      [`E${rowOf("NGHE_TTVCS")}`, "error", "NGHE_TTVCS"],
    ]);
    expect(large[0]?.message).toContain("ghi 100.000.000.000.000.000.000: số quá lớn");
    expect(large[1]?.message).toContain("ghi “99999999999999999999”: số quá lớn");
    // The largest exact integer is still a number.
    const edge = readGrid(ttm01, templateGrid({ values: { SHCB: Number.MAX_SAFE_INTEGER } })).report;
    expect(edge.values.SHCB?.value).toBe(Number.MAX_SAFE_INTEGER);
  });

  it("says a stated period that is not one, at its cell, and never takes a year from the title instead", () => {
    const rows = templateRows({ values: fullValues, title: templateTitle("TPLS", "Quý V/2024") });
    rows[4] = ["BÁO CÁO KẾT QUẢ CÔNG TÁC TUYÊN TRUYỀN MIỆNG QUÝ V NĂM 2024"];
    const { report, issues } = readGrid(ttm01, gridOf({ rows, sheet: "TTM-01" }), { file: "ky.xlsx" });
    expect(report.period).toEqual({ text: "Quý V/2024", foundBy: "none" });
    expect(issues.map((i) => [i.code, i.severity, i.cell])).toEqual([
      ["READ.PERIOD_UNREADABLE", "error", "B4"],
    ]);
    expect(issues[0]?.message).toBe(
      "Kỳ báo cáo “Quý V/2024” (ô B4) không phải là một kỳ báo cáo. Hãy ghi lại kỳ đúng, ví dụ “Quý II/2024”, “6 tháng đầu năm 2024”, “9 tháng năm 2024” hoặc “Năm 2024”.",
    );

    // Consolidation leaves it out rather than take it as the period of the others.
    const good = readGrid(
      ttm01,
      templateGrid({ values: fullValues, title: templateTitle("CAOLOC", "Năm 2022") }),
      {
        file: "cao-loc.xlsx",
      },
    ).report;
    const result = consolidate(ttm01, [report, good]);
    expect(result.completeness.submitted).toEqual(["CAOLOC"]);
    expect(result.completeness.wrongPeriod).toEqual(["TPLS"]);
    expect(result.report.values.BUOI?.value).toBe(fullValues.BUOI);
    expect(result.issues.find((i) => i.code === "CONSOLIDATE.PERIOD_UNREADABLE")).toMatchObject({
      severity: "error",
      file: "ky.xlsx",
    });
  });

  it("leaves out the consolidating unit's own report (an earlier consolidation read back), saying why", () => {
    const own = readGrid(
      ttm01,
      templateGrid({ values: fullValues, title: templateTitle("TU", "Năm 2022") }),
      {
        file: "tong-hop.xlsx",
      },
    ).report;
    const unit = readGrid(
      ttm01,
      templateGrid({ values: fullValues, title: templateTitle("A", "Năm 2022") }),
      {
        file: "a.xlsx",
      },
    ).report;
    const hierarchy = Hierarchy.build([
      { code: "TU", name: "Tỉnh ủy", kind: "Tỉnh ủy" },
      { code: "A", name: "Huyện ủy A", kind: "Huyện ủy", parent: "TU" },
    ]);
    const result = consolidate(ttm01, [own, unit], { hierarchy, unit: "TU" });
    expect(result.completeness.submitted).toEqual(["A"]);
    expect(result.report.values.BUOI?.value).toBe(fullValues.BUOI);
    expect(result.issues.find((i) => i.code === "CONSOLIDATE.OWN_REPORT")).toMatchObject({
      severity: "warning",
      file: "tong-hop.xlsx",
      message:
        "tong-hop.xlsx: đây là báo cáo của chính đơn vị tổng hợp TU (có thể là tệp tổng hợp lần trước); không tổng hợp lại. Hãy để tệp kết quả ở ngoài thư mục báo cáo của các đơn vị.",
    });
  });

  it("answers a sheet of another kind (a budget) with one error, not 40 missing rows, and no unit", () => {
    const grid = gridOf({
      sheet: "Dự toán",
      rows: [
        ["ỦY BAN NHÂN DÂN HUYỆN CAO LỘC"],
        ["DỰ TOÁN NGÂN SÁCH NĂM 2024", null, null, null, "Đơn vị tính: đồng"],
        ["STT", "Nội dung", "Dự toán năm", "Thực hiện"],
        ["1", "Chi đầu tư phát triển", 40_000_000_000, 28_300_000_000],
        ["2", "Chi thường xuyên", 78_000_000_000, 60_820_500_000],
      ],
    });
    const { report, issues } = readGrid(ttm01, grid, { file: "ngan-sach.xlsx" });
    expect(issues.map((i) => i.code)).toEqual(["READ.NOT_FORM"]);
    expect(report.unmatched?.map((u) => u.text)).toEqual(["Chi đầu tư phát triển", "Chi thường xuyên"]);
    expect(issues[0]?.message).toMatch(
      /^Trang tính “Dự toán” không phải biểu TTM-01 .*không dòng nào \(trong 2 dòng\)/,
    );
    expect(report.values).toEqual({});
    expect(report.unit).toEqual({ foundBy: "none" });
    expect(report.period).toEqual({ foundBy: "none" });
  });

  it("never takes “Đơn vị tính:” (unit of measure) for the reporting unit", () => {
    const rows = templateRows({
      values: fullValues,
      title: [
        ["ĐẢNG BỘ TỈNH LẠNG SƠN"],
        ["HUYỆN ỦY CAO LỘC", null, null, null, "Đơn vị tính: buổi, lượt người"],
        [],
      ],
    });
    const { report } = readGrid(ttm01, gridOf({ rows }));
    expect(report.unit.name).toBe("HUYỆN ỦY CAO LỘC");
  });

  it("warns that a result cell merged over two indicators counts for the first only", () => {
    const first = `E${rowOf("BUOI_BCV")}`;
    const second = `E${rowOf("BUOI_TTVCC")}`;
    const grid = gridOf({
      rows: templateRows({ values: { ...fullValues, BUOI_TTVCC: null } }),
      merges: [`${first}:${second}`, "A1:F1"],
    });
    const { report, issues } = readGrid(ttm01, grid, { file: "gop.xlsx" });
    expect(report.values.BUOI_BCV?.value).toBe(240);
    expect(report.values.BUOI_TTVCC).toBeUndefined();
    const merged = issues.filter((i) => i.code === "READ.MERGED_VALUE");
    expect(merged).toHaveLength(1);
    expect(merged[0]).toMatchObject({
      severity: "warning",
      cell: first,
      indicator: "BUOI_BCV",
      file: "gop.xlsx",
    });
    expect(merged[0]?.message).toBe(
      `Ô kết quả ${first}:${second} được gộp qua 2 chỉ tiêu (4.1 (BUOI_BCV), 4.2 (BUOI_TTVCC)): số (240) chỉ được tính cho mục 4.1 (BUOI_BCV); 4.2 (BUOI_TTVCC) coi như chưa có số liệu. Hãy bỏ gộp ô và ghi số cho từng dòng.`,
    );
  });

  it("says that a hidden row's figure still counts", () => {
    const base = templateGrid({ values: fullValues });
    const hiddenRow = rowOf("BUOI_TTVCS") - 1;
    const { report, issues } = readGrid(ttm01, { ...base, hiddenRows: [hiddenRow, 2, -1, 10_000] });
    expect(report.values.BUOI_TTVCS?.value).toBe(104);
    expect(issues.map((i) => [i.code, i.severity, i.cell])).toEqual([
      ["READ.HIDDEN_ROW", "info", `E${hiddenRow + 1}`],
    ]);
  });

  it("notes the first 50 rows that match no indicator, or repeat one, and counts the rest in one note", () => {
    const rows = templateRows({ values: fullValues });
    const start = rows.length;
    for (let i = 0; i < 120; i++)
      rows.push([String(i + 1), null, `Buổi tuyên truyền tại thôn ${i + 1}`, "buổi", 1]);
    for (let i = 0; i < 60; i++) rows.push([null, "SHCB", "Số kỳ sinh hoạt chi bộ", "kỳ", 2]);
    const { report, issues } = readGrid(ttm01, gridOf({ rows }), { file: "dai.xlsx" });
    expect(report.unmatched).toHaveLength(120);
    expect(report.values.SHCB?.value).toBe(fullValues.SHCB);
    expect(issues.filter((i) => i.code === "READ.ROW_UNMATCHED")).toHaveLength(50);
    expect(issues.filter((i) => i.code === "READ.DUPLICATE_ROW")).toHaveLength(50);
    expect(issues.find((i) => i.code === "READ.ROWS_UNMATCHED")?.message).toBe(
      `Còn 70 dòng khác (từ dòng ${start + 51} đến dòng ${start + 120}) không ứng với chỉ tiêu nào của biểu TTM-01 nên không được tổng hợp. Nếu đó là danh sách hay ghi chú, hãy chuyển sang trang tính khác.`,
    );
    expect(issues.find((i) => i.code === "READ.DUPLICATE_ROWS")).toMatchObject({
      severity: "warning",
      message: `Còn 10 dòng khác (từ dòng ${start + 171} đến dòng ${start + 180}) lặp lại chỉ tiêu đã có của biểu TTM-01; chỉ dòng đầu tiên của mỗi chỉ tiêu được dùng. Hãy xóa các dòng thừa.`,
    });
  });

  it("gives one note per indicator for 100,000 merges over a whole result column, quickly", () => {
    const merges = Array.from({ length: 100_000 }, () => "E1:E1048576");
    const started = performance.now();
    const { issues } = readGrid(ttm01, gridOf({ rows: templateRows({ values: fullValues }), merges }));
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(issues.filter((i) => i.code === "READ.MERGED_VALUE")).toHaveLength(1);
  });

  it("reads a sheet of 20,000 rows and 20,000 merges in bounded time", () => {
    const rows = templateRows({ values: fullValues });
    const merges: string[] = [];
    for (let i = 0; i < 20_000; i++) {
      const r = rows.length + 1;
      rows.push([String(i + 1), null, `Ghi chú số ${i + 1}`]);
      merges.push(`C${r}:D${r}`);
    }
    const grid: Grid = gridOf({ rows, merges });
    const started = performance.now();
    const { report } = readGrid(ttm01, grid);
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(report.values.BUOI?.value).toBe(fullValues.BUOI);
  });
});
