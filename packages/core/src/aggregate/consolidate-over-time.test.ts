import { describe, expect, it } from "vitest";
import { ttm01 } from "../form/ttm01.js";
import { Period } from "../period/index.js";
import type { Report } from "../report/report.js";
import { consolidateOverTime } from "./consolidate-over-time.js";
import { yearToDate } from "./year-to-date.js";

function report(period: string, values: Record<string, number>, unit = "TP"): Report {
  return {
    form: ttm01.id,
    unit: { code: unit, name: "Thành ủy Lạng Sơn", foundBy: "cell" },
    period: { id: period, foundBy: "title" },
    file: `${unit}-${period}.xlsx`,
    values: Object.fromEntries(
      Object.entries(values).map(([code, value]) => [
        code,
        { value, approximate: false, source: "entered" as const },
      ]),
    ),
  };
}

const months = (year: number, from: number, to: number, values: (m: number) => Record<string, number>) =>
  Array.from({ length: to - from + 1 }, (_, i) =>
    report(`${year}M${String(from + i).padStart(2, "0")}`, values(from + i)),
  );

describe("consolidateOverTime", () => {
  it("rolls three months into a quarter: flows summed, stocks the last month's, derived recomputed", () => {
    const reports = months(2022, 1, 3, (m) => ({
      LG_BUOI: 100 + m,
      HN_TIEPSONG: m === 2 ? 2 : 1,
      TTV_CC: 9 + m,
      BUOI_TTVCC: 10 * m,
    }));
    const { report: q1, issues } = consolidateOverTime(ttm01, reports, Period.parse("2022Q1"));
    expect(issues).toEqual([]);
    expect(q1.period).toEqual({ id: "2022Q1", text: "Quý I/2022", foundBy: "given" });
    expect(q1.unit.code).toBe("TP");
    expect(q1.values.LG_BUOI?.value).toBe(306);
    expect(q1.values.HN_TIEPSONG?.value).toBe(4);
    expect(q1.values.TTV_CC).toEqual({ value: 12, approximate: false, source: "consolidated" });
    // 60 sessions / 12 core propagandists.
    expect(q1.values.BUOI_TTVCC_TB?.value).toBe(5);
  });

  it("keeps a stock at the latest period that gives it, whatever the input order", () => {
    const reports = [
      report("2024M03", { SHCB: 1 }),
      report("2024M01", { BCV: 7 }),
      report("2024M02", { BCV: 8 }),
    ];
    const { report: q1 } = consolidateOverTime(ttm01, reports, Period.parse("2024Q1"));
    expect(q1.values.BCV?.value).toBe(8);
  });

  it("reports a gap, an overlap, a period outside and another unit's report", () => {
    const { report: q1, issues } = consolidateOverTime(
      ttm01,
      [
        report("2024M02", { SHCB: 2 }),
        report("2024Q1", { SHCB: 10 }),
        report("2023M12", { SHCB: 5 }),
        report("2024M03", { SHCB: 3 }, "KHAC"),
      ],
      Period.parse("2024Q1"),
    );
    expect(issues.map((i) => i.code).sort()).toEqual(["TIME.MIXED_UNITS", "TIME.OUTSIDE", "TIME.OVERLAP"]);
    expect(issues.every((i) => i.severity === "error")).toBe(true);
    expect(q1.values.SHCB?.value).toBe(10);

    const gap = consolidateOverTime(
      ttm01,
      [report("2024M01", { SHCB: 1 }), report("2024M03", { SHCB: 3 })],
      Period.parse("2024Q1"),
    );
    expect(gap.issues.map((i) => i.code)).toEqual(["TIME.GAP"]);
    expect(gap.issues[0]?.message).toContain("Tháng 2/2024");
    expect(gap.report.values.SHCB?.value).toBe(4);
  });

  it("rolls quarters into a half year and halves into a year", () => {
    const half = consolidateOverTime(
      ttm01,
      [report("2024Q1", { BT_KY: 3 }), report("2024Q2", { BT_KY: 3 })],
      Period.parse("2024S1"),
    );
    expect(half.report.values.BT_KY?.value).toBe(6);
    const year = consolidateOverTime(
      ttm01,
      [report("2024S2", { BT_KY: 6 }), { ...half.report, file: "s1.xlsx" }],
      Period.parse("2024"),
    );
    expect(year.issues).toEqual([]);
    expect(year.report.values.BT_KY?.value).toBe(12);
  });
});

describe("yearToDate", () => {
  it("adds January to the month given (lũy kế từ đầu năm)", () => {
    const reports = months(2024, 1, 4, () => ({ HNTTTS: 1 }));
    const ytd = yearToDate(ttm01, reports, Period.parse("2024M04"));
    expect(ytd.issues).toEqual([]);
    expect(ytd.report.values.HNTTTS?.value).toBe(4);
    expect(ytd.report.period).toEqual({ text: "Lũy kế từ đầu năm đến Tháng 4/2024", foundBy: "given" });
  });

  it("gives the period id where January to that month is a period (Q1, S1, N9, the year)", () => {
    const reports = [report("2024Q1", { HNTTTS: 3 }), ...months(2024, 4, 6, () => ({ HNTTTS: 1 }))];
    const ytd = yearToDate(ttm01, reports, Period.parse("2024M06"));
    expect(ytd.report.period.id).toBe("2024S1");
    expect(ytd.report.values.HNTTTS?.value).toBe(6);
    const short = yearToDate(ttm01, reports.slice(0, 2), Period.parse("2024Q2"));
    expect(short.issues.map((i) => i.code)).toEqual(["TIME.GAP"]);
  });
});
