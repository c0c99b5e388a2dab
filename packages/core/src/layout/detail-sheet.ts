import type { Matrix } from "../aggregate/index.js";
import type { Form } from "../form/index.js";
import { type CellSpec, columnLetter, type SheetSpec } from "../grid/index.js";
import type { Period } from "../period/index.js";
import { derivedFormula, formRows, rowNumbers, writeFormRows } from "./form-rows.js";
import { GridBuilder } from "./grid-builder.js";
import { shortName, upper } from "./party-heading.js";
import { colors, numberFormatOf } from "./style.js";

export const DETAIL_SHEET = "Chi tiết";

export interface DetailLayout {
  readonly sheet: SheetSpec;
  /** One-based sheet row of each indicator. */
  readonly rowOf: Readonly<Record<string, number>>;
  /** Column letter of the total column. */
  readonly totalColumn: string;
}

const FIRST_UNIT_COL = 4;

/**
 * Chi tiết: indicators down, units across, and a total column that is a live formula: =SUM over
 * the units (=MAX for indicators consolidated by the maximum, such as relayed conferences), or for
 * a rate or average the guarded ratio of the totals. Each formula carries its cached result.
 */
export function detailSheet(
  form: Form,
  matrix: Matrix,
  options: {
    readonly title: string;
    readonly unitName: string;
    readonly period?: Period;
    readonly nameOf: (code: string) => string;
  },
): DetailLayout {
  const grid = new GridBuilder();
  const units = matrix.units;
  const totalCol = FIRST_UNIT_COL + units.length;
  const width = totalCol + 1;
  const T = columnLetter(totalCol);
  const lastLetter = columnLetter(width - 1);
  grid.set(0, 0, {
    value: options.title,
    bold: true,
    fontSize: 13,
    merge: `A1:${lastLetter}1`,
    align: "center",
  });
  grid.set(1, 0, {
    value: `${upper(options.unitName)}${options.period ? ` — ${upper(options.period.label)}` : ""}`,
    italic: true,
    merge: `A2:${lastLetter}2`,
    align: "center",
  });
  const headerRow = 3;
  // A cell inside a merge gets only borders and fill: a value there would overwrite the merge's.
  const header = (value: string | undefined, extra: CellSpec = {}): CellSpec => ({
    ...(value === undefined ? {} : { value }),
    bold: true,
    align: "center",
    verticalAlign: "middle",
    border: true,
    fill: colors.header,
    ...extra,
  });
  ["STT", "Mã", "Chỉ tiêu", "ĐVT"].forEach((h, col) => {
    grid.set(headerRow, col, header(h, { merge: `${columnLetter(col)}4:${columnLetter(col)}5` }));
    grid.set(headerRow + 1, col, header(undefined));
  });
  units.forEach((code, i) => {
    const name = options.nameOf(code);
    grid.set(headerRow, FIRST_UNIT_COL + i, header(shortName(name), { note: name }));
    grid.set(
      headerRow + 1,
      FIRST_UNIT_COL + i,
      header(code, { bold: false, fontSize: 9, color: colors.muted }),
    );
  });
  grid.set(headerRow, totalCol, header("Tổng cộng", { merge: `${T}4:${T}5` }));
  grid.set(headerRow + 1, totalCol, header(undefined));

  const rows = formRows(form, options.period);
  const first = headerRow + 2;
  const rowOf = rowNumbers(rows, first);
  const firstUnit = columnLetter(FIRST_UNIT_COL);
  const lastUnit = columnLetter(Math.max(FIRST_UNIT_COL, totalCol - 1));
  writeFormRows(grid, rows, first, width, (row, indicator) => {
    const r = row + 1;
    const derived = indicator.derive;
    const format = numberFormatOf(indicator);
    units.forEach((code, i) => {
      const v = matrix.cells[indicator.code]?.[code];
      const cell: CellSpec = {
        value: v?.value ?? null,
        numberFormat: format,
        border: true,
        ...(v?.approximate && v.raw !== undefined && v.raw !== null
          ? { note: `Đơn vị ghi: ${String(v.raw)}` }
          : {}),
      };
      grid.set(row, FIRST_UNIT_COL + i, cell);
    });
    const total = matrix.totals[indicator.code];
    const cached = total?.value ?? undefined;
    const style = { numberFormat: format, bold: true, border: true, fill: colors.total };
    if (derived) {
      const formula = derivedFormula(
        derived,
        `${T}${rowOf[derived.numerator]}`,
        `${T}${rowOf[derived.denominator]}`,
      );
      grid.set(row, totalCol, { formula, result: cached ?? "", ...style });
    } else if (cached === undefined || units.length === 0) {
      // No unit gave it, or a breakdown was left out: the total is missing, and a SUM over blank
      // cells would show it as 0 once the sheet is recalculated.
      grid.set(row, totalCol, { value: null, ...style });
    } else {
      const fn = indicator.aggregate.units === "max" ? "MAX" : "SUM";
      grid.set(row, totalCol, {
        formula: `${fn}(${firstUnit}${r}:${lastUnit}${r})`,
        result: cached,
        ...style,
      });
    }
  });

  return {
    sheet: {
      name: DETAIL_SHEET,
      rows: grid.rows(),
      columnWidths: [
        5,
        15,
        66,
        10,
        ...units.map((code) => Math.min(18, Math.max(10, shortName(options.nameOf(code)).length + 2))),
        12,
      ],
      frozen: { rows: headerRow + 2, cols: FIRST_UNIT_COL },
      print: {
        orientation: "landscape",
        paper: "A4",
        fitToWidth: true,
        repeatRows: `${headerRow + 1}:${headerRow + 2}`,
      },
      tabColor: "4472C4",
    },
    rowOf,
    totalColumn: T,
  };
}
