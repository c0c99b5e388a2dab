import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { columnIndex, columnLetter, fromA1, toA1 } from "./address.js";

/** The address as spelled out, without the shared strings. */
const spelled = (row: number, col: number) => `${columnLetter(col)}${row + 1}`;

describe("toA1", () => {
  it("spells the address the same inside and outside the shared top-left", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_048_575 }), fc.integer({ min: 0, max: 16_383 }), (row, col) => {
        expect(toA1({ row, col })).toBe(spelled(row, col));
        expect(fromA1(toA1({ row, col }))).toEqual({ row, col });
      }),
    );
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1100 }), fc.integer({ min: 0, max: 70 }), (row, col) => {
        expect(toA1({ row, col })).toBe(spelled(row, col));
      }),
    );
  });

  it("spells the edges of the shared cells and positions outside them", () => {
    expect(toA1({ row: 0, col: 0 })).toBe("A1");
    expect(toA1({ row: 1023, col: 63 })).toBe("BL1024");
    expect(toA1({ row: 1024, col: 63 })).toBe("BL1025");
    expect(toA1({ row: 1023, col: 64 })).toBe("BM1024");
    expect(toA1({ row: 1_048_575, col: 16_383 })).toBe("XFD1048576");
    expect(toA1({ row: 2.5, col: 1 })).toBe(spelled(2.5, 1));
    expect(columnIndex(columnLetter(63))).toBe(63);
  });
});
