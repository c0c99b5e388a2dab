import { describe, expect, it } from "vitest";
import { ttm01 } from "../form/ttm01.js";
import { makeReport, seed000, templateLayout } from "../total/test-helper.js";
import { parseSumFormula } from "./parse-sum-formula.js";
import { validate } from "./validate.js";

const layout = templateLayout();
const withFormula = (formula: string, value: number, extra = {}) =>
  validate(ttm01, makeReport({ ...seed000, TTV_CC: 50, ...extra, BUOI: { value, formula } }, { layout }));

describe("parseSumFormula", () => {
  it("reads SUM ranges, lists and + references", () => {
    expect(parseSumFormula("=SUM(E12:E14)")).toEqual([{ top: 11, left: 4, bottom: 13, right: 4 }]);
    expect(parseSumFormula("= sum($E$12 ; E14:E15)")).toEqual([
      { top: 11, left: 4, bottom: 11, right: 4 },
      { top: 13, left: 4, bottom: 14, right: 4 },
    ]);
    expect(parseSumFormula("=E12+E13+E15")).toHaveLength(3);
    expect(parseSumFormula("=SUM(E12:E14)+E15")).toHaveLength(2);
  });

  it("does not judge anything else", () => {
    for (const f of [
      '=SUMIF(E12:E15,">0")',
      "=E12-E13",
      "=Sheet2!E12+E13",
      "=E12:E15",
      "=SUM(E12:E15)*2",
      "=",
      "=SUM((E12)",
      "=100+E12",
    ]) {
      expect(parseSumFormula(f), f).toBeUndefined();
    }
  });
});

describe("R10: a total's formula adds exactly its component rows", () => {
  it("reports a SUM range one row short, with the right formula and the right sum", () => {
    const issues = withFormula("=SUM(E12:E14)", 955);
    expect(issues).toEqual([
      expect.objectContaining({
        code: "TTM.R10",
        severity: "error",
        cell: "E11",
        indicator: "BUOI",
        fix: { cell: "E11", value: 1059 },
      }),
    ]);
    expect(issues[0]!.message).toContain("bỏ sót dòng 15");
    expect(issues[0]!.message).toContain("=SUM(E12:E15)");
    expect(issues[0]!.message).toContain("1.059");
  });

  it("reports rows of other indicators added in", () => {
    const issues = withFormula("=SUM(E12:E16)", 1059 + 46468);
    expect(issues.map((i) => i.code)).toEqual(["TTM.R10"]);
    expect(issues[0]!.message).toContain("cộng thừa dòng 16");
  });

  it("reports a cached value that differs from the sum", () => {
    const issues = withFormula("=SUM(E12:E15)", 1000);
    expect(issues).toEqual([expect.objectContaining({ code: "TTM.R10", fix: { cell: "E11", value: 1059 } })]);
    expect(issues[0]!.message).toContain("F9");
  });

  it("explains that text cells are not added by Excel", () => {
    const issues = validate(
      ttm01,
      makeReport({ ...seed000, NGHE: { value: 32468, formula: "=SUM(E17:E20)" } }, { layout }),
    ).filter((i) => i.code === "TTM.R10");
    expect(issues[0]!.message).toContain("không được Excel cộng");
  });

  it("accepts right formulas in any simple shape", () => {
    expect(withFormula("=SUM(E12:E15)", 1059)).toEqual([]);
    expect(withFormula("=E12+E13+E14+E15", 1059)).toEqual([]);
    expect(withFormula("=SUM(E12,E13,E14:E15)", 1059)).toEqual([]);
  });

  it("leaves formulas it cannot read to the sum check, without a fix over the formula", () => {
    const issues = withFormula('=SUMIF(E12:E15,">0")', 1000);
    expect(issues).toEqual([expect.objectContaining({ code: "SUM.PARENT_MISMATCH", cell: "E11" })]);
    expect(issues[0]!.fix).toBeUndefined();
  });
});
