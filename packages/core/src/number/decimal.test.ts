import Decimal from "decimal.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  isConsistentRatio,
  isConsistentWithin,
  percentOf,
  ratio,
  ratioValue,
  roundHalfUp,
} from "../index.js";

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

describe("ratioValue", () => {
  const same = (n: number, d: number, scale: number, decimals: number) =>
    Object.is(ratioValue(n, d, { scale, decimals }), ratio(n, d, { scale, decimals })?.toNumber() ?? null);

  it("gives the number ratio gives, ties and signs included", () => {
    expect(ratioValue(2, 3, { scale: 100, decimals: 1 })).toBe(66.7);
    expect(ratioValue(1, 8, { scale: 100, decimals: 0 })).toBe(13);
    expect(ratioValue(-1, 8, { scale: 100, decimals: 0 })).toBe(-13);
    expect(ratioValue(5, 0, { decimals: 1 })).toBeNull();
    expect(Object.is(ratioValue(0, -5, { decimals: 1 }), -0)).toBe(true);
    expect(Object.is(ratioValue(-0, 5, { scale: 100, decimals: 1 }), -0)).toBe(true);
    for (const [n, d, scale, decimals] of [
      [37320, 12, 1, 0],
      [3, 2, 1, 0],
      [-3, 2, 1, 0],
      [1, 3, 1, 4],
      [Number.MAX_SAFE_INTEGER, 3, 1, 6],
      [Number.MAX_SAFE_INTEGER, 7, 100, 1],
      [3.5, 2, 1, 1],
    ] as const) {
      expect(same(n, d, scale, decimals)).toBe(true);
    }
  });

  it("agrees with ratio on any counts, scales and decimals", () => {
    const count = fc.oneof(
      fc.integer({ min: -1000, max: 100_000 }),
      fc.integer({ min: -Number.MAX_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }),
    );
    fc.assert(
      fc.property(
        count,
        count,
        fc.constantFrom(1, 10, 100, 1000),
        fc.integer({ min: 0, max: 6 }),
        (n, d, scale, decimals) => same(n, d, scale, decimals),
      ),
      { numRuns: 5000 },
    );
  });

  it("agrees with ratio on exact ties", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), fc.integer({ min: 0, max: 4 }), (k, decimals) => {
        // (2k + 1) / 2 at 0 decimals, and its scaled forms, sit exactly on a tie.
        return same(2 * k + 1, 2 * 10 ** decimals, 1, decimals) && same(-(2 * k + 1), 2, 1, 0);
      }),
    );
  });
});

describe("isConsistentRatio", () => {
  const slow = (stated: number, n: number, d: number, scale: number, decimals: number) =>
    isConsistentWithin(stated, new Decimal(n).times(scale).div(d), decimals);

  it("judges seed values as the decimal.js check does", () => {
    // 46468 / 1059 = 43.879… → 43,9; 2 / 3 × 100 = 66.66… → 66,7
    expect(isConsistentRatio(43.9, 46468, 1059, 1, 1)).toBe(true);
    expect(isConsistentRatio(43.8, 46468, 1059, 1, 1)).toBe(false);
    expect(isConsistentRatio(66.7, 2, 3, 100, 1)).toBe(true);
    expect(isConsistentRatio(44, 440177, 10000, 1, 0)).toBe(true);
    expect(isConsistentRatio(-2.5, -5, 2, 1, 1)).toBe(true);
  });

  it("agrees with isConsistentWithin over the exact quotient, ties and near-ties included", () => {
    const count = fc.oneof(fc.integer({ min: -50, max: 100_000 }), fc.integer({ min: -1e12, max: 1e12 }));
    fc.assert(
      fc.property(
        count,
        count.filter((d) => d !== 0),
        fc.constantFrom(1, 100),
        fc.integer({ min: 0, max: 6 }),
        fc.integer({ min: -3, max: 3 }),
        fc.boolean(),
        (n, d, scale, decimals, nudge, nearby) => {
          // A stated value at the quotient rounded (± a unit in the last place shown), or a random one.
          const exact = ratio(n, d, { scale, decimals: Math.min(decimals, 6) })!.toNumber();
          const stated = nearby ? exact + nudge * 10 ** -decimals : exact * (1 + nudge / 1000);
          return isConsistentRatio(stated, n, d, scale, decimals) === slow(stated, n, d, scale, decimals);
        },
      ),
      { numRuns: 5000 },
    );
  });

  it("agrees on stated values that sit on a tie of their own", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100_000 }),
        fc.integer({ min: 1, max: 999 }),
        fc.integer({ min: 0, max: 3 }),
        (whole, k, decimals) => {
          const stated = Number(`${whole}.${String(k).padStart(3, "0")}5`);
          return (
            isConsistentRatio(stated, 2 * whole + 1, 2, 1, decimals) ===
            slow(stated, 2 * whole + 1, 2, 1, decimals)
          );
        },
      ),
    );
  });
});
