import { describe, expect, it } from "vitest";
import { decimalsShown } from "../index.js";

describe("decimalsShown", () => {
  it.each([
    ["0.0", 12.34, 1],
    ["0", 12.34, 0],
    ["#,##0", 1234.5, 0],
    ["#,##0.00", 1234.5, 2],
    ["#,##0.0_);[Red](#,##0.0)", -4, 1],
    ['0.000" lượt"', 3, 3],
    ["0.0%", 0.667, 3],
    ["0%", 0.5, 2],
  ])("format %j on %d shows %d decimals", (format, value, decimals) => {
    expect(decimalsShown(format, value)).toBe(decimals);
  });

  it("uses the value's own decimals under General or no format", () => {
    expect(decimalsShown("General", 44.02)).toBe(2);
    expect(decimalsShown(null, 12)).toBe(0);
    expect(decimalsShown(undefined, 1 / 3)).toBe(10);
    expect(decimalsShown("@", 2.5)).toBe(1);
  });
});
