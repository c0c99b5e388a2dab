import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { childrenOf } from "../form/lookup.js";
import { ttm01 } from "../form/ttm01.js";
import type { ReportValue } from "../report/report.js";
import { childValues, sumParents } from "./children.js";
import { deriveRatio } from "./derive-ratio.js";
import { deriveValues } from "./derive-values.js";
import { readableValues } from "./readable-values.js";
import { sumChildren } from "./sum-children.js";

/** deriveValues as the rule reads: sumChildren over childValues, parents resolved depth first. */
function reference(values: Record<string, ReportValue>, period?: string): Record<string, ReportValue> {
  const result = readableValues(values);
  const done = new Set<string>();
  const resolve = (code: string): void => {
    if (done.has(code)) return;
    done.add(code);
    for (const child of childrenOf(ttm01, code, "sum")) resolve(child.code);
    const sum = sumChildren(result[code], childValues(ttm01, result, code, period));
    if (sum !== undefined) result[code] = sum;
  };
  for (const parent of sumParents(ttm01)) resolve(parent.code);
  for (const indicator of ttm01.indicators) {
    if (indicator.kind !== "derived") continue;
    const derived = deriveRatio(indicator, result);
    if (derived === undefined) delete result[indicator.code];
    else result[indicator.code] = derived;
  }
  return result;
}

const value = fc.record(
  {
    value: fc.oneof(
      fc.nat({ max: 5000 }),
      fc.constant(null),
      fc.constant(Number.NaN),
      fc.double({ min: 0, max: 1e6, noNaN: true }),
    ),
    approximate: fc.boolean(),
    cell: fc.constantFrom("E10", "E11"),
    source: fc.constant("entered" as const),
  },
  { requiredKeys: ["value", "approximate", "source"] },
);
const values = fc.dictionary(fc.constantFrom(...ttm01.indicators.map((i) => i.code)), value);

describe("deriveValues", () => {
  it("gives what sumChildren and deriveRatio give, for any values and period", () => {
    fc.assert(
      fc.property(values, fc.constantFrom(undefined, "2024", "2025", "2026S1", "nonsense"), (v, period) => {
        expect(deriveValues(ttm01, v, { period })).toEqual(reference(v, period));
      }),
      { numRuns: 2000 },
    );
  });
});
