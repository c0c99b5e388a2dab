import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ReportValue } from "./report.js";
import { evaluateOperand, operandSum } from "./values.js";

const CODES = ["A", "B", "C", "D"];

const reportValue: fc.Arbitrary<ReportValue> = fc.record({
  value: fc.oneof(fc.constant(null), fc.double({ noNaN: true }), fc.integer(), fc.constant(-0)),
  approximate: fc.boolean(),
  source: fc.constant("entered" as const),
});

const operand = fc.oneof(
  fc.double({ noNaN: true }),
  fc.constantFrom(...CODES, "X"),
  fc.array(fc.constantFrom(...CODES, "X"), { maxLength: 6 }),
);

describe("operandSum", () => {
  it("is evaluateOperand's value, to the sign of zero", () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...CODES), reportValue), operand, (values, op) => {
        expect(Object.is(operandSum(values, op), evaluateOperand(values, op).value)).toBe(true);
      }),
    );
  });

  it("adds the values present and skips the missing and the unreadable", () => {
    const values: Record<string, ReportValue> = {
      A: { value: 2, approximate: false, source: "entered" },
      B: { value: null, approximate: false, source: "entered" },
      C: { value: 0.5, approximate: true, source: "entered" },
    };
    expect(operandSum(values, ["A", "B", "C", "X"])).toBe(2.5);
    expect(operandSum(values, "B")).toBe(0);
    expect(operandSum(values, 7)).toBe(7);
  });
});
