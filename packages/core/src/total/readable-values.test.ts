import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ReportValue } from "../report/report.js";
import { readableValues, readableView } from "./readable-values.js";

/** The rule as first written: a spread of the values, each number that is not finite made null. */
function spreadReadable(values: Readonly<Record<string, ReportValue>>): Record<string, ReportValue> {
  const result: Record<string, ReportValue> = { ...values };
  for (const code of Object.keys(result)) {
    const v = result[code]!;
    if (v.value !== null && !Number.isFinite(v.value)) result[code] = { ...v, value: null };
  }
  return result;
}

const reportValue: fc.Arbitrary<ReportValue> = fc.record({
  value: fc.oneof(
    fc.constant(null),
    fc.integer(),
    fc.double(),
    fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY),
  ),
  approximate: fc.boolean(),
  source: fc.constantFrom("entered" as const, "computed" as const),
});

// Codes that are array indexes come first in a record's key order, whatever the order they were
// added in; `__proto__` is an ordinary own key of a report read from JSON.
const code = fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom("0", "7", "12", "__proto__", "BCV"));
const values = fc.array(fc.tuple(code, reportValue), { maxLength: 30 }).map((pairs) => {
  const record: Record<string, ReportValue> = {};
  for (const [key, v] of pairs)
    Object.defineProperty(record, key, { value: v, writable: true, enumerable: true, configurable: true });
  return record;
});

describe("readableValues", () => {
  it("gives what a spread of the values with each unreadable number made null gives, keys in the same order", () => {
    fc.assert(
      fc.property(values, (given) => {
        const result = readableValues(given);
        const expected = spreadReadable(given);
        expect(Object.keys(result)).toEqual(Object.keys(expected));
        for (const key of Object.keys(expected)) {
          // A readable value is the same object; an unreadable one a copy with a null value.
          if (expected[key] === given[key]) expect(result[key]).toBe(given[key]);
          else expect(result[key]).toEqual(expected[key]);
        }
        expect(Object.getPrototypeOf(result)).toBe(Object.prototype);
      }),
    );
  });

  it("keeps a `__proto__` code as a value, never as the record's prototype", () => {
    const v: ReportValue = { value: 3, approximate: false, source: "entered" };
    const given = JSON.parse(`{"__proto__": ${JSON.stringify(v)}}`) as Record<string, ReportValue>;
    const result = readableValues(given);
    expect(Object.keys(result)).toEqual(["__proto__"]);
    expect(Object.getPrototypeOf(result)).toBe(Object.prototype);
    const own = (record: object) => Object.getOwnPropertyDescriptor(record, "__proto__")?.value;
    expect(own(result)).toBe(own(given));
    expect(own(result)).toEqual(v);
  });

  it("shares the readable values and copies only the unreadable ones", () => {
    const kept: ReportValue = { value: 1, approximate: false, source: "entered", cell: "E9" };
    const broken: ReportValue = { value: Number.NaN, approximate: true, source: "entered", cell: "E10" };
    const result = readableValues({ BCV: kept, TTV: broken });
    expect(result.BCV).toBe(kept);
    expect(result.TTV).toEqual({ ...broken, value: null });
    expect(broken.value).toBeNaN();
  });
});

describe("readableView", () => {
  it("copies values of which one is not finite, leaving the given record as it was", () => {
    const given: Record<string, ReportValue> = {
      BCV: { value: 4, approximate: false, source: "entered" },
      TTV: { value: Number.POSITIVE_INFINITY, approximate: false, source: "entered" },
    };
    const view = readableView(given);
    expect(view).not.toBe(given);
    expect(view.TTV?.value).toBeNull();
    expect(given.TTV?.value).toBe(Number.POSITIVE_INFINITY);
  });

  it("is the values themselves when every number is finite, else equal to readableValues", () => {
    fc.assert(
      fc.property(values, (given) => {
        const view = readableView(given);
        const finite = Object.values(given).every((v) => v.value === null || Number.isFinite(v.value));
        if (finite) expect(view).toBe(given);
        else {
          expect(view).not.toBe(given);
          expect(view).toEqual(readableValues(given));
        }
      }),
    );
  });
});
