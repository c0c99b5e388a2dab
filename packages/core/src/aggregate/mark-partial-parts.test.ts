import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ttm01 } from "../form/ttm01.js";
import { Period } from "../period/index.js";
import type { Report, ReportValue } from "../report/report.js";
import { validate } from "../validate/index.js";
import { consolidate } from "./consolidate.js";
import { consolidateOverTime } from "./consolidate-over-time.js";
import { markPartialParts } from "./mark-partial-parts.js";
import { columnsOf } from "./unit-columns.js";

const entered = (value: number): ReportValue => ({ value, approximate: false, source: "entered" });
const values = (given: Record<string, number>) =>
  Object.fromEntries(Object.entries(given).map(([code, v]) => [code, entered(v)]));
const report = (unit: string, given: Record<string, number>, period = "2024"): Report => ({
  form: ttm01.id,
  unit: { code: unit, foundBy: "cell" },
  period: { id: period, foundBy: "title" },
  values: values(given),
});

describe("markPartialParts", () => {
  const totals = values({ NGHE: 150, NGHE_CBDV: 60, NGHE_QC: 40 });

  it("marks a part that lacks an entry which gave the whole", () => {
    const entries = [
      { unit: "A", values: values({ NGHE: 100, NGHE_CBDV: 60, NGHE_QC: 40 }) },
      { unit: "B", values: values({ NGHE: 50 }) },
    ];
    const marked = markPartialParts(ttm01, columnsOf(ttm01, entries), totals, "units");
    expect(marked.NGHE_CBDV).toMatchObject({ value: 60, approximate: true });
    expect(marked.NGHE_QC).toMatchObject({ value: 40, approximate: true });
    expect(marked.NGHE?.approximate).toBe(false);
  });

  it("marks a part that holds an entry whose whole is missing, and leaves comparable parts alone", () => {
    const entries = [
      { unit: "A", values: values({ NGHE: 150, NGHE_QC: 40 }) },
      { unit: "B", values: values({ NGHE_CBDV: 60 }) },
    ];
    const marked = markPartialParts(ttm01, columnsOf(ttm01, entries), totals, "units");
    expect(marked.NGHE_CBDV?.approximate).toBe(true);
    expect(marked.NGHE_QC?.approximate).toBe(false);
  });

  it("over time, compares a stock part with its whole from the same last period", () => {
    const stock = values({ TTV: 40, TTV_CC: 50 });
    const stale = [
      { unit: "2024Q1", values: values({ TTV: 60, TTV_CC: 50 }) },
      { unit: "2024Q2", values: values({ TTV: 40 }) },
    ];
    expect(markPartialParts(ttm01, columnsOf(ttm01, stale), stock, "time").TTV_CC?.approximate).toBe(true);
    const same = [
      { unit: "2024Q1", values: values({ TTV: 60 }) },
      { unit: "2024Q2", values: values({ TTV: 40, TTV_CC: 30 }) },
    ];
    expect(
      markPartialParts(ttm01, columnsOf(ttm01, same), values({ TTV: 40, TTV_CC: 30 }), "time").TTV_CC
        ?.approximate,
    ).toBe(false);
  });
});

describe("consolidate: trong đó parts some units left out", () => {
  it("no longer fails R7 as an error when a unit gave NGHE without NGHE_CBDV and NGHE_QC", () => {
    const { report: total } = consolidate(ttm01, [
      report("A", { BUOI: 10, NGHE: 100, NGHE_CBDV: 60, NGHE_QC: 40 }),
      report("B", { BUOI: 5, NGHE: 50 }),
    ]);
    expect(total.values.NGHE).toMatchObject({ value: 150, approximate: false });
    expect(total.values.NGHE_CBDV).toMatchObject({ value: 60, approximate: true });
    const r7 = validate(ttm01, total).filter((i) => i.code === "TTM.R7");
    expect(r7.map((i) => i.severity)).toEqual(["warning"]);
  });

  it("keeps a stock part that an older quarter gave from failing against a newer whole", () => {
    const { report: year } = consolidateOverTime(
      ttm01,
      [report("U", { TTV: 60, TTV_CC: 50 }, "2024S1"), report("U", { TTV: 40 }, "2024S2")],
      Period.parse("2024"),
    );
    expect(year.values.TTV_CC?.approximate).toBe(true);
    expect(validate(ttm01, year).filter((i) => i.severity === "error")).toEqual([]);
  });

  /**
   * A unit's listeners, consistent on its own (R1, R7), with the trong đó parts given, one of them,
   * or none; or the parts without their whole.
   */
  const unitArb = fc
    .record({
      buoi: fc.tuple(...[0, 1, 2, 3].map(() => fc.integer({ min: 0, max: 200 }))),
      extra: fc.tuple(...[0, 1, 2, 3].map(() => fc.integer({ min: 0, max: 3000 }))),
      cadres: fc.double({ min: 0, max: 1, noNaN: true }),
      parts: fc.constantFrom("both", "none", "cadresOnly", "publicOnly"),
      // The total only, the performers' rows, or no listeners' row at all (the parts alone).
      shape: fc.constantFrom("parentOnly", "children", "partsOnly"),
    })
    .map(({ buoi, extra, cadres, parts, shape }) => {
      const performers = ["BCV", "TTVCC", "CAPUY", "TTVCS"];
      const given: Record<string, number> = {};
      const nghe = buoi.map((b, i) => b + extra[i]!);
      const total = nghe.reduce((a, b) => a + b, 0);
      if (shape === "parentOnly") {
        given.BUOI = buoi.reduce((a, b) => a + b, 0);
        given.NGHE = total;
      } else if (shape === "children") {
        performers.forEach((p, i) => {
          given[`BUOI_${p}`] = buoi[i]!;
          given[`NGHE_${p}`] = nghe[i]!;
        });
      }
      const cbdv = Math.floor(total * cadres);
      if (parts === "both" || parts === "cadresOnly") given.NGHE_CBDV = cbdv;
      if (parts === "both" || parts === "publicOnly") given.NGHE_QC = total - cbdv;
      return given;
    });

  it("property: whichever units omit NGHE_CBDV / NGHE_QC, validate(consolidated) has no error", () => {
    fc.assert(
      fc.property(fc.array(unitArb, { minLength: 1, maxLength: 8 }), (units) => {
        const reports = units.map((given, i) => report(`U${i}`, given));
        for (const r of reports) {
          expect(validate(ttm01, r).filter((i) => i.severity === "error")).toEqual([]);
        }
        const { report: total } = consolidate(ttm01, reports, { unit: "P", validateInputs: false });
        expect(validate(ttm01, total).filter((i) => i.severity === "error")).toEqual([]);
        // The mark composes: consolidated in two groups first, the totals are the same.
        const half = Math.ceil(reports.length / 2);
        const groups = [reports.slice(0, half), reports.slice(half)]
          .filter((g) => g.length > 0)
          .map((g, i) => consolidate(ttm01, g, { unit: `G${i}`, validateInputs: false }).report);
        expect(consolidate(ttm01, groups, { unit: "P", validateInputs: false }).report.values).toEqual(
          total.values,
        );
      }),
      { numRuns: 150 },
    );
  });
});
