import { describe, expect, it } from "vitest";
import { ttm01 } from "../form/ttm01.js";
import { computeTotals } from "./compute-totals.js";
import { makeReport, templateLayout } from "./test-helper.js";

const layout = templateLayout();
const text = (value: number, raw: string, approximate = false) => ({ value, approximate, raw });

// Rows of the template layout: BUOI 11 (4.1–4.4: 12–15), NGHE 16 (17–20), NGHE_TB 42.
describe("computeTotals over numbers typed as text", () => {
  // Regression: `=SUM(E12:E15)` was written over "trên 10" and "1.061" typed as text, which
  // Excel's SUM skips: the sheet showed a smaller total than the report.
  it("writes the parent's value where a child holds a number as text", () => {
    const { edits, report } = computeTotals(
      ttm01,
      makeReport(
        {
          BUOI_BCV: 5,
          BUOI_TTVCC: text(10, "trên 10", true),
          BUOI_CAPUY: text(1061, "1.061"),
          BUOI_TTVCS: 3,
        },
        { layout },
      ),
    );
    expect(edits.find((e) => e.cell === "E11")).toEqual({ cell: "E11", value: 1079, numberFormat: "#,##0" });
    expect(report.values.BUOI).toMatchObject({ value: 1079, approximate: true, cell: "E11" });
    expect(report.values.BUOI?.formula).toBeUndefined();
  });

  it("keeps the SUM formula over a dash, which SUM reads as the 0 it means", () => {
    const { edits } = computeTotals(
      ttm01,
      makeReport({ BUOI_BCV: 5, BUOI_TTVCC: text(0, "-"), BUOI_CAPUY: 2, BUOI_TTVCS: 3 }, { layout }),
    );
    expect(edits.find((e) => e.cell === "E11")?.formula).toBe("=SUM(E12:E15)");
  });

  it("writes an average's value where its numerator is typed as text, a formula once it is a total", () => {
    const typed = computeTotals(
      ttm01,
      makeReport({ NGHE: text(1000, "trên 1.000", true), BUOI: 40 }, { layout }),
    );
    expect(typed.edits.find((e) => e.cell === "E42")).toEqual({
      cell: "E42",
      value: 25,
      numberFormat: "#,##0.0",
    });
    // NGHE computed from its children is written by tonghop itself, as a number: the formula stays.
    const summed = computeTotals(
      ttm01,
      makeReport(
        {
          NGHE_BCV: text(600, "trên 600", true),
          NGHE_TTVCC: 200,
          NGHE_CAPUY: 100,
          NGHE_TTVCS: 100,
          BUOI: 40,
        },
        { layout },
      ),
    );
    expect(summed.edits.find((e) => e.cell === "E16")?.value).toBe(1000);
    expect(summed.edits.find((e) => e.cell === "E42")?.formula).toBe('=IF(E11=0,"",ROUND(E16/E11,1))');
  });

  it("writes So với kế hoạch as a value where the result or the plan is text", () => {
    const { edits } = computeTotals(
      ttm01,
      makeReport(
        { HNTTTS: text(9, "09 hội nghị"), HNCD: 2 },
        { layout, plan: { HNTTTS: 12, HNCD: text(4, "4") } },
      ),
    );
    const row = layout.rows.HNTTTS! + 1;
    const cd = layout.rows.HNCD! + 1;
    expect(edits.find((e) => e.cell === `G${row}`)).toMatchObject({ value: 75 });
    expect(edits.find((e) => e.cell === `G${cd}`)).toMatchObject({ value: 50 });
  });
});
