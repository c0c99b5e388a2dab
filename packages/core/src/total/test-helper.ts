import { ttm01 } from "../form/ttm01.js";
import { toA1 } from "../grid/address.js";
import type { Report, ReportLayout, ReportValue } from "../report/report.js";

/**
 * Builders of reports for the tests of total and validate (not exported from the package).
 * A value is a number, `[number, cell]`, or a partial ReportValue.
 */
export type ValueSpec =
  | number
  | null
  | readonly [number | null, string]
  | (Partial<ReportValue> & { value: number | null });

export interface ReportSpec {
  readonly layout?: ReportLayout;
  readonly period?: string;
  readonly unit?: string;
  readonly file?: string;
  readonly sheet?: string;
  readonly plan?: Record<string, ValueSpec>;
  readonly lastYear?: Record<string, ValueSpec>;
}

/** Columns of the TTM-01 template: A STT, B Mã, C Chỉ tiêu, D ĐVT, E Kết quả, F Kế hoạch, G %KH, H Cùng kỳ, I %CK, J Ghi chú. */
export const templateColumns = {
  stt: 0,
  code: 1,
  label: 2,
  unit: 3,
  result: 4,
  plan: 5,
  planPercent: 6,
  lastYear: 7,
  lastYearPercent: 8,
  note: 9,
} as const;

/**
 * The TTM-01 template's layout: header on sheet row 1, the indicators from row 2 in form order, so
 * BUOI is row 11 and its children 4.1–4.4 rows 12–15, NGHE row 16 and its children rows 17–20.
 */
export function templateLayout(columns: ReportLayout["columns"] = templateColumns): ReportLayout {
  const rows: Record<string, number> = {};
  ttm01.indicators.forEach((indicator, i) => {
    rows[indicator.code] = i + 1;
  });
  return { headerRow: 0, columns, rows };
}

function toValue(
  spec: ValueSpec,
  code: string,
  layout: ReportLayout | undefined,
  col: number | undefined,
): ReportValue {
  const row = layout?.rows[code];
  const cell = row === undefined || col === undefined ? undefined : toA1({ row, col });
  const base = { approximate: false, source: "entered" as const, ...(cell === undefined ? {} : { cell }) };
  if (spec === null || typeof spec === "number") return { ...base, value: spec };
  if (Array.isArray(spec)) return { ...base, value: spec[0] as number | null, cell: spec[1] as string };
  return { ...base, ...(spec as Partial<ReportValue> & { value: number | null }) };
}

function toValues(
  specs: Record<string, ValueSpec>,
  layout: ReportLayout | undefined,
  col: number | undefined,
) {
  const values: Record<string, ReportValue> = {};
  for (const [code, spec] of Object.entries(specs)) values[code] = toValue(spec, code, layout, col);
  return values;
}

/** A TTM-01 report of unit `DV01` for `2024` with these values; cells come from the layout when given. */
export function makeReport(values: Record<string, ValueSpec>, spec: ReportSpec = {}): Report {
  const { layout } = spec;
  return {
    form: ttm01.id,
    unit: { code: spec.unit ?? "DV01", name: "Đảng ủy Khối các cơ quan tỉnh", foundBy: "given" },
    period: { id: spec.period ?? "2024", foundBy: "given" },
    ...(spec.file === undefined ? {} : { file: spec.file }),
    ...(spec.sheet === undefined ? {} : { sheet: spec.sheet }),
    values: toValues(values, layout, layout?.columns.result),
    ...(spec.plan === undefined ? {} : { plan: toValues(spec.plan, layout, layout?.columns.plan) }),
    ...(spec.lastYear === undefined
      ? {}
      : { lastYear: toValues(spec.lastYear, layout, layout?.columns.lastYear) }),
    ...(layout === undefined ? {} : { layout }),
  };
}

/** Seed 000 (Đảng ủy Khối các cơ quan tỉnh Lạng Sơn, năm 2022): sessions and listeners by performer. */
export const seed000: Record<string, ValueSpec> = {
  BUOI: 1059,
  BUOI_BCV: 240,
  BUOI_TTVCC: 199,
  BUOI_CAPUY: 516,
  BUOI_TTVCS: 104,
  // "trên 14.000", "trên 8.700", "trên 11.800 ... và gần 8.200" (20.000), "3.768"
  NGHE_BCV: { value: 14000, approximate: true, raw: "trên 14.000" },
  NGHE_TTVCC: { value: 8700, approximate: true, raw: "trên 8.700" },
  NGHE_CAPUY: { value: 20000, approximate: true, raw: "trên 20.000" },
  NGHE_TTVCS: 3768,
};
