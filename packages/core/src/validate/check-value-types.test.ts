import { describe, expect, it } from "vitest";
import { defineForm } from "../form/define-form.js";
import { ttm01 } from "../form/ttm01.js";
import { makeReport, templateLayout } from "../total/test-helper.js";
import { hasThreeDecimals } from "./check-value-types.js";
import { validate } from "./validate.js";

const layout = templateLayout();

describe("counts are non-negative integers", () => {
  it("reports a negative count as VALUE.NEGATIVE", () => {
    const issues = validate(ttm01, makeReport({ SHCB: -5 }, { layout }));
    expect(issues).toEqual([
      expect.objectContaining({ code: "VALUE.NEGATIVE", severity: "error", cell: "E25", indicator: "SHCB" }),
    ]);
    expect(issues[0]!.message).toContain("-5");
  });

  it("reports a fraction as VALUE.NOT_INTEGER", () => {
    const issues = validate(ttm01, makeReport({ SHCB: 3.5 }, { layout }));
    expect(issues).toEqual([
      expect.objectContaining({ code: "VALUE.NOT_INTEGER", severity: "error", cell: "E25" }),
    ]);
    expect(issues[0]!.message).toContain("3,5");
  });

  it("R11: a count with exactly three decimals is a thousands slip, with the whole number as fix", () => {
    const issues = validate(ttm01, makeReport({ TL_DECUONG: 1.061 }, { layout }));
    expect(issues).toEqual([
      expect.objectContaining({
        code: "TTM.R11",
        severity: "warning",
        cell: "E37",
        indicator: "TL_DECUONG",
        fix: { cell: "E37", value: 1061 },
      }),
    ]);
    expect(issues[0]!.message).toContain("1.061");
  });

  it("R11 does not fire on whole numbers, nor on other fractions", () => {
    expect(validate(ttm01, makeReport({ TL_DECUONG: 1061 }, { layout }))).toEqual([]);
    expect(validate(ttm01, makeReport({ TL_DECUONG: 1.06 }, { layout })).map((i) => i.code)).toEqual([
      "VALUE.NOT_INTEGER",
    ]);
  });

  it("without a thousandsSlip rule, three decimals are just not an integer", () => {
    const form = defineForm({ ...ttm01, rules: ttm01.rules.filter((r) => r.type !== "thousandsSlip") });
    expect(validate(form, makeReport({ TL_DECUONG: 1.061 })).map((i) => i.code)).toEqual([
      "VALUE.NOT_INTEGER",
    ]);
  });

  it("does not judge rates and averages as counts, nor unreadable cells", () => {
    expect(validate(ttm01, makeReport({ TL_DECUONG: { value: null, raw: "hàng nghìn" } }))).toEqual([]);
  });

  it("recognises three decimals", () => {
    expect([1.061, 14.5, 2.439, 1e-7, 3, -1.061].map(hasThreeDecimals)).toEqual([
      true,
      false,
      true,
      false,
      false,
      true,
    ]);
  });
});
