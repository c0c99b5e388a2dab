import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ttm01 } from "../form/ttm01.js";
import type { CellValue, Grid } from "../grid/index.js";
import { langSon, TCVN3 } from "./__fixtures__/grids.js";
import { readGrid } from "./index.js";

const fragments = [
  "STT",
  "Mã",
  "Chỉ tiêu",
  "Nội dung",
  "Kết quả",
  "Số lượng",
  "Thực hiện",
  "Kế hoạch năm",
  "Cùng kỳ",
  "Ghi chú",
  "I",
  "II.",
  "1.1.",
  "a)",
  "-",
  "+",
  "BUOI_BCV",
  "BCV",
  "Trực tiếp",
  "Báo cáo viên",
  "Tổng số báo cáo viên",
  "Trong đó:",
  "Do ba\u0301o ca\u0301o viên",
  "trên 14.000",
  "hàng nghìn",
  "1.061",
  "#REF!",
  "#DIV/0!",
  "Nơi nhận:",
  "TM. BAN THƯỜNG VỤ",
  "Mã đơn vị:",
  "Kỳ báo cáo:",
  "Năm 2022",
  "Quý V/2024",
  "BÁO CÁO 6 THÁNG ĐẦU NĂM 2024",
  "Lạng Sơn, ngày 15 tháng 12 năm 2022",
  "ĐẢNG UỶ KHỐI CÁC CƠ QUAN TỈNH",
  "*",
  "(",
  "",
  "   ",
  TCVN3.totalSessions,
  "\u00ad\u00ad",
];

const cell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constantFrom(...fragments),
  fc.string({ maxLength: 12 }),
  fc.integer(),
  fc.double(),
  fc.constantFrom(1e308, -0, Number.MAX_SAFE_INTEGER * 1000),
  fc.boolean(),
  fc.constant(null),
);

const grid: fc.Arbitrary<Grid> = fc.record(
  {
    origin: fc.constantFrom("A1", "B3", "XFD1048576", "not an address"),
    values: fc.array(fc.array(cell, { maxLength: 7 }), { maxLength: 14 }),
    merges: fc.array(fc.constantFrom("A1:C1", "B2:B4", "A1", "Z9:A1", "bad", "C3:E3"), { maxLength: 3 }),
    fonts: fc.array(fc.array(fc.constantFrom(".VnTime", ".VnTimeH", "VNI-Times", null), { maxLength: 7 }), {
      maxLength: 14,
    }),
    formulas: fc.array(fc.array(fc.constantFrom("=SUM(E1:E3)", null), { maxLength: 7 }), { maxLength: 14 }),
  },
  { requiredKeys: ["origin", "values"] },
);

describe("readGrid on any grid", () => {
  it("never throws, and every issue says what and where", () => {
    const hierarchy = langSon();
    fc.assert(
      fc.property(grid, fc.boolean(), (g, withHierarchy) => {
        const { report, issues } = readGrid(ttm01, g, {
          file: "x.xlsx",
          ...(withHierarchy ? { hierarchy, period: "2024S1" } : {}),
        });
        expect(report.form).toBe("TTM-01");
        for (const issue of issues) {
          expect(issue.code).toMatch(/^[A-Z]+\.[A-Z_]+$/);
          expect(issue.message.length).toBeGreaterThan(0);
          expect(issue.messageEn.length).toBeGreaterThan(0);
          expect(issue.file).toBe("x.xlsx");
        }
        for (const value of Object.values(report.values)) {
          expect(value.value === null || Number.isFinite(value.value)).toBe(true);
        }
      }),
      { numRuns: 400 },
    );
  });
});
