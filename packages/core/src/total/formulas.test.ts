import { describe, expect, it } from "vitest";
import { ratioFormula } from "./ratio-formula.js";
import { sumFormula } from "./sum-formula.js";

describe("sumFormula", () => {
  it("uses a range over contiguous rows", () => {
    expect(sumFormula(4, [11, 12, 13, 14])).toBe("=SUM(E12:E15)");
    expect(sumFormula(4, [14, 12, 11, 13])).toBe("=SUM(E12:E15)");
  });
  it("adds cells one by one when the rows have gaps", () => {
    expect(sumFormula(4, [11, 12, 14])).toBe("=E12+E13+E15");
  });
  it("points at a single child directly", () => {
    expect(sumFormula(5, [9])).toBe("=F10");
  });
  it("refuses no rows", () => {
    expect(() => sumFormula(4, [])).toThrow(RangeError);
  });
});

describe("ratioFormula", () => {
  it("guards against a zero denominator and rounds", () => {
    expect(ratioFormula("E21", "E20", 1, 1)).toBe('=IF(E20=0,"",ROUND(E21/E20,1))');
    expect(ratioFormula("E12", "F12", 100, 1)).toBe('=IF(F12=0,"",ROUND(E12/F12*100,1))');
    expect(ratioFormula("E36", "E35", 1, 0)).toBe('=IF(E35=0,"",ROUND(E36/E35,0))');
  });
});
