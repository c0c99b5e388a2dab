import { type Indicator, templateHeaders, ttm01 } from "@tonghop/core";
import { INDICATORS } from "./unit-values.js";

/** One body row of a generated unit sheet: a section heading or an indicator. */
export type SheetRow =
  | { readonly kind: "section"; readonly id: string; readonly label: string }
  | { readonly kind: "indicator"; readonly indicator: Indicator };

/** Zero-based sheet row of the column header (rows above it hold the Party heading and title). */
export const HEADER_ROW = 7;

/** Columns of the sheet, as the TTM-01 template orders them. */
export const HEADERS = templateHeaders(ttm01);

/** Zero-based column of the Kết quả (result) values. */
export const RESULT_COL = 4;

/** The body rows, sections in form order, each followed by its indicators. */
export const BODY: readonly SheetRow[] = ttm01.sections.flatMap((section) => [
  { kind: "section" as const, id: section.id, label: section.label },
  ...INDICATORS.filter((i) => i.section === section.id).map((indicator) => ({
    kind: "indicator" as const,
    indicator,
  })),
]);

/** Zero-based sheet row of each indicator. */
export const ROW_OF: Readonly<Record<string, number>> = Object.fromEntries(
  BODY.flatMap((r, i) => (r.kind === "indicator" ? [[r.indicator.code, HEADER_ROW + 1 + i]] : [])),
);

/** gồm children of a parent that the sheet has, in form order. */
export function sumChildren(code: string): Indicator[] {
  return INDICATORS.filter((i) => i.parent === code && i.relation === "sum");
}

/** The =SUM formula (without "=") of a gồm parent's result cell, as the template writes it. */
export function sumFormula(code: string): string | undefined {
  const rows = sumChildren(code).map((c) => ROW_OF[c.code]! + 1);
  return rows.length === 0 ? undefined : `SUM(E${Math.min(...rows)}:E${Math.max(...rows)})`;
}
