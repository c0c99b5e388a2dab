import { describe, expect, it } from "vitest";
import { isBlankCell } from "../index.js";

describe("isBlankCell", () => {
  it("is true for nothing and spaces only", () => {
    for (const blank of [null, undefined, "", "  ", "\u00a0", "\t\n"]) expect(isBlankCell(blank)).toBe(true);
  });
  it("is false for any value, a zero and a dash included", () => {
    for (const value of [0, "0", "-", "x", false]) expect(isBlankCell(value)).toBe(false);
  });
});
