import type { Derivation, Form, Indicator } from "../form/index.js";
import type { Period } from "../period/index.js";
import type { GridBuilder } from "./grid-builder.js";
import { colors } from "./style.js";

export type FormRow =
  | { readonly kind: "section"; readonly id: string; readonly label: string }
  | { readonly kind: "indicator"; readonly indicator: Indicator };

/**
 * The rows of a form as its template prints them: each section heading, then its indicators.
 * Indicators the form no longer asks for in the period (district reporters after 1/7/2025) are
 * left out.
 */
export function formRows(form: Form, period?: Period): FormRow[] {
  const start = period?.range().start;
  const rows: FormRow[] = [];
  for (const section of form.sections) {
    const indicators = form.indicators.filter(
      (i) =>
        i.section === section.id &&
        !(start !== undefined && i.validUntil !== undefined && start >= i.validUntil),
    );
    if (indicators.length === 0) continue;
    rows.push({ kind: "section", id: section.id, label: section.label });
    for (const indicator of indicators) rows.push({ kind: "indicator", indicator });
  }
  return rows;
}

/** Children are indented under their parent, as the template prints them. */
export const indentOf = (indicator: Indicator): number => (indicator.parent === undefined ? 0 : 1);

/** The one-based sheet row of each indicator, the form's rows written from zero-based row `first`. */
export function rowNumbers(rows: readonly FormRow[], first: number): Record<string, number> {
  const rowOf: Record<string, number> = {};
  rows.forEach((item, i) => {
    if (item.kind === "indicator") rowOf[item.indicator.code] = first + i + 1;
  });
  return rowOf;
}

/**
 * A form row's own cells, as every output sheet prints them: a section heading shaded across the
 * `width` columns, or an indicator's STT, code, label (parents bold, children indented) and unit.
 */
export function writeFormRowCells(grid: GridBuilder, row: number, item: FormRow, width: number): void {
  if (item.kind === "section") {
    grid.set(row, 0, { value: item.id, bold: true, align: "center", border: true, fill: colors.section });
    grid.set(row, 1, { value: null, border: true, fill: colors.section });
    grid.set(row, 2, { value: item.label, bold: true, border: true, fill: colors.section });
    for (let c = 3; c < width; c++) grid.set(row, c, { value: null, border: true, fill: colors.section });
    return;
  }
  const { indicator } = item;
  grid.set(row, 0, { value: indicator.stt, align: "center", border: true });
  grid.set(row, 1, { value: indicator.code, border: true, fontSize: 9, color: colors.muted });
  grid.set(row, 2, {
    value: indicator.label,
    border: true,
    bold: indicator.parent === undefined,
    indent: indentOf(indicator),
  });
  grid.set(row, 3, { value: indicator.unit, border: true, align: "center" });
}

/**
 * Writes the form's rows from zero-based row `first`, each with its own cells (writeFormRowCells);
 * `each` fills the rest of an indicator's row. Gives the row after the last.
 */
export function writeFormRows(
  grid: GridBuilder,
  rows: readonly FormRow[],
  first: number,
  width: number,
  each: (row: number, indicator: Indicator) => void,
): number {
  rows.forEach((item, i) => {
    writeFormRowCells(grid, first + i, item, width);
    if (item.kind === "indicator") each(first + i, item.indicator);
  });
  return first + rows.length;
}

/** A derived rate or average as a guarded formula of two cells: blank while the denominator is 0 or empty. */
export function derivedFormula(derive: Derivation, numerator: string, denominator: string): string {
  const scale = derive.scale === 1 ? "" : `*${derive.scale}`;
  return `IF(N(${denominator})=0,"",ROUND(${numerator}/${denominator}${scale},${derive.decimals}))`;
}
