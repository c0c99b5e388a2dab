import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatViNumber, parseViNumber } from "../index.js";

describe("parseViNumber", () => {
  // Every numeral of the seed reports, as the reports write it.
  it.each([
    ["1.061", 1061, false],
    ["240 buổi", 240, false],
    ["trên 14.000", 14000, true],
    ["trên 8.700", 8700, true],
    ["trên 11.800", 11800, true],
    ["gần 8.200", 8200, true],
    ["3.768", 3768, false],
    ["gần 1.250", 1250, true],
    ["trên 41.000", 41000, true],
    ["14.600", 14600, false],
    ["559 kỳ", 559, false],
    ["08", 8, false],
    ["02", 2, false],
    ["hơn 1.700", 1700, true],
    ["3.110", 3110, false],
    ["3.110 cuốn/1 kỳ", 3110, false],
    ["7.156", 7156, false],
    ["hơn 500", 500, true],
    ["356", 356, false],
    ["hơn 12.000", 12000, true],
    ["350 buổi", 350, false],
    ["12 kỳ", 12, false],
    ["19 đồng chí", 19, false],
    ["189", 189, false],
  ] as const)("reads the seed numeral %j", (text, value, approximate) => {
    expect(parseViNumber(text)).toEqual({ value, approximate });
  });

  it.each([
    ["14.000", 14000],
    ["3,5", 3.5],
    ["2.439.812", 2439812],
    ["2.439.812,5", 2439812.5],
    ["1 061", 1061],
    ["1\u00a0061", 1061],
    ["2\u202f439\u202f812", 2439812],
    ["1,2 triệu", 1200000],
    ["4 nghìn", 4000],
    ["5 ngàn", 5000],
    ["2 tỷ", 2e9],
    ["2 tỉ", 2e9],
    ["1 tỷ 200 triệu", 1.2e9],
    ["1,234", 1.234],
    ["1,234,567", 1234567],
    ["1,234.5", 1234.5],
    ["-5", -5],
    ["−12,5", -12.5],
    ["66,7%", 66.7],
    ["  350   buổi  ", 350],
    ["4 hội nghị trực tuyến", 4],
    ["1.061.", 1061],
    ["240 buổi;", 240],
  ])("reads %j as %d", (text, value) => {
    expect(parseViNumber(text)).toEqual({ value, approximate: false });
  });

  it("reads a dot before fewer or more than three digits as a decimal point (English-locale text)", () => {
    expect(parseViNumber("1.5").value).toBe(1.5);
    expect(parseViNumber("12.25").value).toBe(12.25);
    expect(parseViNumber("1234.567").value).toBe(1234.567);
    // With three digits after it the dot groups thousands, as in Vietnamese.
    expect(parseViNumber("1.500").value).toBe(1500);
  });

  it.each([
    ["trên 4 triệu", 4e6],
    ["khoảng 300", 300],
    ["xấp xỉ 3.768", 3768],
    ["ước 200", 200],
    ["ước tính 1.000", 1000],
    ["trên dưới 100", 100],
    ["TRÊN 14.000", 14000],
    ["Gần 8.200", 8200],
    ["trên 14.000".normalize("NFD"), 14000],
    ["350 buổi trở lên", 350],
  ])("marks %j as approximate", (text, value) => {
    expect(parseViNumber(text)).toEqual({ value, approximate: true });
  });

  it("reads a dash alone as none (0)", () => {
    for (const dash of ["-", "–", "—", " - "])
      expect(parseViNumber(dash)).toEqual({ value: 0, approximate: false });
  });

  it("leaves text without a number unreadable instead of guessing", () => {
    for (const text of ["hàng nghìn", "nhiều", "Hàng trăm lượt", "không rõ", "x"]) {
      expect(parseViNumber(text)).toEqual({ value: null, approximate: false });
    }
  });

  it("leaves text with several numbers or broken grouping unreadable", () => {
    for (const text of ["4,5,6", "5 - 7", "1.2.3", "12 buổi, 350 lượt", "1.23.456", "abc 12"]) {
      expect(parseViNumber(text).value).toBeNull();
    }
  });

  it("treats blanks as no value", () => {
    for (const blank of ["", "   ", "\u00a0", null, undefined]) {
      expect(parseViNumber(blank)).toEqual({ value: null, approximate: false });
    }
  });

  it("passes a JavaScript number through", () => {
    expect(parseViNumber(44.0177)).toEqual({ value: 44.0177, approximate: false });
    expect(parseViNumber(-3)).toEqual({ value: -3, approximate: false });
    expect(parseViNumber(Number.NaN)).toEqual({ value: null, approximate: false });
  });

  it("round-trips formatViNumber for every safe integer", () => {
    fc.assert(
      fc.property(fc.integer({ min: -Number.MAX_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }), (n) => {
        expect(parseViNumber(formatViNumber(n)).value).toBe(n);
      }),
    );
  });

  it("round-trips formatViNumber for decimals with 1 to 3 places", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1e12, max: 1e12 }),
        fc.integer({ min: 1, max: 3 }),
        (units, decimals) => {
          const value = units / 10 ** decimals;
          expect(parseViNumber(formatViNumber(value, decimals)).value).toBe(Number(value.toFixed(decimals)));
        },
      ),
    );
  });

  it("never throws, whatever the text", () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.string({ unit: "grapheme" }), fc.string({ unit: "binary" })),
        (s) => {
          const parsed = parseViNumber(s);
          expect(parsed.value === null || Number.isFinite(parsed.value)).toBe(true);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("never throws on number-like text", () => {
    const numberish = fc
      .array(fc.constantFrom("1", "0", "9", ".", ",", " ", "-", "trên ", "triệu", "tỷ", " buổi", "/", "%"), {
        maxLength: 12,
      })
      .map((parts) => parts.join(""));
    fc.assert(
      fc.property(numberish, (s) => {
        const parsed = parseViNumber(s);
        expect(parsed.value === null || Number.isFinite(parsed.value)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});
