import Decimal from "decimal.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isConsistentWithin, percentOf, ratio, roundHalfUp } from "../index.js";

describe("roundHalfUp", () => {
  it("rounds ties away from zero, on the exact decimal value", () => {
    expect(roundHalfUp(0.05, 1).toString()).toBe("0.1");
    expect(roundHalfUp(2.5, 0).toString()).toBe("3");
    expect(roundHalfUp(-2.5, 0).toString()).toBe("-3");
    expect(roundHalfUp("1.005", 2).toString()).toBe("1.01");
    expect(roundHalfUp(new Decimal("66.65"), 1).toString()).toBe("66.7");
  });
});

describe("ratio and percentOf", () => {
  it("computes exactly and rounds once", () => {
    expect(percentOf(2, 3)?.toString()).toBe("66.7");
    expect(percentOf(1, 8, 2)?.toString()).toBe("12.5");
    expect(ratio(14000, 240, { decimals: 1 })?.toString()).toBe("58.3");
    expect(ratio(1, 3, { scale: 1000, decimals: 0 })?.toString()).toBe("333");
    expect(ratio(Number.MAX_SAFE_INTEGER, 3, { decimals: 6 })?.toString()).toBe("3002399751580330.333333");
  });

  it("has no rate over a zero denominator", () => {
    expect(ratio(5, 0, { decimals: 1 })).toBeNull();
    expect(percentOf(5, 0)).toBeNull();
  });

  it("returns decimal.js values", () => {
    expect(percentOf(2, 3)).toBeInstanceOf(Decimal);
  });
});

describe("isConsistentWithin (XBRL Calculations 1.1)", () => {
  it("accepts a stated value equal to the exact value rounded to the decimals shown", () => {
    expect(isConsistentWithin(44.0, 44.0177, 1)).toBe(true);
    expect(isConsistentWithin(66.7, 66.666, 1)).toBe(true);
    expect(isConsistentWithin(66.7, new Decimal(200).div(3), 1)).toBe(true);
    expect(isConsistentWithin(58, 14000 / 240, 0)).toBe(true);
  });

  it("rejects a stated value that is off by one in the last decimal", () => {
    expect(isConsistentWithin(66.6, 66.666, 1)).toBe(false);
    expect(isConsistentWithin(44.1, 44.0177, 1)).toBe(false);
  });

  it("accepts any exact value rounded by itself", () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e9, max: 1e9, noNaN: true }),
        fc.integer({ min: 0, max: 4 }),
        (exact, decimals) => {
          const stated = roundHalfUp(exact, decimals).toNumber();
          expect(isConsistentWithin(stated, exact, decimals)).toBe(true);
        },
      ),
    );
  });
});
