import Decimal from "decimal.js";
import { describe, expect, it } from "vitest";
import { formatViNumber } from "../index.js";

describe("formatViNumber", () => {
  it.each([
    [37320, 0, "37.320"],
    [3110, 0, "3.110"],
    [1061, 0, "1.061"],
    [2439812, 0, "2.439.812"],
    [189, 0, "189"],
    [0, 0, "0"],
    [66.666, 1, "66,7"],
    [44.0177, 1, "44,0"],
    [-5, 1, "-5,0"],
    [-1234567.891, 2, "-1.234.567,89"],
    [0.05, 1, "0,1"],
    [2.5, 0, "3"],
    [-2.5, 0, "-3"],
    [1.005, 2, "1,01"],
    [-0.01, 1, "0,0"],
    [Number.MAX_SAFE_INTEGER, 0, "9.007.199.254.740.991"],
  ])("formats %d with %d decimals as %j", (value, decimals, text) => {
    expect(formatViNumber(value, decimals)).toBe(text);
  });

  it("takes a Decimal or a decimal literal", () => {
    expect(formatViNumber(new Decimal(2).div(3).times(100), 1)).toBe("66,7");
    expect(formatViNumber("1234.5", 1)).toBe("1.234,5");
  });

  it("refuses what is not a finite number", () => {
    expect(() => formatViNumber(Number.NaN)).toThrow(/hữu hạn/);
    expect(() => formatViNumber(1, -1)).toThrow(/thập phân/);
  });
});
