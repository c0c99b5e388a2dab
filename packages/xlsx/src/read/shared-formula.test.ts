import { columnLetter } from "@tonghop/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { shiftFormula } from "./shared-formula.js";

describe("shiftFormula", () => {
  it.each([
    ["SUM(E12:E15)", 1, 0, "SUM(E13:E16)"],
    ["SUM(E12:E15)", 0, 2, "SUM(G12:G15)"],
    ["$A$1+A1+$A1+A$1", 2, 3, "$A$1+D3+$A3+D$1"],
    ['IF(E12=0,"A1",F12/E12)', 1, 0, 'IF(E13=0,"A1",F13/E13)'],
    ["'Chi tiết'!B2*Sheet2!C3", 1, 1, "'Chi tiết'!C3*Sheet2!D4"],
    ["LOG10(A1)+ATAN2(B1,C1)", 1, 0, "LOG10(A2)+ATAN2(B2,C2)"],
    ["SUM(A:A)+SUM($B:$B)+SUM(2:3)", 1, 1, "SUM(B:B)+SUM($B:$B)+SUM(3:4)"],
    ["A1*1.5E+3", 1, 0, "A2*1.5E+3"],
    ["Table1[[#This Row],[A1]]+A1", 1, 0, "Table1[[#This Row],[A1]]+A2"],
    ["A1-1", -1, 0, "#REF!-1"],
    ["XFD1+1", 0, 1, "#REF!+1"],
  ])("%s moved by (%i, %i) is %s", (formula, rows, cols, expected) => {
    expect(shiftFormula(formula, rows, cols)).toBe(expected);
  });

  it("moving there and back gives the formula again", () => {
    const reference = fc
      .tuple(
        fc.boolean(),
        fc.integer({ min: 10, max: 200 }),
        fc.boolean(),
        fc.integer({ min: 10, max: 9999 }),
      )
      .map(
        ([absCol, col, absRow, row]) => `${absCol ? "$" : ""}${columnLetter(col)}${absRow ? "$" : ""}${row}`,
      );
    const formula = fc
      .array(fc.tuple(reference, fc.constantFrom("+", "-", "*", "/", ",", ":")), {
        minLength: 1,
        maxLength: 6,
      })
      .map((parts) => `SUM(${parts.map(([r, op]) => r + op).join("")}1)`);
    fc.assert(
      fc.property(
        formula,
        fc.integer({ min: -5, max: 5 }),
        fc.integer({ min: -5, max: 5 }),
        (f, rows, cols) => {
          expect(shiftFormula(shiftFormula(f, rows, cols), -rows, -cols)).toBe(f);
        },
      ),
    );
  });
});
