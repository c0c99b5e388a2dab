import Decimal from "decimal.js";
import { describe, expect, it } from "vitest";
import { formatViNumber, parseViNumber } from "../index.js";

// Numerals as units write them that the first tests did not use.
describe("parseViNumber on numerals not seen before", () => {
  it.each([
    ["12.500", 12500, false],
    ["1.234.567", 1234567, false],
    ["12 000 000", 12000000, false],
    ["  1 061 ", 1061, false],
    ["1\u00a0061", 1061, false],
    ["2,5 triệu", 2500000, false],
    ["khoảng 3 nghìn", 3000, true],
    ["Khoảng 3 Nghìn", 3000, true],
    ["xấp xỉ 900", 900, true],
    ["gần 1,5 nghìn", 1500, true],
    ["Gần 1,5 nghìn lượt", 1500, true],
    ["Trên 1.000 lượt", 1000, true],
    ["trên 1.000 lượt người nghe", 1000, true],
    ["0", 0, false],
    ["-0", 0, false],
    ["0 buổi", 0, false],
    ["4.000.000đ", 4000000, false],
    ["4.000.000 đồng", 4000000, false],
    ["50%", 50, false],
    ["12,5 %", 12.5, false],
    ["1.061 (trực tuyến)", 1061, false],
    ["12 kỳ/năm", 12, false],
  ] as const)("reads %j", (text, value, approximate) => {
    expect(parseViNumber(text)).toEqual({ value, approximate });
  });

  // Regressions: "2 vạn" and "3 trăm" read as 2 and 3 (the word taken for a unit of measure).
  it.each([
    ["hơn 2 vạn", 20000, true],
    ["hơn 2 vạn người", 20000, true],
    ["3 trăm", 300, false],
    ["gần 5 chục buổi", 50, true],
    ["1 nghìn 2 trăm", 1200, false],
    ["1 nghìn rưỡi", 1500, false],
    ["2 triệu rưỡi lượt", 2500000, false],
  ] as const)("multiplies by the number word in %j", (text, value, approximate) => {
    expect(parseViNumber(text)).toEqual({ value, approximate });
  });

  // Regression: text typed without diacritics gave "2 trieu" = 2 and "tren 500" = unreadable.
  it("reads multipliers and qualifiers typed without diacritics", () => {
    expect(parseViNumber("2 trieu")).toEqual({ value: 2e6, approximate: false });
    expect(parseViNumber("1,5 nghin")).toEqual({ value: 1500, approximate: false });
    expect(parseViNumber("tren 14.000")).toEqual({ value: 14000, approximate: true });
    expect(parseViNumber("gan 8.200")).toEqual({ value: 8200, approximate: true });
    expect(parseViNumber("khoang 300")).toEqual({ value: 300, approximate: true });
  });

  // Regression: "120 (ước)" was exact. An estimate marked after the number is still an estimate.
  it("marks a number followed by (ước) or (ước tính) approximate", () => {
    expect(parseViNumber("120 (ước)")).toEqual({ value: 120, approximate: true });
    expect(parseViNumber("120 (ước tính)")).toEqual({ value: 120, approximate: true });
    expect(parseViNumber("120 buổi (khoảng)")).toEqual({ value: 120, approximate: true });
  });

  it("reads ≥ and > as 'at least', an approximate value", () => {
    expect(parseViNumber("≥ 100")).toEqual({ value: 100, approximate: true });
    expect(parseViNumber(">100")).toEqual({ value: 100, approximate: true });
  });

  // Decision: "Không" alone is how a unit writes "none" in words, like "-". "Không rõ" stays unreadable.
  it("reads 'không' and 'không có' as none (0)", () => {
    expect(parseViNumber("không")).toEqual({ value: 0, approximate: false });
    expect(parseViNumber("Không có")).toEqual({ value: 0, approximate: false });
    expect(parseViNumber("không rõ").value).toBeNull();
  });

  // Regression: "12k" and "2,5tr" read as 12 and 2.5; shorthand is ambiguous, so unreadable.
  it("leaves shorthand multipliers and partial number words unreadable", () => {
    for (const text of ["12k", "2,5tr", "2,5 tr đồng", "1 nghìn 2", "2 trăm nghìn", "3 mươi"]) {
      expect(parseViNumber(text).value).toBeNull();
    }
  });

  // Decision: "(120)" is not turned into -120 (accounting style) nor 120: a count in brackets is a
  // note whose meaning the unit must say, so it is unreadable and reported.
  it("leaves placeholders and bracketed numbers unreadable", () => {
    for (const text of ["(120)", "n/a", "N/A", "x", "1e3", "Infinity", "+5", "(ước) 120"]) {
      expect(parseViNumber(text)).toEqual({ value: null, approximate: false });
    }
  });

  it("reads dashes as none", () => {
    for (const dash of ["—", "   -   ", "--"])
      expect(parseViNumber(dash)).toEqual({ value: 0, approximate: false });
  });

  // Regression: a JavaScript -0 came back as -0, which is not equal to 0 under Object.is.
  it("returns 0, not -0, for a negative zero", () => {
    expect(Object.is(parseViNumber(-0).value, 0)).toBe(true);
  });
});

describe("formatViNumber on values not seen before", () => {
  it.each([
    [-1.05, 1, "-1,1"],
    [1.05, 1, "1,1"],
    [1.0499999, 1, "1,0"],
    [-0.05, 1, "-0,1"],
    [-0.04, 1, "0,0"],
    [0, 2, "0,00"],
    [-0, 0, "0"],
    [1.45, 1, "1,5"],
    [2.675, 2, "2,68"],
    [-2.675, 2, "-2,68"],
    [0.5, 0, "1"],
    [-0.5, 0, "-1"],
    [1e-7, 2, "0,00"],
    [-1234.5, 1, "-1.234,5"],
    [1e21, 0, "1.000.000.000.000.000.000.000"],
    [999.95, 1, "1.000,0"],
  ])("formats %d with %d decimals as %j", (value, decimals, text) => {
    expect(formatViNumber(value, decimals)).toBe(text);
  });

  it("formats Decimals exactly, beyond a float's digits", () => {
    expect(formatViNumber(new Decimal("12345678901234567890.125"), 2)).toBe("12.345.678.901.234.567.890,13");
    expect(formatViNumber(new Decimal(1).div(3), 3)).toBe("0,333");
    expect(formatViNumber(new Decimal("-0.0001"), 2)).toBe("0,00");
  });
});
