import type { Form } from "../form/index.js";
import type { SheetSpec, WorkbookSpec } from "../grid/index.js";
import type { Hierarchy } from "../hierarchy/index.js";
import type { Period } from "../period/index.js";
import { formRows, rowNumbers, writeFormRows } from "./form-rows.js";
import { GridBuilder } from "./grid-builder.js";
import { issuerOf } from "./issuer.js";
import { type Issuer, writePartyHeading } from "./party-heading.js";
import { colors, countFormat, decimalsFormat } from "./style.js";
import { FORM_COLUMN_WIDTHS, REPORT_TITLE, writeFormHead } from "./summary-sheet.js";

export const TEMPLATE_SHEET = "TTM-01";

export interface TemplateLayoutOptions {
  /** The unit's code, written in the `Mã đơn vị:` cell. */
  readonly unit: string;
  readonly period: Period;
  /** The date of the document's date line. Given, not read from a clock: the layout is pure. */
  readonly date: Date;
  /** Who issues the report; default from the hierarchy (or the code alone without one). */
  readonly issuer?: Issuer;
  readonly hierarchy?: Hierarchy;
  /** The sheet's name; default TTM-01. */
  readonly sheetName?: string;
}

/**
 * A blank TTM-01 for one unit and period (Mẫu biểu): the Party heading, the `Mã đơn vị:` and
 * `Kỳ báo cáo:` cells, every indicator row with entry cells (whole numbers ≥ 0), gồm parents as
 * =SUM of their children and derived rows as guarded formulas.
 */
export function templateLayout(form: Form, options: TemplateLayoutOptions): WorkbookSpec {
  const grid = new GridBuilder();
  let row = writePartyHeading(grid, {
    issuer: options.issuer ?? issuerOf(options.hierarchy, options.unit),
    title: REPORT_TITLE,
    period: options.period.label,
    date: options.date,
    width: form.columns.length,
    leftWidth: 3,
  });
  const headerRow = writeFormHead(grid, row, form, options.unit, options.period.label);
  row = headerRow + 1;
  const rows = formRows(form, options.period);
  const rowOf = rowNumbers(rows, row);
  const entry: string[] = [];
  row = writeFormRows(grid, rows, row, form.columns.length, (row, indicator) => {
    const r = row + 1;
    const children = form.indicators.filter((i) => i.parent === indicator.code && i.relation === "sum");
    const d = indicator.derive;
    if (d) {
      const den = `E${rowOf[d.denominator]}`;
      const scale = d.scale === 1 ? "" : `*${d.scale}`;
      grid.set(row, 4, {
        formula: `IF(N(${den})=0,"",ROUND(E${rowOf[d.numerator]}${scale}/${den},${d.decimals}))`,
        result: "",
        numberFormat: decimalsFormat(d.decimals),
        border: true,
      });
    } else if (children.length > 0) {
      const rows = children.map((c) => rowOf[c.code]).filter((n): n is number => n !== undefined);
      grid.set(row, 4, {
        formula: `SUM(E${Math.min(...rows)}:E${Math.max(...rows)})`,
        result: 0,
        numberFormat: countFormat,
        bold: true,
        border: true,
      });
    } else {
      grid.set(row, 4, { value: null, numberFormat: countFormat, border: true, fill: colors.input });
      entry.push(`E${r}`);
    }
    for (const c of [5, 7]) grid.set(row, c, { value: null, numberFormat: countFormat, border: true });
    for (const c of [6, 8, 9]) grid.set(row, c, { value: null, border: true });
  });
  const sheet: SheetSpec = {
    name: options.sheetName ?? TEMPLATE_SHEET,
    rows: grid.rows(),
    columnWidths: FORM_COLUMN_WIDTHS,
    frozen: { rows: headerRow + 1 },
    print: {
      orientation: "portrait",
      paper: "A4",
      fitToWidth: true,
      repeatRows: `${headerRow + 1}:${headerRow + 1}`,
    },
    validations: entry.map((range) => ({
      range,
      type: "whole",
      min: 0,
      operator: "greaterThanOrEqual",
      error: "Nhập số nguyên không âm (số buổi, số người, số lượt…).",
    })),
  };
  return {
    sheets: [sheet],
    properties: {
      creator: "tonghop",
      title: `${REPORT_TITLE} ${options.period.label}`,
      created: options.date,
    },
    font: { name: "Times New Roman", size: 11 },
  };
}
