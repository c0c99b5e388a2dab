import { describe, expect, it } from "vitest";
import { defineForm } from "../form/define-form.js";
import { ttm01 } from "../form/ttm01.js";
import { TonghopError } from "../issue/index.js";
import { gridOf, type Row, rosterGrid, seed000Grid, templateGrid } from "../read/__fixtures__/grids.js";
import { readGrid } from "../read/index.js";
import { checkRoster, isRosterGrid, readRoster } from "./index.js";

const people: Row[] = [
  ["1", "Nguyễn Văn An", "Ban Tuyên giáo Tỉnh ủy", "BCV tỉnh", 6, 300, null],
  ["2", "Trần Thị Bình", "Sở Nội vụ", "Báo cáo viên cấp tỉnh", "6", "trên 220", null],
  ["3", "Lê Văn Cường", "Chi bộ Sở Tư pháp", "TTV cốt cán", 5, 150, null],
  ["4", "Hoàng Thị Dung", "Chi bộ Sở Y tế", "Tuyên truyền viên nòng cốt", 4, "120", null],
  ["5", "Phạm Văn Em", "Chi bộ Sở Xây dựng", "ttv cốt cán", 3, 90, null],
  [null, "Tổng cộng", null, null, 24, 880, null],
];

describe("readRoster", () => {
  it("reads each person with the role id, sessions and listeners, leaving out the total row", () => {
    const { roster, issues } = readRoster(ttm01, rosterGrid(people), { file: "duk.xlsx" });
    expect(issues).toEqual([]);
    expect(roster).toEqual([
      {
        name: "Nguyễn Văn An",
        unit: "Ban Tuyên giáo Tỉnh ủy",
        role: "BCV_TINH",
        sessions: 6,
        listeners: 300,
        cell: "B2",
      },
      { name: "Trần Thị Bình", unit: "Sở Nội vụ", role: "BCV_TINH", sessions: 6, listeners: 220, cell: "B3" },
      {
        name: "Lê Văn Cường",
        unit: "Chi bộ Sở Tư pháp",
        role: "TTV_CC",
        sessions: 5,
        listeners: 150,
        cell: "B4",
      },
      {
        name: "Hoàng Thị Dung",
        unit: "Chi bộ Sở Y tế",
        role: "TTV_CC",
        sessions: 4,
        listeners: 120,
        cell: "B5",
      },
      {
        name: "Phạm Văn Em",
        unit: "Chi bộ Sở Xây dựng",
        role: "TTV_CC",
        sessions: 3,
        listeners: 90,
        cell: "B6",
      },
    ]);
  });

  it("takes the role from a group heading when there is no Loại column", () => {
    const grid = gridOf({
      rows: [
        ["DANH SÁCH BÁO CÁO VIÊN, TUYÊN TRUYỀN VIÊN NĂM 2022"],
        ["TT", "Họ tên", "Số buổi"],
        ["I", "Báo cáo viên cấp tỉnh"],
        ["1", "Nguyễn Văn An", 6],
        ["II", "Tuyên truyền viên cốt cán"],
        ["1", "Lê Văn Cường", "05"],
      ],
    });
    const { roster } = readRoster(ttm01, grid);
    expect(roster.map((e) => [e.name, e.role, e.sessions, e.listeners])).toEqual([
      ["Nguyễn Văn An", "BCV_TINH", 6, null],
      ["Lê Văn Cường", "TTV_CC", 5, null],
    ]);
  });

  it("says which role it cannot tell and which figure it cannot read", () => {
    const grid = rosterGrid([
      ["1", "Nguyễn Văn An", null, "Cơ sở", "nhiều", 30],
      ["2", "Trần Thị Bình", null, "BCV huyện", 2, "#VALUE!"],
    ]);
    const { roster, issues } = readRoster(ttm01, grid, { sheet: "DS" });
    expect(roster.map((e) => [e.role, e.sessions, e.listeners])).toEqual([
      [undefined, null, 30],
      ["BCV_HUYEN", 2, null],
    ]);
    expect(issues.map((i) => [i.code, i.cell, i.severity])).toEqual([
      ["VALUE.FORMULA_ERROR", "F3", "error"],
      ["ROSTER.ROLE_UNKNOWN", "D2", "warning"],
      ["VALUE.UNREADABLE", "E2", "warning"],
    ]);
    expect(issues.every((i) => i.sheet === "DS")).toBe(true);
  });

  it("answers a sheet without a roster header with an error", () => {
    const { roster, issues } = readRoster(ttm01, seed000Grid());
    expect(roster).toEqual([]);
    expect(issues.map((i) => i.code)).toEqual(["ROSTER.NO_HEADER"]);
  });

  it("throws only for a form without a roster", () => {
    const { roster: _, ...noRoster } = ttm01;
    const form = defineForm(JSON.parse(JSON.stringify(noRoster)));
    expect(() => readRoster(form, rosterGrid(people))).toThrow(TonghopError);
    expect(isRosterGrid(form, rosterGrid(people))).toBe(false);
  });
});

describe("isRosterGrid", () => {
  it("tells the roster from a form sheet", () => {
    expect(isRosterGrid(ttm01, rosterGrid(people))).toBe(true);
    expect(isRosterGrid(ttm01, templateGrid())).toBe(false);
    expect(isRosterGrid(ttm01, seed000Grid())).toBe(false);
    expect(isRosterGrid(ttm01, { origin: "A1", values: [] })).toBe(false);
  });
});

describe("checkRoster", () => {
  const report = readGrid(
    ttm01,
    templateGrid({
      values: {
        BCV_TW: 0,
        BCV_TINH: 2,
        BCV_HUYEN: 0,
        BCV_CS: 0,
        TTV_CC: 4,
        BUOI_BCV: 10,
        BUOI_TTVCC: 12,
        NGHE_BCV: "trên 500",
        NGHE_TTVCC: 360,
      },
    }),
    { file: "duk.xlsx" },
  ).report;
  const { roster } = readRoster(ttm01, rosterGrid(people));

  it("flags each count and sum of the roster that disagrees with the form, naming both and the cell", () => {
    const issues = checkRoster(ttm01, report, roster);
    expect(issues.map((i) => [i.code, i.severity, i.indicator, i.cell])).toEqual([
      ["ROSTER.MISMATCH", "error", "TTV_CC", "E15"],
      ["ROSTER.MISMATCH", "error", "BUOI_BCV", "E20"],
      ["ROSTER.MISMATCH", "warning", "NGHE_BCV", "E25"],
    ]);
    const [count, sessions] = issues;
    expect(count?.message).toContain("là 3");
    expect(count?.message).toContain("là 4 (ô E15)");
    expect(count?.message).toContain("Trong đó: tuyên truyền viên cốt cán");
    expect(sessions?.message).toContain("là 12");
    expect(sessions?.message).toContain("là 10 (ô E20)");
    expect(issues.every((i) => i.file === "duk.xlsx" && i.sheet === "TTM-01")).toBe(true);
  });

  it("finds nothing when the roster agrees", () => {
    const agreeing = readGrid(
      ttm01,
      templateGrid({
        values: { BCV_TINH: 2, TTV_CC: 3, BUOI_BCV: 12, BUOI_TTVCC: 12, NGHE_BCV: 520, NGHE_TTVCC: 360 },
      }),
    ).report;
    expect(checkRoster(ttm01, agreeing, roster)).toEqual([]);
  });

  it("says nothing of propagandists on a roster of reporters only, nor of unreadable figures", () => {
    const reporters = readRoster(
      ttm01,
      rosterGrid([
        ["1", "Nguyễn Văn An", null, "BCV tỉnh", "nhiều", 300],
        ["2", "Trần Thị Bình", null, "BCV tỉnh", 6, 220],
      ]),
    ).roster;
    const issues = checkRoster(ttm01, report, reporters);
    expect(issues.map((i) => [i.indicator, i.severity])).toEqual([["NGHE_BCV", "warning"]]);
    expect(checkRoster(ttm01, report, [])).toEqual([]);
  });
});
