/**
 * Using @tonghop/core directly, without the command line: two units' sheets as Grids (what Excel's
 * range.values gives, or @tonghop/xlsx reads), read, checked, consolidated and judged on targets.
 *
 *   pnpm build && npx tsx examples/use-core.ts
 */
import {
  consolidate,
  evaluateTargets,
  formatViNumber,
  type Grid,
  Hierarchy,
  Period,
  parseViNumber,
  readGrid,
  ttm01,
  validate,
} from "@tonghop/core";

// Numerals as units type them.
console.log(parseViNumber("trên 14.000")); // { value: 14000, approximate: true }
console.log(formatViNumber(37320), formatViNumber((8 / 12) * 100, 1)); // 37.320 66,7
console.log(Period.parse("Quý II/2024").id, Period.parse("2024S1").label); // 2024Q2 6 tháng đầu năm 2024

const hierarchy = Hierarchy.build([
  { code: "TULS", name: "Tỉnh ủy Lạng Sơn", kind: "Tỉnh ủy" },
  {
    code: "KCCQ",
    name: "Đảng ủy Khối các cơ quan tỉnh",
    kind: "Đảng ủy Khối",
    parent: "TULS",
    aliases: ["Đảng ủy Khối CCQ tỉnh"],
  },
  { code: "CAOLOC", name: "Huyện ủy Cao Lộc", kind: "Huyện ủy", parent: "TULS" },
  { code: "DINHLAP", name: "Huyện ủy Đình Lập", kind: "Huyện ủy", parent: "TULS" },
]);

/** A unit's sheet: the Party heading, the header row, and a few rows of TTM-01 (no code column). */
function sheet(unit: string, rows: [string, string | number][]): Grid {
  return {
    origin: "A1",
    values: [
      ["ĐẢNG BỘ TỈNH LẠNG SƠN", null, "ĐẢNG CỘNG SẢN VIỆT NAM"],
      [unit, null, "Lạng Sơn, ngày 15 tháng 12 năm 2022"],
      ["BÁO CÁO KẾT QUẢ CÔNG TÁC TUYÊN TRUYỀN MIỆNG NĂM 2022", null, null],
      ["STT", "Chỉ tiêu", "Kết quả"],
      ...rows.map(([label, value], i): [string, string, string | number] => [String(i + 1), label, value]),
    ],
  };
}

// Seed 000: Đảng ủy Khối CCQ tỉnh, year 2022 (its sheet writes "trên 14.000").
const ccq = sheet("ĐẢNG ỦY KHỐI CCQ TỈNH", [
  ["Do báo cáo viên thực hiện", 240],
  ["Nghe báo cáo viên", "trên 14.000"],
  ["Hội nghị thông tin thời sự", 12],
]);
const caoLoc = sheet("HUYỆN ỦY CAO LỘC", [
  ["Do báo cáo viên thực hiện", 131],
  ["Nghe báo cáo viên", "9.170"],
  ["Hội nghị thông tin thời sự", 12],
]);

const reports = [ccq, caoLoc].map((grid, i) => {
  const { report, issues } = readGrid(ttm01, grid, { file: `don-vi-${i + 1}.xlsx`, hierarchy });
  // Reading warns about every row this short sheet leaves out; checking applies R1–R11.
  const errors = [...issues, ...validate(ttm01, report)].filter((issue) => issue.severity === "error");
  console.log(
    report.unit.code,
    report.period.id,
    `${issues.length} issues on reading, ${errors.length} errors`,
  );
  return report;
});

const { report, completeness } = consolidate(ttm01, reports, { hierarchy, unit: "TULS", period: "2022" });
console.log("BUOI_BCV", formatViNumber(report.values.BUOI_BCV?.value ?? 0)); // 371
console.log(
  "NGHE_BCV",
  formatViNumber(report.values.NGHE_BCV?.value ?? 0),
  report.values.NGHE_BCV?.approximate ? "(ước)" : "",
);
console.log("submitted", completeness.submitted, "missing", completeness.missing); // [KCCQ, CAOLOC] [DINHLAP]

for (const t of evaluateTargets(ttm01.targets, report, { form: ttm01 })) {
  console.log(t.id, t.statusLabel, t.percent ?? "");
}
