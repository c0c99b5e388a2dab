import { type Form, templateHeaders } from "../form/index.js";
import type { CellSpec, SheetSpec } from "../grid/index.js";
import { percentOf } from "../number/index.js";
import type { Period } from "../period/index.js";
import type { Report } from "../report/index.js";
import { derivedFormula, formRows, rowNumbers, writeFormRows } from "./form-rows.js";
import { GridBuilder } from "./grid-builder.js";
import { type Issuer, writePartyHeading } from "./party-heading.js";
import { colors, numberFormatOf, oneDecimalFormat, sheetRef } from "./style.js";

export const SUMMARY_SHEET = "Tổng hợp";

export const REPORT_TITLE = "BÁO CÁO KẾT QUẢ CÔNG TÁC TUYÊN TRUYỀN MIỆNG VÀ HOẠT ĐỘNG BÁO CÁO VIÊN";

/**
 * Widths that fit every label and header on one line: the sheet spec has no row heights, and a
 * wrapped cell in a row of default height is cut off in Excel and LibreOffice alike.
 */
export const FORM_COLUMN_WIDTHS = [5, 15, 70, 11, 12, 13, 19, 17, 18, 34];

/** Where the Kết quả of each indicator comes from: a cell of Chi tiết, and its cached number. */
export interface SummarySource {
  readonly sheet: string;
  readonly rowOf: Readonly<Record<string, number>>;
  readonly column: string;
}

export const headerCell = (value: string): CellSpec => ({
  value,
  bold: true,
  align: "center",
  verticalAlign: "middle",
  border: true,
  fill: colors.header,
});

/**
 * The template's `Mã đơn vị:` and `Kỳ báo cáo:` cells at `row`, then the column header row two
 * rows below; gives the header row (the form's rows follow it).
 */
export function writeFormHead(
  grid: GridBuilder,
  row: number,
  form: Form,
  code: string,
  period: string,
): number {
  grid.set(row, 2, { value: "Mã đơn vị:", bold: true, align: "right" });
  grid.set(row, 3, { value: code, bold: true });
  grid.set(row, 4, { value: "Kỳ báo cáo:", bold: true, align: "right" });
  grid.set(row, 5, { value: period, bold: true });
  grid.setRow(row + 2, 0, templateHeaders(form).map(headerCell));
  return row + 2;
}

/**
 * Tổng hợp: the consolidated report in the form TTM-01 itself, headed as a Party document, so the
 * upper level can send it on as it is. Kết quả are live formulas that read the total column of
 * Chi tiết; derived rows are guarded ratio formulas of this sheet's own cells; So với kế hoạch (%)
 * where a plan was given. Every formula carries its cached result.
 */
export function summarySheet(
  form: Form,
  report: Report,
  options: {
    readonly issuer: Issuer;
    readonly code?: string;
    readonly period?: Period;
    readonly date: Date;
    readonly subtitle?: string;
    readonly source: SummarySource;
    /** Ghi chú by indicator code (units missing, estimates). */
    readonly notes: Readonly<Record<string, string>>;
  },
): SheetSpec {
  const grid = new GridBuilder();
  const width = form.columns.length;
  let row = writePartyHeading(grid, {
    issuer: options.issuer,
    title: REPORT_TITLE,
    period: options.period?.label ?? "",
    date: options.date,
    width,
    leftWidth: 3,
    ...(options.subtitle === undefined ? {} : { subtitle: options.subtitle }),
  });
  // The template's own cells, so that this report can be read again one level up.
  const headerRow = writeFormHead(grid, row, form, options.code ?? "", options.period?.label ?? "");
  row = headerRow + 1;
  const rows = formRows(form, options.period);
  const rowOf = rowNumbers(rows, row);
  const { source } = options;
  row = writeFormRows(grid, rows, row, width, (row, indicator) => {
    const r = row + 1;
    const derived = indicator.derive;
    const format = numberFormatOf(indicator);
    const value = report.values[indicator.code]?.value ?? undefined;
    const bold = indicator.parent === undefined;
    let formula: string;
    if (derived) {
      formula = derivedFormula(derived, `E${rowOf[derived.numerator]}`, `E${rowOf[derived.denominator]}`);
    } else {
      // A reference to an empty cell shows 0: guard it, so a missing total stays blank.
      const cell = `${sheetRef(source.sheet)}!${source.column}${source.rowOf[indicator.code]}`;
      formula = `IF(${cell}="","",${cell})`;
    }
    grid.set(row, 4, {
      formula,
      result: value ?? "",
      numberFormat: format,
      bold,
      border: true,
    });
    const plan = report.plan?.[indicator.code]?.value ?? undefined;
    grid.set(row, 5, { value: plan ?? null, numberFormat: format, border: true });
    grid.set(row, 6, percentCell(`E${r}`, `F${r}`, value, plan));
    const lastYear = report.lastYear?.[indicator.code]?.value ?? undefined;
    grid.set(row, 7, { value: lastYear ?? null, numberFormat: format, border: true });
    grid.set(row, 8, percentCell(`E${r}`, `H${r}`, value, lastYear));
    const note = options.notes[indicator.code];
    grid.set(row, 9, { value: note ?? null, border: true, fontSize: 9, italic: true });
  });
  row += 1;
  grid.set(row, 6, {
    value: "T/M BAN THƯỜNG VỤ",
    bold: true,
    align: "center",
    merge: `G${row + 1}:J${row + 1}`,
  });
  grid.set(row + 1, 6, {
    value: "(Ký, ghi rõ họ tên, đóng dấu)",
    italic: true,
    align: "center",
    merge: `G${row + 2}:J${row + 2}`,
  });
  grid.set(row, 0, { value: "Nơi nhận:", bold: true, italic: true, merge: `A${row + 1}:C${row + 1}` });
  grid.set(row + 1, 0, { value: "- Như trên;", merge: `A${row + 2}:C${row + 2}` });
  grid.set(row + 2, 0, { value: "- Lưu VT.", merge: `A${row + 3}:C${row + 3}` });

  return {
    name: SUMMARY_SHEET,
    rows: grid.rows(),
    columnWidths: FORM_COLUMN_WIDTHS,
    frozen: { rows: headerRow + 1, cols: 0 },
    print: {
      orientation: "landscape",
      paper: "A4",
      fitToWidth: true,
      repeatRows: `${headerRow + 1}:${headerRow + 1}`,
    },
    tabColor: "C00000",
  };
}

/** A guarded percentage formula (value / base × 100, 1 decimal), blank where there is no base. */
function percentCell(
  valueCell: string,
  baseCell: string,
  value: number | undefined,
  base: number | undefined,
): CellSpec {
  const cached = value !== undefined && base !== undefined ? percentOf(value, base, 1) : null;
  return {
    formula: `IF(OR(${baseCell}="",N(${baseCell})=0,${valueCell}=""),"",ROUND(${valueCell}/${baseCell}*100,1))`,
    result: cached === null ? "" : cached.toNumber(),
    numberFormat: oneDecimalFormat,
    border: true,
  };
}
