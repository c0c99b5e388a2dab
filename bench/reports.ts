import { Hierarchy, type Report, type ReportValue, type UnitInput } from "@tonghop/core";
import { HEADER_ROW, RESULT_COL, ROW_OF, sumFormula } from "./layout.js";
import { INDICATORS, PERIOD } from "./unit-values.js";

/** Code of the n-th generated unit (0-based): X00001… */
export const unitCode = (index: number): string => `X${String(index + 1).padStart(5, "0")}`;

/** A flat hierarchy: one parent (TQ) and `count` units directly under it. */
export function flatHierarchy(count: number): Hierarchy {
  const units: UnitInput[] = [{ code: "TQ", name: "Ban Tuyên giáo Trung ương", kind: "Trung ương" }];
  for (let i = 0; i < count; i++) {
    units.push({ code: unitCode(i), name: `Đảng ủy xã số ${i + 1}`, kind: "Đảng ủy xã", parent: "TQ" });
  }
  return Hierarchy.build(units);
}

/**
 * A unit's report as readGrid gives it for a generated sheet: every value with its cell, raw
 * content and (for gồm parents) the sheet's =SUM formula; the layout of the sheet.
 */
export function unitReport(index: number, values: Readonly<Record<string, number>>): Report {
  const reportValues: Record<string, ReportValue> = {};
  for (const indicator of INDICATORS) {
    const value = values[indicator.code];
    if (value === undefined) continue;
    const formula = sumFormula(indicator.code);
    reportValues[indicator.code] = {
      value,
      approximate: false,
      cell: `E${ROW_OF[indicator.code]! + 1}`,
      raw: value,
      ...(formula === undefined ? {} : { formula: `=${formula}` }),
      source: "entered",
    };
  }
  return {
    form: "TTM-01",
    unit: { code: unitCode(index), name: `Đảng ủy xã số ${index + 1}`, foundBy: "cell" },
    period: { id: PERIOD.id, text: PERIOD.label, foundBy: "cell" },
    file: `${unitCode(index)}.xlsx`,
    sheet: "TTM-01",
    values: reportValues,
    layout: {
      headerRow: HEADER_ROW,
      columns: { stt: 0, code: 1, label: 2, unit: 3, result: RESULT_COL, plan: 5, lastYear: 7, note: 9 },
      rows: ROW_OF,
    },
    unmatched: [],
  };
}
