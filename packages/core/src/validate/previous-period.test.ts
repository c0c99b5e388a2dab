import { describe, expect, it } from "vitest";
import { ttm01 } from "../form/ttm01.js";
import type { Issue } from "../issue/issue.js";
import { makeReport, templateLayout, type ValueSpec } from "../total/test-helper.js";
import { validate } from "./validate.js";

const layout = templateLayout();
const report = (period: string, values: Record<string, ValueSpec>, unit = "DV01") =>
  makeReport(values, { period, unit, layout });
const only = (code: string, issues: Issue[]) => issues.filter((i) => i.code === code);

describe("R8: a stock changing by more than 50% against the previous period", () => {
  it("warns against the immediately previous period", () => {
    const issues = validate(ttm01, report("2024", { TTV: 189 }), { previous: report("2023", { TTV: 100 }) });
    expect(issues).toEqual([
      expect.objectContaining({
        code: "TTM.R8",
        severity: "warning",
        cell: "E7",
        indicator: "TTV",
        unit: "DV01",
      }),
    ]);
    expect(issues[0]!.message).toContain("Năm 2023 là 100 (tăng 89,0%, quá 50%)");
  });

  it("stays silent within 50%, on flows, and for other units", () => {
    expect(validate(ttm01, report("2024", { TTV: 140 }), { previous: report("2023", { TTV: 100 }) })).toEqual(
      [],
    );
    expect(
      validate(ttm01, report("2024", { SHCB: 500 }), { previous: report("2023", { SHCB: 10 }) }),
    ).toEqual([]);
    expect(
      validate(ttm01, report("2024", { TTV: 189 }), { previous: report("2023", { TTV: 10 }, "DV02") }),
    ).toEqual([]);
  });

  it("compares with the latest earlier period of the same kind", () => {
    const previous = [
      report("2023Q3", { TTV: 189 }),
      report("2023Q4", { TTV: 90 }),
      report("2023", { TTV: 10 }),
    ];
    expect(
      only("TTM.R8", validate(ttm01, report("2024Q1", { TTV: 189 }), { previous }))[0]!.message,
    ).toContain("Quý IV/2023 là 90");
    const gap = [report("2023Q3", { TTV: 90 }), report("2023Q1", { TTV: 189 })];
    expect(
      only("TTM.R8", validate(ttm01, report("2024Q1", { TTV: 189 }), { previous: gap }))[0]!.message,
    ).toContain("Quý III/2023 là 90");
  });

  it("compares reporters totalled from their levels, and warns of falls too", () => {
    const issues = validate(ttm01, report("2024", { BCV_TW: 1, BCV_TINH: 2, BCV_HUYEN: 2, BCV_CS: 5 }), {
      previous: report("2023", { BCV: 40 }),
    });
    expect(issues).toEqual([expect.objectContaining({ code: "TTM.R8", indicator: "BCV" })]);
    expect(issues[0]!.message).toContain("giảm 75,0%");
  });

  it("has nothing to compare with a previous 0 or an unknown period", () => {
    expect(validate(ttm01, report("2024", { TTV: 189 }), { previous: report("2023", { TTV: 0 }) })).toEqual(
      [],
    );
    const noPeriod = { ...report("2024", { TTV: 189 }), period: { foundBy: "none" as const } };
    expect(validate(ttm01, noPeriod, { previous: report("2023", { TTV: 10 }) })).toEqual([]);
  });
});

describe("R9: a year-to-date flow never goes down within the year", () => {
  it("fires when the half year is below its first quarter", () => {
    const issues = validate(ttm01, report("2024S1", { SHCB: 400 }), {
      previous: [report("2024Q1", { SHCB: 559 })],
    });
    expect(issues).toEqual([
      expect.objectContaining({ code: "TTM.R9", severity: "error", cell: "E25", indicator: "SHCB" }),
    ]);
    expect(issues[0]!.message).toContain("6 tháng đầu năm 2024 là 400");
    expect(issues[0]!.message).toContain("Quý I/2024 là 559");
  });

  it("compares with the longest earlier year-to-date report", () => {
    const previous = [report("2024Q1", { SHCB: 100 }), report("2024S1", { SHCB: 559 })];
    expect(validate(ttm01, report("2024N9", { SHCB: 500 }), { previous })[0]!.message).toContain(
      "6 tháng đầu năm 2024",
    );
  });

  it("does not fire on growth, across years, or on periods that are not year to date", () => {
    expect(
      validate(ttm01, report("2024S1", { SHCB: 600 }), { previous: report("2024Q1", { SHCB: 559 }) }),
    ).toEqual([]);
    expect(
      validate(ttm01, report("2024S1", { SHCB: 400 }), { previous: report("2023Q1", { SHCB: 559 }) }),
    ).toEqual([]);
    expect(
      validate(ttm01, report("2024Q2", { SHCB: 400 }), { previous: report("2024Q1", { SHCB: 559 }) }),
    ).toEqual([]);
  });

  it("is a warning when an estimate is involved", () => {
    const issues = validate(ttm01, report("2024", { SHCB: { value: 400, approximate: true } }), {
      previous: report("2024N9", { SHCB: 559 }),
    });
    expect(issues).toEqual([expect.objectContaining({ code: "TTM.R9", severity: "warning" })]);
  });
});
