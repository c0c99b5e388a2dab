import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { defineForm } from "../form/define-form.js";
import { ttm01 } from "../form/ttm01.js";
import type { ReportValue } from "../report/report.js";
import { deriveValues } from "../total/index.js";
import { consolidate } from "./consolidate.js";
import {
  columnsOf,
  gives,
  isApproximateAt,
  numberAt,
  totalsNeedNoRates,
  unitColumns,
} from "./unit-columns.js";

/** Every indicator: a unit may state a rate too, which derivation replaces or drops. */
const indicators = ttm01.indicators;

/** A cell as a hand-built or read report may hold it: a number, an estimate, text (null), or a broken number. */
const cellArb: fc.Arbitrary<ReportValue | undefined> = fc.oneof(
  { weight: 3, arbitrary: fc.constant(undefined) },
  {
    weight: 6,
    arbitrary: fc
      .record({ value: fc.integer({ min: 0, max: 100_000 }), approximate: fc.boolean() })
      .map((v): ReportValue => ({ ...v, source: "entered" })),
  },
  {
    weight: 1,
    arbitrary: fc
      .constantFrom(null, Number.NaN, Number.POSITIVE_INFINITY)
      .map((value): ReportValue => ({ value, approximate: false, source: "entered" })),
  },
);

const valuesArb = fc
  .array(cellArb, { minLength: indicators.length, maxLength: indicators.length })
  .map((cells) => {
    const values: Record<string, ReportValue> = {};
    cells.forEach((cell, i) => {
      if (cell !== undefined) values[indicators[i]!.code] = cell;
    });
    return values;
  });

describe("unitColumns", () => {
  it("lays out each unit's values and rates exactly as deriveValues derives them, for any values and period", () => {
    fc.assert(
      fc.property(
        fc.array(valuesArb, { minLength: 1, maxLength: 6 }),
        // Before and after BCV_HUYEN was retired (1/7/2025), and no period at all.
        fc.constantFrom(undefined, "2024", "2025S2", "2026Q1"),
        (units, period) => {
          const named = units.map((values, i) => ({ unit: `U${i}`, values }));
          const columns = unitColumns(ttm01, named, period, true);
          expect(columns.entries).toEqual(named.map((u) => u.unit));
          named.forEach(({ values }, e) => {
            const derived = deriveValues(ttm01, values, period === undefined ? {} : { period });
            for (const { code } of ttm01.indicators) {
              const v = derived[code];
              const readable = v !== undefined && v.value !== null;
              expect(gives(columns, code, e)).toBe(readable);
              expect(numberAt(columns, code, e)).toBe(readable ? v.value : undefined);
              if (readable) expect(isApproximateAt(columns, code, e)).toBe(Boolean(v.approximate));
            }
          });
        },
      ),
      { numRuns: 300 },
    );
  });

  it("columnsOf lays out final records as they are, unreadable numbers as not given", () => {
    const columns = columnsOf(ttm01, [
      { unit: "A", values: { BUOI: { value: 5, approximate: true, source: "entered" } } },
      { unit: "B", values: { BUOI: { value: Number.NaN, approximate: false, source: "entered" } } },
    ]);
    expect(numberAt(columns, "BUOI", 0)).toBe(5);
    expect(isApproximateAt(columns, "BUOI", 0)).toBe(true);
    expect(gives(columns, "BUOI", 1)).toBe(false);
    expect(gives(columns, "NGHE", 0)).toBe(false);
  });

  it("needs each unit's rates only when a form relates a derived indicator to others", () => {
    expect(totalsNeedNoRates(ttm01)).toBe(true);
    const odd = defineForm({
      ...ttm01,
      id: "ODD",
      indicators: ttm01.indicators.map((i) =>
        i.code === "NGHE_TB" ? { ...i, parent: "NGHE", relation: "partOf" as const } : i,
      ),
    });
    expect(totalsNeedNoRates(odd)).toBe(false);
    const report = (unit: string, buoi: number, nghe: number) => ({
      form: "ODD",
      unit: { code: unit, foundBy: "cell" as const },
      period: { id: "2024", foundBy: "title" as const },
      values: {
        BUOI: { value: buoi, approximate: false, source: "entered" as const },
        NGHE: { value: nghe, approximate: false, source: "entered" as const },
      },
    });
    const { report: total, matrix } = consolidate(odd, [report("A", 2, 100), report("B", 3, 200)]);
    expect(total.values.BUOI?.value).toBe(5);
    expect(total.values.NGHE_TB?.value).toBe(60);
    expect(matrix.cells.NGHE_TB).toEqual({
      A: expect.objectContaining({ value: 50 }),
      B: expect.objectContaining({ value: 66.7 }),
    });
  });
});
