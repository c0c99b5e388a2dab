import { describe, expect, it } from "vitest";
import { targetStatusOf } from "./status.js";

describe("targetStatusOf", () => {
  it("judges plain numbers exactly, not on the rounded percent", () => {
    expect(targetStatusOf(13, 12)).toBe("exceeded");
    expect(targetStatusOf(12, 12)).toBe("met");
    expect(targetStatusOf(8, 12)).toBe("notMet");
    // 99,96 % shows as 100,0 % and is still not met.
    expect(targetStatusOf(99.96, 100)).toBe("notMet");
    expect(targetStatusOf(0.3, 0.3)).toBe("met");
  });

  it("calls nothing to reach met, and a number that is not finite missing data", () => {
    expect(targetStatusOf(0, 0)).toBe("met");
    expect(targetStatusOf(5, -1)).toBe("met");
    expect(targetStatusOf(Number.NaN, 12)).toBe("missingData");
    expect(targetStatusOf(5, Number.POSITIVE_INFINITY)).toBe("missingData");
  });
});
