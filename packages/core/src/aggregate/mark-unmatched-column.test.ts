import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ttm01 } from "../form/ttm01.js";
import type { Report, ReportValue } from "../report/report.js";
import { consolidate } from "./consolidate.js";
import { markUnmatchedColumn } from "./mark-unmatched-column.js";
import { columnsOf } from "./unit-columns.js";

const entered = (value: number): ReportValue => ({ value, approximate: false, source: "entered" });
const values = (given: Record<string, number>) =>
  Object.fromEntries(Object.entries(given).map(([code, v]) => [code, entered(v)]));

describe("markUnmatchedColumn", () => {
  it("marks a plan total whose units are not those of the result, and only that one", () => {
    const results = [
      { unit: "A", values: values({ BT_KY: 12, SHCB: 4 }) },
      { unit: "B", values: values({ BT_KY: 10, SHCB: 5 }) },
    ];
    const plans = [
      { unit: "A", values: values({ BT_KY: 12, SHCB: 4 }) },
      { unit: "B", values: values({ SHCB: 6 }) },
    ];
    const marked = markUnmatchedColumn(
      values({ BT_KY: 12, SHCB: 10 }),
      columnsOf(ttm01, results),
      columnsOf(ttm01, plans),
    );
    expect(marked.BT_KY).toMatchObject({ value: 12, approximate: true });
    expect(marked.SHCB).toMatchObject({ value: 10, approximate: false });
  });
});

describe("consolidate: plan totals of only some units", () => {
  /** A unit's bulletins, with a plan and a last-year figure each given or not. */
  const unitArb = fc.record({
    result: fc.option(fc.integer({ min: 0, max: 24 }), { nil: undefined }),
    plan: fc.option(fc.integer({ min: 1, max: 24 }), { nil: undefined }),
    group: fc.integer({ min: 0, max: 2 }),
  });
  const asReport = (unit: string, u: { result?: number; plan?: number }): Report => ({
    form: ttm01.id,
    unit: { code: unit, foundBy: "cell" },
    period: { id: "2024", foundBy: "title" },
    values: values({ SHCB: 1, ...(u.result === undefined ? {} : { BT_KY: u.result }) }),
    ...(u.plan === undefined ? {} : { plan: values({ BT_KY: u.plan }) }),
  });
  const quick = { validateInputs: false } as const;

  it("property: a plan is exact only when every unit with a result gave one, whatever the grouping", () => {
    fc.assert(
      fc.property(fc.array(unitArb, { minLength: 1, maxLength: 9 }), (units) => {
        const reports = units.map((u, i) => asReport(`U${i}`, u));
        const direct = consolidate(ttm01, reports, quick).report.plan?.BT_KY;
        const covered = units.every((u) => (u.result === undefined) === (u.plan === undefined));
        if (direct !== undefined) expect(direct.approximate).toBe(!covered);
        const groups = [0, 1, 2].flatMap((g) => {
          const members = reports.filter((_, i) => units[i]!.group === g);
          return members.length === 0
            ? []
            : [consolidate(ttm01, members, { ...quick, unit: `G${g}` }).report];
        });
        expect(consolidate(ttm01, groups, quick).report.plan?.BT_KY).toEqual(direct);
      }),
      { numRuns: 150 },
    );
  });
});
