import { describe, expect, it } from "vitest";
import { ttm01 } from "../form/index.js";
import { fullValues, gridOf, rosterGrid, templateGrid } from "../read/__fixtures__/grids.js";
import { validate } from "../validate/index.js";
import { checkUnit, readUnitWorkbook } from "./index.js";

const people = [
  ["1", "Nguyễn Văn An", "Ban Tuyên giáo Tỉnh ủy", "BCV tỉnh", 6, 300, null],
  ["2", "Lê Văn Cường", "Chi bộ Sở Tư pháp", "TTV cốt cán", 5, 150, null],
];

describe("checkUnit", () => {
  it("adds the form's rules and the roster against the form to what reading found, with the file, sorted", () => {
    const unit = readUnitWorkbook(ttm01, [
      { name: "Báo cáo", grid: templateGrid({ values: fullValues }) },
      { name: "Danh sách", grid: rosterGrid(people) },
    ]);
    const issues = checkUnit(ttm01, unit, { file: "duk.xlsx" });
    const roster = issues.filter((i) => i.code === "ROSTER.MISMATCH");
    // The form says 4 provincial reporters and 30 core propagandists; the roster lists one of each.
    expect(roster.map((i) => i.indicator)).toEqual(expect.arrayContaining(["BCV_TINH", "TTV_CC"]));
    expect(roster.every((i) => i.file === "duk.xlsx" && i.sheet === "Báo cáo")).toBe(true);
    const rules = validate(ttm01, unit.report, { file: "duk.xlsx" });
    expect(issues).toHaveLength(unit.issues.length + rules.length + roster.length);
    expect(issues.every((i) => i.file === "duk.xlsx")).toBe(true);
  });

  it("without a roster sheet checks only reading and the rules", () => {
    const unit = readUnitWorkbook(ttm01, [{ name: "Báo cáo", grid: templateGrid({ values: fullValues }) }]);
    expect(checkUnit(ttm01, unit).some((i) => i.code.startsWith("ROSTER."))).toBe(false);
  });

  it("says only READ.NO_HEADER of a workbook without the form's header, not every rule against an empty report", () => {
    const notes = gridOf({ rows: [["Ghi chú"], ["Số liệu gửi ngày 10/6"]], sheet: "Ghi chú" });
    const unit = readUnitWorkbook(ttm01, [
      { name: "Ghi chú", grid: notes },
      { name: "Danh sách", grid: rosterGrid(people) },
    ]);
    expect(checkUnit(ttm01, unit).map((i) => i.code)).toEqual(unit.issues.map((i) => i.code));
    expect(unit.issues.map((i) => i.code)).toContain("READ.NO_HEADER");
  });
});
