import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ReportLayout } from "../report/report.js";
import { usableLayout } from "./usable-layout.js";

const place = fc.oneof(
  fc.nat({ max: 20_000 }),
  fc.constantFrom(-1, 0.5, 16_383, 16_384, 1_048_575, 1_048_576, Number.NaN),
);
const layout: fc.Arbitrary<ReportLayout> = fc.record({
  headerRow: fc.nat({ max: 50 }),
  columns: fc.dictionary(fc.constantFrom("result", "plan", "lastYear", "label", "code"), place),
  rows: fc.dictionary(fc.string({ maxLength: 4 }), place),
});

const within = (n: number, max: number) => Number.isInteger(n) && n >= 0 && n < max;

describe("usableLayout", () => {
  it("keeps exactly the columns and rows that can be sheet cells, and the layout itself when all can", () => {
    fc.assert(
      fc.property(layout, (given) => {
        const usable = usableLayout(given)!;
        const columns = Object.entries(given.columns).filter(([, c]) => within(c as number, 16_384));
        const rows = Object.entries(given.rows).filter(([, r]) => within(r, 1_048_576));
        expect(Object.entries(usable.columns)).toEqual(columns);
        expect(Object.entries(usable.rows)).toEqual(rows);
        expect(usable.headerRow).toBe(given.headerRow);
        const all =
          columns.length === Object.keys(given.columns).length &&
          rows.length === Object.keys(given.rows).length;
        if (all) expect(usable).toBe(given);
        else expect(usable).not.toBe(given);
      }),
    );
  });

  it("is undefined for a report without a layout", () => {
    expect(usableLayout(undefined)).toBeUndefined();
  });
});
