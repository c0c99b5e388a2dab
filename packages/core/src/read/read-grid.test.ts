import { describe, expect, it } from "vitest";
import { ttm01 } from "../form/ttm01.js";
import { Hierarchy } from "../hierarchy/index.js";
import {
  fullValues,
  gridOf,
  langSon,
  messyGrid,
  type Row,
  seed000Grid,
  seed004Grid,
  TEMPLATE_HEADER,
  templateGrid,
  templateTitle,
} from "./__fixtures__/grids.js";
import { readGrid } from "./index.js";

const entered = ttm01.indicators.filter((i) => i.kind !== "derived").map((i) => i.code);
const codesOf = (issues: readonly { code: string }[], code: string) =>
  issues.filter((i) => i.code === code) as { indicator?: string; cell?: string }[];
const missing = (issues: readonly { code: string; indicator?: string }[]) =>
  issues
    .filter((i) => i.code === "READ.INDICATOR_MISSING")
    .map((i) => i.indicator)
    .sort();

describe("readGrid: the clean TTM-01 template", () => {
  const { report, issues } = readGrid(ttm01, templateGrid({ values: fullValues }), { file: "tp.xlsx" });

  it("reads all 44 indicators by code with no issue", () => {
    expect(issues).toEqual([]);
    expect(Object.keys(report.values)).toEqual(ttm01.indicators.map((i) => i.code));
    for (const [code, value] of Object.entries(fullValues)) expect(report.values[code]?.value).toBe(value);
    expect(report.values.BCV).toEqual({
      value: 20,
      approximate: false,
      cell: "E9",
      raw: 20,
      source: "entered",
    });
    // The order JSON output has always written a value's keys in.
    expect(Object.keys(report.values.BCV!)).toEqual(["cell", "raw", "source", "value", "approximate"]);
    expect(report.values.NGHE_TB).toMatchObject({ value: 43.9, cell: "E55" });
    expect(report.unmatched).toEqual([]);
  });

  it("lays out the header, every column role and every row in sheet coordinates", () => {
    expect(report.layout).toMatchObject({
      headerRow: 6,
      columns: {
        stt: 0,
        code: 1,
        label: 2,
        unit: 3,
        result: 4,
        plan: 5,
        planPercent: 6,
        lastYear: 7,
        lastYearPercent: 8,
        note: 9,
      },
    });
    expect(report.layout?.rows).toMatchObject({ BCV: 8, TTV_CC: 14, BUOI: 18, LG_BUOI: 30, BT_CUON_TB: 57 });
    expect(Object.keys(report.layout?.rows ?? {})).toHaveLength(44);
  });

  it("takes the unit and period from the template's cells, and the file and sheet", () => {
    expect(report.unit).toEqual({ code: "TP_LS", name: "THÀNH ỦY LẠNG SƠN", foundBy: "cell" });
    expect(report.period).toEqual({ id: "2022Q1", text: "Quý I/2022", foundBy: "cell" });
    expect(report).toMatchObject({ form: "TTM-01", file: "tp.xlsx", sheet: "TTM-01" });
  });

  it("converts grid indices to sheet addresses from the grid's origin, and keeps formulas", () => {
    const grid = templateGrid({ values: fullValues, origin: "B3", formulas: { F21: "=SUM(F22:F25)" } });
    const { report: shifted } = readGrid(ttm01, grid);
    expect(shifted.layout?.headerRow).toBe(8);
    expect(shifted.layout?.columns.result).toBe(5);
    expect(shifted.layout?.rows.BUOI).toBe(20);
    expect(shifted.values.BUOI).toEqual({
      value: 1059,
      approximate: false,
      cell: "F21",
      raw: 1059,
      formula: "=SUM(F22:F25)",
      source: "entered",
    });
    expect(Object.keys(shifted.values.BUOI!)).toEqual([
      "cell",
      "raw",
      "source",
      "formula",
      "value",
      "approximate",
    ]);
  });

  it("reads the plan and same-period-last-year columns", () => {
    const grid = templateGrid({ values: fullValues, plan: { BUOI: 1200 }, lastYear: { BUOI: "1.000" } });
    const { report: withPlan } = readGrid(ttm01, grid);
    expect(withPlan.plan).toEqual({
      BUOI: { value: 1200, approximate: false, cell: "F19", raw: 1200, source: "entered" },
    });
    expect(withPlan.lastYear).toEqual({
      BUOI: { value: 1000, approximate: false, cell: "H19", raw: "1.000", source: "entered" },
    });
  });
});

describe("readGrid: seed 000 (Đảng ủy Khối các cơ quan tỉnh Lạng Sơn, năm 2022)", () => {
  const { report, issues } = readGrid(ttm01, seed000Grid(), { file: "duk-2022.xlsx" });

  it("matches NFD labels in the old tone placement and reads numerals typed as text", () => {
    expect(report.values).toEqual({
      BUOI: {
        value: 1059,
        approximate: false,
        cell: "D9",
        raw: 1059,
        formula: "=SUM(D10:D13)",
        source: "entered",
      },
      BUOI_BCV: { value: 240, approximate: false, cell: "D10", raw: "240", source: "entered" },
      BUOI_TTVCC: { value: 199, approximate: false, cell: "D11", raw: "199", source: "entered" },
      BUOI_CAPUY: { value: 516, approximate: false, cell: "D12", raw: "516", source: "entered" },
      BUOI_TTVCS: { value: 104, approximate: false, cell: "D13", raw: "104", source: "entered" },
      NGHE_BCV: { value: 14000, approximate: true, cell: "D15", raw: "trên 14.000", source: "entered" },
      NGHE_TTVCC: { value: 8700, approximate: true, cell: "D16", raw: "trên 8.700", source: "entered" },
      NGHE_CAPUY: {
        value: 20000,
        approximate: false,
        cell: "D17",
        raw: 20000,
        formula: "=11800+8200",
        source: "entered",
      },
      NGHE_TTVCS: { value: 3768, approximate: false, cell: "D18", raw: "3.768", source: "entered" },
    });
    const sessions = ["BUOI_BCV", "BUOI_TTVCC", "BUOI_CAPUY", "BUOI_TTVCS"].map(
      (c) => report.values[c]!.value!,
    );
    expect(sessions.reduce((a, b) => a + b)).toBe(1059);
  });

  it("keeps the empty total row as a row without a value, not a zero and not a missing row", () => {
    expect(report.layout?.rows.NGHE).toBe(13);
    expect(report.values.NGHE).toBeUndefined();
    expect(issues.some((i) => i.indicator === "NGHE")).toBe(false);
  });

  it("warns of each entered indicator the sheet lacks, and of nothing else", () => {
    const present = Object.keys(report.layout?.rows ?? {});
    expect(missing(issues)).toEqual(entered.filter((c) => !present.includes(c)).sort());
    expect(missing(issues)).toHaveLength(30);
    expect(issues.every((i) => i.code === "READ.INDICATOR_MISSING" && i.severity === "warning")).toBe(true);
    expect(issues.every((i) => i.file === "duk-2022.xlsx" && i.sheet === "Năm 2022")).toBe(true);
  });

  it("takes the issuing unit under the superior body, and the year from the title, not the date line", () => {
    expect(report.unit).toEqual({ name: "ĐẢNG UỶ KHỐI CÁC CƠ QUAN TỈNH", foundBy: "title" });
    expect(report.period).toEqual({
      id: "2022",
      text: "Tổng kết công tác tuyên truyền miệng năm 2022",
      foundBy: "title",
    });
  });

  it("finds the unit in the hierarchy whatever the tone placement", () => {
    const { report: known, issues: found } = readGrid(ttm01, seed000Grid(), { hierarchy: langSon() });
    expect(known.unit).toEqual({ code: "DUK", name: "Đảng ủy Khối các cơ quan tỉnh", foundBy: "hierarchy" });
    expect(found.filter((i) => i.code.startsWith("READ.UNIT"))).toEqual([]);
  });
});

describe("readGrid: a messy sheet", () => {
  const { report, issues } = readGrid(ttm01, messyGrid(), { file: "vanquan.xlsx", hierarchy: langSon() });
  const value = (code: string) => report.values[code];

  it("finds the header by other words (Nội dung, Số lượng) under a merged title", () => {
    expect(report.layout?.headerRow).toBe(5);
    expect(report.layout?.columns).toEqual({ stt: 0, label: 1, unit: 2, result: 3, note: 4 });
  });

  it("matches rows through bullets, STT styles, abbreviations, TCVN3 and moved rows", () => {
    expect(report.layout?.rows).toEqual({
      BCV: 7,
      BCV_TINH: 9,
      BCV_CS: 10,
      TTV_CC: 11,
      TTV: 12,
      BUOI: 15,
      BUOI_TTVCC: 16,
      BUOI_BCV: 17,
      NGHE: 18,
      NGHE_BCV: 19,
      NGHE_TTVCC: 20,
      HNBCV: 23,
      HNBCV_TRUCTIEP: 24,
      HNBCV_TRUCTUYEN: 25,
      HN_TIEPSONG: 26,
      HNTTTS: 27,
    });
    expect(value("BCV_CS")).toEqual({
      value: 10,
      approximate: false,
      cell: "D11",
      raw: "10",
      source: "entered",
    });
    expect(value("TTV_CC")).toMatchObject({ value: 15, cell: "D12" });
    expect(value("TTV")).toMatchObject({ value: 40, cell: "D13" });
    expect(value("BUOI")).toMatchObject({ value: 30, cell: "D16" });
    expect(value("BUOI_TTVCC")).toMatchObject({ value: 12, cell: "D17" });
    expect(value("BUOI_BCV")).toMatchObject({ value: 18, cell: "D18" });
    expect(value("NGHE")).toMatchObject({ value: 1500, raw: "1.500", approximate: false });
  });

  it("gives bare children to the parent above them", () => {
    expect(value("NGHE_BCV")).toMatchObject({ value: 900, cell: "D20" });
    expect(value("NGHE_TTVCC")).toEqual({
      value: 600,
      approximate: true,
      cell: "D21",
      raw: "khoảng 600",
      source: "entered",
    });
    expect(value("HNBCV_TRUCTIEP")).toMatchObject({ value: 2, cell: "D25" });
    expect(value("HNBCV_TRUCTUYEN")).toMatchObject({ value: 1, cell: "D26" });
  });

  it("keeps a formula error and unreadable text as null values with issues", () => {
    expect(value("HN_TIEPSONG")).toEqual({
      value: null,
      approximate: false,
      cell: "D27",
      raw: "#REF!",
      source: "entered",
    });
    expect(value("HNTTTS")).toMatchObject({ value: null, raw: "hàng tháng", cell: "D28" });
    const error = issues.find((i) => i.code === "VALUE.FORMULA_ERROR");
    expect(error).toMatchObject({
      severity: "error",
      cell: "D27",
      indicator: "HN_TIEPSONG",
      file: "vanquan.xlsx",
    });
    expect(error?.message).toContain("#REF!");
    const unreadable = issues.find((i) => i.code === "VALUE.UNREADABLE");
    expect(unreadable).toMatchObject({
      severity: "warning",
      cell: "D28",
      indicator: "HNTTTS",
      sheet: "Quý II",
    });
    expect(unreadable?.message).toContain("hàng tháng");
    expect(unreadable?.messageEn).toContain("D28");
  });

  it("reports the row that matches nothing, and skips notes, blanks and the signature block", () => {
    expect(report.unmatched).toEqual([{ row: 21, cell: "B22", text: "Số buổi chiếu phim lưu động" }]);
    const info = issues.filter((i) => i.severity === "info");
    expect(info).toHaveLength(1);
    expect(info[0]).toMatchObject({ code: "READ.ROW_UNMATCHED", cell: "B22" });
    expect(info[0]?.message).toContain("Số buổi chiếu phim lưu động");
  });

  it("reads the unit through the hierarchy and the quarter from the title", () => {
    expect(report.unit).toEqual({ code: "HU_VQ", name: "Huyện ủy Văn Quan", foundBy: "hierarchy" });
    expect(report.period).toMatchObject({ id: "2024Q2", foundBy: "title" });
  });

  it("has no issue other than these and the rows the sheet lacks", () => {
    const others = issues.filter((i) => i.code !== "READ.INDICATOR_MISSING").map((i) => i.code);
    expect(others.sort()).toEqual(["READ.ROW_UNMATCHED", "VALUE.FORMULA_ERROR", "VALUE.UNREADABLE"]);
    expect(missing(issues)).toContain("BUOI_CAPUY");
    expect(missing(issues)).not.toContain("NGHE_TB");
  });
});

describe("readGrid: seed 004 (Thành ủy Lạng Sơn, quý I/2022)", () => {
  it("reads the three filled rows of the template and nothing for its empty rows", () => {
    const { report, issues } = readGrid(ttm01, seed004Grid(), { hierarchy: langSon() });
    expect(issues).toEqual([]);
    expect(report.values).toEqual({
      LG_BUOI: { value: 350, approximate: false, cell: "E31", raw: 350, source: "entered" },
      LG_NGHE: { value: 12000, approximate: true, cell: "E32", raw: "hơn 12.000", source: "entered" },
      HN_TIEPSONG: { value: 4, approximate: false, cell: "E38", raw: 4, source: "entered" },
    });
    expect(report.unit).toEqual({ code: "TP_LS", name: "Thành ủy Lạng Sơn", foundBy: "hierarchy" });
    expect(report.period).toEqual({
      id: "2022Q1",
      text: "BÁO CÁO GIAO BAN CÔNG TÁC TUYÊN GIÁO QUÝ I/2022",
      foundBy: "title",
    });
  });

  it("lets a given period win, and says so when the sheet states another", () => {
    const same = readGrid(ttm01, seed004Grid(), { hierarchy: langSon(), period: "Quý I/2022" });
    expect(same.report.period).toEqual({ id: "2022Q1", text: "Quý I/2022", foundBy: "given" });
    expect(same.issues).toEqual([]);
    const other = readGrid(ttm01, seed004Grid(), { hierarchy: langSon(), period: "2022Q2" });
    expect(other.report.period).toEqual({ id: "2022Q2", text: "2022Q2", foundBy: "given" });
    expect(other.issues).toEqual([
      expect.objectContaining({ code: "READ.PERIOD_MISMATCH", severity: "warning", cell: "A4" }),
    ]);
  });

  it("reports a given period that is not one and keeps the sheet's", () => {
    const { report, issues } = readGrid(ttm01, seed004Grid(), { period: "quý năm" });
    expect(report.period.id).toBe("2022Q1");
    expect(codesOf(issues, "READ.PERIOD_INVALID")).toHaveLength(1);
  });
});

describe("readGrid: unit and period problems", () => {
  it("asks when two units match the issuing unit's name", () => {
    const twoProvinces = Hierarchy.build([
      { code: "LS", name: "Tỉnh ủy Lạng Sơn", kind: "Tỉnh ủy" },
      { code: "CB", name: "Tỉnh ủy Cao Bằng", kind: "Tỉnh ủy" },
      { code: "LS_DUK", name: "Đảng ủy Khối các cơ quan tỉnh", kind: "Đảng ủy Khối", parent: "LS" },
      { code: "CB_DUK", name: "Đảng ủy Khối các cơ quan tỉnh", kind: "Đảng ủy Khối", parent: "CB" },
    ]);
    const { report, issues } = readGrid(ttm01, seed000Grid(), { hierarchy: twoProvinces });
    expect(report.unit).toEqual({ name: "ĐẢNG UỶ KHỐI CÁC CƠ QUAN TỈNH", foundBy: "title" });
    const ambiguous = issues.find((i) => i.code === "READ.UNIT_AMBIGUOUS");
    expect(ambiguous).toMatchObject({ severity: "warning", cell: "A2" });
    expect(ambiguous?.message).toContain("LS_DUK");
    expect(ambiguous?.message).toContain("CB_DUK");
  });

  it("says when no unit matches, and falls back on the file name", () => {
    const units = Hierarchy.build([{ code: "X", name: "Đảng ủy xã Hữu Lũng", kind: "Đảng ủy xã" }]);
    const unknown = readGrid(ttm01, seed000Grid(), { hierarchy: units });
    expect(unknown.report.unit).toEqual({ name: "ĐẢNG UỶ KHỐI CÁC CƠ QUAN TỈNH", foundBy: "title" });
    expect(codesOf(unknown.issues, "READ.UNIT_UNKNOWN")).toEqual([expect.objectContaining({ cell: "A2" })]);
    const byFile = readGrid(ttm01, seed000Grid(), {
      hierarchy: units,
      file: "bao-cao/Đảng ủy xã Hữu Lũng.xlsx",
    });
    expect(byFile.report.unit).toEqual({ code: "X", name: "Đảng ủy xã Hữu Lũng", foundBy: "file" });
    expect(codesOf(byFile.issues, "READ.UNIT_UNKNOWN")).toEqual([]);
  });

  it("says when a unit code cell names no unit of the hierarchy", () => {
    const { report, issues } = readGrid(
      ttm01,
      templateGrid({ values: fullValues, title: templateTitle("ZZ", "2022") }),
      {
        hierarchy: langSon(),
      },
    );
    expect(report.unit).toMatchObject({ code: "ZZ", foundBy: "cell" });
    expect(issues).toEqual([expect.objectContaining({ code: "READ.UNIT_UNKNOWN", cell: "B3" })]);
  });

  it("warns when the heading names neither unit nor period", () => {
    const rows: Row[] = [TEMPLATE_HEADER, ["1", "BCV", "Tổng số báo cáo viên", "người", 5]];
    const { report, issues } = readGrid(ttm01, gridOf({ rows }));
    expect(report.unit).toEqual({ foundBy: "none" });
    expect(report.period).toEqual({ foundBy: "none" });
    expect(codesOf(issues, "READ.UNIT_UNKNOWN")).toHaveLength(1);
    expect(codesOf(issues, "READ.PERIOD_UNKNOWN")).toHaveLength(1);
  });
});

describe("readGrid: missing rows and sheets that are not the form", () => {
  it("warns once for a missing entered row and never for a missing derived row", () => {
    const grid = templateGrid({ values: fullValues, without: ["BUOI_TTVCS", "NGHE_TB", "BT_CUON_TB"] });
    const { report, issues } = readGrid(ttm01, grid);
    expect(issues).toEqual([
      expect.objectContaining({
        code: "READ.INDICATOR_MISSING",
        severity: "warning",
        indicator: "BUOI_TTVCS",
        sheet: "TTM-01",
      }),
    ]);
    expect(issues[0]?.message).toContain("không phải bằng 0");
    expect(report.values.BUOI_TTVCS).toBeUndefined();
  });

  it("does not ask district reporters of a period after 1/7/2025", () => {
    const grid = templateGrid({
      values: fullValues,
      without: ["BCV_HUYEN"],
      title: templateTitle("TP_LS", "6 tháng cuối năm 2025"),
    });
    const { report, issues } = readGrid(ttm01, grid);
    expect(report.period).toMatchObject({ id: "2025S2", foundBy: "cell" });
    expect(issues).toEqual([]);
  });

  it("answers an empty grid with an empty-sheet error and an empty report", () => {
    const { report, issues } = readGrid(
      ttm01,
      { origin: "A1", values: [[null, "  "], []] },
      { file: "rong.xlsx", sheet: "Sheet1" },
    );
    expect(report.values).toEqual({});
    expect(report.layout).toBeUndefined();
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({
      code: "READ.EMPTY_SHEET",
      severity: "error",
      file: "rong.xlsx",
      sheet: "Sheet1",
    });
    expect(issues[0]?.message).toBe(
      "Trang tính “Sheet1” không có dữ liệu. Hãy kiểm tra đã gửi đúng tệp báo cáo TTM-01, hoặc điền số liệu vào mẫu biểu.",
    );
  });

  it("answers a grid with text but no header with a no-header error naming the columns it needs", () => {
    const { report, issues } = readGrid(
      ttm01,
      { origin: "A1", values: [["Danh sách"], ["1", "Nguyễn Văn A"]] },
      { file: "ds.xlsx", sheet: "Sheet1" },
    );
    expect(report.layout).toBeUndefined();
    expect(issues.map((i) => i.code)).toEqual(["READ.NO_HEADER"]);
    expect(issues[0]?.message).toContain("“Chỉ tiêu”");
    expect(issues[0]?.message).toContain("“Kết quả”");
  });

  it("answers a sheet without a result column with a no-header error", () => {
    const rows: Row[] = [
      ["BÁO CÁO TỔNG KẾT NĂM 2022"],
      ["STT", "Chỉ tiêu", "Ghi chú"],
      ["1", "Tổng số báo cáo viên", "12 người"],
    ];
    const { report, issues } = readGrid(ttm01, gridOf({ rows }));
    expect(issues.map((i) => i.code)).toEqual(["READ.NO_HEADER"]);
    expect(report.period).toMatchObject({ id: "2022", foundBy: "title" });
  });
});

describe("readGrid: headers and rows as units write them", () => {
  const headed = (header: Row[], rows: Row[], merges: string[] = []) =>
    gridOf({ rows: [...header, ...rows], merges });

  it("reads a two-row header: Kết quả merged over Thực hiện and Kế hoạch năm", () => {
    const grid = headed(
      [
        ["STT", "Chỉ tiêu", "Kết quả", null, "Ghi chú"],
        [null, null, "Thực hiện", "Kế hoạch năm", null],
      ],
      [["1", "Tổng số báo cáo viên", 12, 15]],
      ["A1:A2", "B1:B2", "C1:D1", "E1:E2"],
    );
    const { report } = readGrid(ttm01, grid);
    expect(report.layout).toMatchObject({
      headerRow: 0,
      columns: { stt: 0, label: 1, result: 2, plan: 3, note: 4 },
    });
    expect(report.values.BCV).toMatchObject({ value: 12, cell: "C3" });
    expect(report.plan?.BCV).toMatchObject({ value: 15, cell: "D3" });
  });

  it("reads child labels written in the second column of a merged Nội dung header", () => {
    const grid = headed(
      [["TT", "Nội dung", null, "Số liệu"]],
      [
        ["8", "Hội nghị báo cáo viên do đơn vị tổ chức", null, 3],
        [null, null, "- Trực tiếp", 2],
        [null, null, "- Trực tuyến", "01"],
      ],
      ["B1:C1"],
    );
    const { report } = readGrid(ttm01, grid);
    expect(report.values.HNBCV_TRUCTIEP).toMatchObject({ value: 2, cell: "D3" });
    expect(report.values.HNBCV_TRUCTUYEN).toMatchObject({ value: 1, cell: "D4", raw: "01" });
  });

  it("gives the same bare label to the parent above it", () => {
    const grid = headed(
      [["STT", "Chỉ tiêu", "Thực hiện"]],
      [
        ["4", "Tổng số buổi tuyên truyền miệng", 30],
        ["+", "Báo cáo viên", 5],
        ["+", "Cấp ủy cơ sở", 25],
        ["5", "Tổng số lượt người nghe", 900],
        ["+", "Báo cáo viên", 200],
        ["+", "Cấp uỷ cơ sở", 700],
      ],
    );
    const { report, issues } = readGrid(ttm01, grid);
    expect(report.values.BUOI_BCV).toMatchObject({ value: 5, cell: "C3" });
    expect(report.values.BUOI_CAPUY).toMatchObject({ value: 25, cell: "C4" });
    expect(report.values.NGHE_BCV).toMatchObject({ value: 200, cell: "C6" });
    expect(report.values.NGHE_CAPUY).toMatchObject({ value: 700, cell: "C7" });
    expect(issues.filter((i) => i.severity !== "warning" || i.code !== "READ.INDICATOR_MISSING")).toEqual([
      expect.objectContaining({ code: "READ.PERIOD_UNKNOWN" }),
      expect.objectContaining({ code: "READ.UNIT_UNKNOWN" }),
    ]);
  });

  it("takes neither of two indicators a bare label could be, and says so", () => {
    const grid = headed(
      [["STT", "Chỉ tiêu", "Kết quả"]],
      [
        ["I", "ĐỘI NGŨ BÁO CÁO VIÊN, TUYÊN TRUYỀN VIÊN"],
        ["-", "Báo cáo viên", 12],
      ],
    );
    const { report, issues } = readGrid(ttm01, grid);
    expect(report.values).toEqual({});
    expect(report.unmatched).toEqual([{ row: 2, cell: "B3", text: "Báo cáo viên" }]);
    const ambiguous = issues.find((i) => i.code === "READ.ROW_AMBIGUOUS");
    expect(ambiguous).toMatchObject({ severity: "info", cell: "B3" });
    expect(ambiguous?.message).toContain("BCV");
  });

  it("keeps the first of two rows of the same indicator", () => {
    const grid = headed(
      [["STT", "Chỉ tiêu", "Kết quả"]],
      [
        ["1", "Tổng số báo cáo viên", 12],
        ["1", "Tổng số BCV", 13],
      ],
    );
    const { report, issues } = readGrid(ttm01, grid);
    expect(report.values.BCV).toMatchObject({ value: 12, cell: "C2" });
    expect(issues.find((i) => i.code === "READ.DUPLICATE_ROW")).toMatchObject({
      severity: "warning",
      cell: "B3",
      indicator: "BCV",
    });
  });

  it("matches by code first, falls back on the label for an unknown code, and reads synonyms", () => {
    const grid = headed(
      [["Mã", "Nội dung", "Số lượng"]],
      [
        ["BUOI_BCV", "Số buổi do đồng chí báo cáo viên nói", 7],
        ["X9", "Tổng số tuyên truyền viên", 40],
        [null, "Hội nghị tiếp sóng", 4],
        [null, "Tong so bao cao vien", 3],
      ],
    );
    const { report } = readGrid(ttm01, grid);
    expect(report.values.BUOI_BCV).toMatchObject({ value: 7 });
    expect(report.values.TTV).toMatchObject({ value: 40 });
    expect(report.values.HN_TIEPSONG).toMatchObject({ value: 4 });
    expect(report.values.BCV).toMatchObject({ value: 3 });
  });

  it("decodes TCVN3 text with the font given for the whole sheet", () => {
    const grid = headed(
      [["STT", "ChØ ti\u00aau", "KÕt qu\u00b6"]],
      [["1", "T\u00e6ng s\u00e8 b\u00b8o c\u00b8o vi\u00aan", "12"]],
    );
    const { report } = readGrid(ttm01, grid, { font: ".VnTime" });
    expect(report.values.BCV).toMatchObject({ value: 12, cell: "C2" });
  });
});
