import { describe, expect, it } from "vitest";
import { ttm01 } from "../form/index.js";
import { TonghopError } from "../issue/index.js";
import { fullValues, gridOf, rosterGrid, templateGrid } from "../read/__fixtures__/grids.js";
import { readUnitWorkbook } from "./index.js";

const people = [
  ["1", "Nguyễn Văn An", "Ban Tuyên giáo Tỉnh ủy", "BCV tỉnh", 6, 300, null],
  ["2", "Lê Văn Cường", "Chi bộ Sở Tư pháp", "TTV cốt cán", 5, 150, null],
];
const form = templateGrid({ values: fullValues });
/** The template with only a few rows: read with its header, but fewer indicators found. */
const partial = templateGrid({ values: fullValues, without: ttm01.indicators.slice(5).map((i) => i.code) });
const notes = gridOf({ rows: [["Ghi chú"], ["Số liệu gửi ngày 10/6"]], sheet: "Ghi chú" });

describe("readUnitWorkbook", () => {
  it("takes the sheet with the form's header and the roster sheet, attaching the roster to the report", () => {
    const unit = readUnitWorkbook(
      ttm01,
      [
        { name: "Ghi chú", grid: notes },
        { name: "Báo cáo", grid: form },
        { name: "Danh sách", grid: rosterGrid(people) },
      ],
      { file: "duk.xlsx" },
    );
    expect(unit.sheet).toBe("Báo cáo");
    expect(unit.rosterSheet).toBe("Danh sách");
    expect(unit.roster?.map((p) => p.role)).toEqual(["BCV_TINH", "TTV_CC"]);
    expect(unit.report.roster).toBe(unit.roster);
    expect(unit.report.sheet).toBe("Báo cáo");
    expect(unit.report.file).toBe("duk.xlsx");
    expect(unit.issues.some((i) => i.code === "READ.NO_HEADER")).toBe(false);
  });

  it("prefers a visible form sheet to a hidden one, then the one with more indicators", () => {
    const sheets = [
      { name: "Cũ", hidden: true, grid: form },
      { name: "Mới", grid: partial },
    ];
    expect(readUnitWorkbook(ttm01, sheets).sheet).toBe("Mới");
    expect(
      readUnitWorkbook(ttm01, [
        { name: "Ít", grid: partial },
        { name: "Đủ", grid: form },
      ]).sheet,
    ).toBe("Đủ");
    // A hidden sheet is still read when it is the only one with the form.
    expect(readUnitWorkbook(ttm01, [{ name: "Ghi chú", grid: notes }, sheets[0]!]).sheet).toBe("Cũ");
  });

  it("prefers a visible roster sheet to a hidden one", () => {
    const unit = readUnitWorkbook(ttm01, [
      { name: "DS cũ", hidden: true, grid: rosterGrid(people.slice(0, 1)) },
      { name: "Báo cáo", grid: form },
      { name: "DS", grid: rosterGrid(people) },
    ]);
    expect(unit.rosterSheet).toBe("DS");
    expect(unit.roster).toHaveLength(2);
  });

  it("without the form's header gives the report with READ.NO_HEADER and no form sheet", () => {
    const unit = readUnitWorkbook(ttm01, [{ name: "Ghi chú", grid: notes }], { file: "x.xlsx" });
    expect(unit.sheet).toBeUndefined();
    expect(unit.report.values).toEqual({});
    expect(unit.issues.map((i) => i.code)).toContain("READ.NO_HEADER");
  });

  it("reads the sheet the caller names as the form, even one that looks like a roster", () => {
    const roster = rosterGrid(people);
    const unit = readUnitWorkbook(
      ttm01,
      [
        { name: "Danh sách", grid: roster },
        { name: "Báo cáo", grid: form },
      ],
      { formSheet: "Danh sách" },
    );
    expect(unit.sheet).toBeUndefined();
    expect(unit.rosterSheet).toBeUndefined();
    expect(unit.report.sheet).toBe("Danh sách");
  });

  it("throws READ.NO_SHEET when no sheet is left to read as the form", () => {
    const only = [{ name: "Danh sách", grid: rosterGrid(people) }];
    expect(() => readUnitWorkbook(ttm01, only, { file: "ds.xlsx" })).toThrow(TonghopError);
    expect(() => readUnitWorkbook(ttm01, [], { file: "ds.xlsx" })).toThrow(/"ds.xlsx" không có trang tính/);
  });
});
