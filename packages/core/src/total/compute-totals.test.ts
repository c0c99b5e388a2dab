import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ttm01 } from "../form/ttm01.js";
import { TonghopError } from "../issue/error.js";
import type { ReportLayout } from "../report/report.js";
import { computeTotals } from "./compute-totals.js";
import { makeReport, seed000, templateColumns, templateLayout } from "./test-helper.js";

const layout = templateLayout();
const byCell = (edits: ReturnType<typeof computeTotals>["edits"]) => new Map(edits.map((e) => [e.cell, e]));

describe("computeTotals, formulas (the default)", () => {
  const { report, edits } = computeTotals(
    ttm01,
    makeReport(
      { ...seed000, TCCS: 7, TCCS_DUYTRI: 6, BT_KY: 12, BT_CUON: 37320, TTV_CC: 20 },
      { layout, plan: { BUOI_BCV: 300 } },
    ),
  );
  const at = byCell(edits);

  it("writes SUM over contiguous child rows into the parents' result cells", () => {
    expect(at.get("E11")).toEqual({ cell: "E11", formula: "=SUM(E12:E15)", numberFormat: "#,##0" });
    // NGHE's children 5.1–5.3 are typed as text ("trên 14.000"), which Excel's SUM skips: a
    // formula there would show 3.768, so the total is written as a value (regression).
    expect(at.get("E16")).toEqual({ cell: "E16", value: 46468, numberFormat: "#,##0" });
  });

  it("writes guarded, rounded formulas into the derived rows", () => {
    expect(at.get("E42")).toEqual({
      cell: "E42",
      formula: '=IF(E11=0,"",ROUND(E16/E11,1))',
      numberFormat: "#,##0.0",
    });
    expect(at.get("E43")).toEqual({
      cell: "E43",
      formula: '=IF(E9=0,"",ROUND(E10/E9*100,1))',
      numberFormat: "#,##0.0",
    });
    expect(at.get("E44")?.formula).toBe('=IF(E8=0,"",ROUND(E13/E8,1))');
    expect(at.get("E45")).toEqual({
      cell: "E45",
      formula: '=IF(E35=0,"",ROUND(E36/E35,0))',
      numberFormat: "#,##0",
    });
  });

  it("writes So với kế hoạch and So với cùng kỳ for every row of the sheet", () => {
    expect(at.get("G12")).toEqual({
      cell: "G12",
      formula: '=IF(F12=0,"",ROUND(E12/F12*100,1))',
      numberFormat: "#,##0.0",
    });
    expect(at.get("I12")).toEqual({
      cell: "I12",
      formula: '=IF(H12=0,"",ROUND(E12/H12*100,1))',
      numberFormat: "#,##0.0",
    });
    expect(edits.filter((e) => e.cell.startsWith("G"))).toHaveLength(ttm01.indicators.length);
  });

  it("does not write parents whose children are not given", () => {
    expect(at.has("E2")).toBe(false); // BCV
    expect(at.has("E26")).toBe(false); // HNBCV
  });

  it("returns the report with parents and derived values computed, at their cells", () => {
    expect(report.values.BUOI).toMatchObject({
      value: 1059,
      cell: "E11",
      formula: "=SUM(E12:E15)",
      source: "computed",
    });
    expect(report.values.NGHE_TB).toMatchObject({ value: 43.9, approximate: true, cell: "E42" });
    expect(report.values.BT_CUON_TB?.value).toBe(3110);
    expect(report.values.TCCS_DUYTRI_TL?.value).toBe(85.7);
  });

  it("lists edits in sheet order", () => {
    const keys = edits.map((e) => e.cell);
    expect(keys.indexOf("E11")).toBeLessThan(keys.indexOf("G11"));
    expect(keys.indexOf("I11")).toBeLessThan(keys.indexOf("G12"));
    expect(keys.indexOf("I15")).toBeLessThan(keys.indexOf("E16"));
  });

  it("builds formulas from addresses only, and values only where a formula would meet text", () => {
    const values = edits.filter((e) => e.formula === undefined).map((e) => e.cell);
    // E16 sums text children; G/I 17–19 would divide the text "trên …" of 5.1–5.3.
    expect(values).toEqual(["E16", "G17", "I17", "G18", "I18", "G19", "I19"]);
    for (const edit of edits)
      if (!values.includes(edit.cell)) expect(edit.formula).toMatch(/^=[A-Z0-9:+(),"=*/]+$/);
  });
});

describe("computeTotals, values", () => {
  const { edits } = computeTotals(
    ttm01,
    makeReport({ ...seed000, BT_KY: 12, BT_CUON: 37320 }, { layout, plan: { BUOI_BCV: 300, BUOI: 0 } }),
    { mode: "values" },
  );
  const at = byCell(edits);

  it("writes numbers, rounded, instead of formulas", () => {
    expect(at.get("E11")).toEqual({ cell: "E11", value: 1059, numberFormat: "#,##0" });
    expect(at.get("E42")).toEqual({ cell: "E42", value: 43.9, numberFormat: "#,##0.0" });
    expect(at.get("E45")).toEqual({ cell: "E45", value: 3110, numberFormat: "#,##0" });
    expect(at.get("G12")).toEqual({ cell: "G12", value: 80, numberFormat: "#,##0.0" });
    expect(edits.every((e) => e.formula === undefined)).toBe(true);
  });

  it("clears the cells a formula would show empty", () => {
    expect(at.get("E43")).toEqual({ cell: "E43", value: null, numberFormat: "#,##0.0" }); // no TCCS
    expect(at.get("G11")?.value).toBeNull(); // plan 0
    expect(at.get("G13")?.value).toBeNull(); // no plan
  });

  it("writes the same cells as the formulas mode", () => {
    const formulas = computeTotals(
      ttm01,
      makeReport({ ...seed000, BT_KY: 12, BT_CUON: 37320 }, { layout, plan: { BUOI_BCV: 300, BUOI: 0 } }),
    ).edits;
    expect(formulas.map((e) => e.cell)).toEqual(edits.map((e) => e.cell));
  });
});

describe("computeTotals, a plan that is approximate", () => {
  // A consolidated plan that lacks units (or a plan typed "khoảng 300") is only a part of the plan.
  const spec = { layout, plan: { BUOI_BCV: { value: 300, approximate: true }, BUOI_TTVCC: 100 } };
  const note = /Kế hoạch là số ước tính hoặc chưa đủ các đơn vị/;

  it("still computes So với kế hoạch, and marks the cell as only indicative", () => {
    const at = byCell(computeTotals(ttm01, makeReport(seed000, spec), { mode: "values" }).edits);
    expect(at.get("G12")).toMatchObject({
      value: 80,
      mark: { severity: "warning", note: expect.stringMatching(note) },
    });
    // An exact plan's percentage is not marked.
    expect(at.get("G13")?.mark).toBeUndefined();
  });

  it("marks the formula's cell the same way", () => {
    const at = byCell(computeTotals(ttm01, makeReport(seed000, spec)).edits);
    expect(at.get("G12")).toMatchObject({ formula: expect.any(String), mark: { severity: "warning" } });
  });
});

describe("computeTotals, sheets that differ from the template", () => {
  it("adds rows one by one when the children are not contiguous", () => {
    const moved: ReportLayout = {
      ...layout,
      rows: { ...layout.rows, BUOI_CAPUY: 40, BUOI_TTVCS: 41 },
    };
    const { edits } = computeTotals(ttm01, makeReport(seed000, { layout: moved }));
    expect(byCell(edits).get("E11")?.formula).toBe("=E12+E13+E41+E42");
  });

  it("sums only the child rows the sheet has", () => {
    const rows = { ...layout.rows };
    delete rows.BUOI_TTVCS;
    const { edits } = computeTotals(
      ttm01,
      makeReport({ BUOI_BCV: 1, BUOI_TTVCC: 2, BUOI_CAPUY: 3 }, { layout: { ...layout, rows } }),
    );
    expect(byCell(edits).get("E11")?.formula).toBe("=SUM(E12:E14)");
  });

  it("keeps a stated parent whose children are only partly given", () => {
    const { edits, report } = computeTotals(ttm01, makeReport({ BUOI: 100, BUOI_BCV: 10 }, { layout }));
    expect(byCell(edits).has("E11")).toBe(false);
    expect(report.values.BUOI?.value).toBe(100);
  });

  it("writes no edit for rows the sheet lacks, and a value where a derived row's terms have no row", () => {
    const rows = { ...layout.rows };
    delete rows.BUOI;
    delete rows.NGHE;
    const { edits } = computeTotals(ttm01, makeReport(seed000, { layout: { ...layout, rows } }));
    const at = byCell(edits);
    expect(at.has("E11")).toBe(false);
    expect(at.get("E42")).toEqual({ cell: "E42", value: 43.9, numberFormat: "#,##0.0" });
  });

  it("writes no percent columns the sheet does not have", () => {
    const { stt, label, result } = templateColumns;
    const { edits } = computeTotals(
      ttm01,
      makeReport(seed000, { layout: { ...layout, columns: { stt, label, result } } }),
    );
    expect(edits.map((e) => e.cell)).toEqual(["E11", "E16", "E42", "E43", "E44", "E45"]);
  });

  it("computes the report but writes nothing without a layout", () => {
    const { edits, report } = computeTotals(ttm01, makeReport(seed000));
    expect(edits).toEqual([]);
    expect(report.values.BUOI?.value).toBe(1059);
  });

  it("refuses a report of another form and an unknown mode", () => {
    expect(() => computeTotals(ttm01, { ...makeReport({}), form: "XYZ-02" })).toThrow(TonghopError);
    expect(() => computeTotals(ttm01, makeReport({}), { mode: "value" as "values" })).toThrow(TonghopError);
  });

  it("never writes text from the sheet, whatever the values", () => {
    const count = fc.oneof(fc.nat(100_000), fc.constant(null));
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...ttm01.indicators.map((i) => i.code)), count), (values) => {
        const { edits } = computeTotals(ttm01, makeReport(values, { layout }));
        for (const edit of edits) {
          if (edit.formula !== undefined) expect(edit.formula).toMatch(/^=[A-Z0-9:+(),"=*/]+$/);
          else expect(edit.value === null || typeof edit.value === "number").toBe(true);
        }
      }),
    );
  });
});
