import type { Form, Indicator } from "../form/schema.js";
import { fromA1, toA1 } from "../grid/address.js";
import type { CellEdit } from "../grid/grid.js";
import { TonghopError } from "../issue/error.js";
import { percentOf } from "../number/index.js";
import type { Report, ReportLayout, ReportValue } from "../report/report.js";
import { numberOf } from "../report/values.js";
import { childValues, sumParents } from "./children.js";
import { deriveValues } from "./derive-values.js";
import { groupedFormat, numberFormatOf } from "./number-format.js";
import { ratioFormula } from "./ratio-formula.js";
import { readableValues } from "./readable-values.js";
import { sumChildren } from "./sum-children.js";
import { sumFormula } from "./sum-formula.js";
import { usableLayout } from "./usable-layout.js";

export type TotalsMode = "formulas" | "values";

export interface TotalsOptions {
  /** formulas (default): cells get live formulas; values: cells get the computed numbers. */
  readonly mode?: TotalsMode;
}

export interface Totals {
  /** The report with gồm parents and derived indicators computed. */
  readonly report: Report;
  /** What to write into the sheet, in sheet order (row, then column). */
  readonly edits: CellEdit[];
}

/**
 * Tính tổng: computes a report's gồm parents and derived indicators and says what to write into
 * its sheet: the parents, the derived rows, and the computed columns So với kế hoạch (%) and So với
 * cùng kỳ (%) where the sheet has them. Cells are located through `report.layout`; an indicator
 * without a row gets no edit, and a report without a layout (or without a result column) gets none.
 * Throws TonghopError `TOTAL.FORM_MISMATCH` when the report is of another form.
 */
export function computeTotals(form: Form, report: Report, options: TotalsOptions = {}): Totals {
  const mode = options.mode ?? "formulas";
  if (mode !== "formulas" && mode !== "values") {
    throw new TonghopError(
      "TOTAL.MODE",
      `Chế độ tính tổng không hợp lệ: ${String(mode)} (chỉ có "formulas" hoặc "values")`,
      `Unknown totals mode: ${String(mode)} (use "formulas" or "values")`,
    );
  }
  if (report.form !== form.id) {
    throw new TonghopError(
      "TOTAL.FORM_MISMATCH",
      `Báo cáo theo mẫu ${report.form}, không phải mẫu ${form.id}`,
      `The report is in form ${report.form}, not ${form.id}`,
    );
  }
  return computeTotalsUnchecked(form, report, mode);
}

/** {@link computeTotals} without its checks of the arguments. */
export function computeTotalsUnchecked(form: Form, report: Report, mode: TotalsMode): Totals {
  const entered = readableValues(report.values);
  const values = deriveValues(form, entered, { period: report.period.id });
  const layout = usableLayout(report.layout);
  const resultCol = layout?.columns.result;
  const edits: CellEdit[] = [];
  if (layout === undefined || resultCol === undefined) {
    return { report: { ...report, values }, edits };
  }
  const rowOf = (code: string) => layout.rows[code];
  // Codes whose cells this run writes: they hold numbers or formulas afterwards, whatever was typed.
  const written = new Set<string>();
  const holdsText = (code: string) => !written.has(code) && isTextNumber(entered[code]);
  const cellOf = (code: string, col = resultCol) => {
    const row = rowOf(code);
    return row === undefined ? undefined : toA1({ row, col });
  };
  /** Records the edit and keeps the written cell (and formula) on the report's value. */
  const write = (indicator: Indicator, cell: string, formula: string | undefined) => {
    const current = values[indicator.code];
    const value = current?.value ?? null;
    edits.push({
      cell,
      ...(mode === "formulas" && formula !== undefined ? { formula } : { value }),
      numberFormat: numberFormatOf(indicator),
    });
    written.add(indicator.code);
    if (current !== undefined) {
      values[indicator.code] = withCell(current, cell, mode === "formulas" ? formula : undefined);
    }
  };

  for (const parent of sumParents(form)) {
    const cell = cellOf(parent.code);
    if (cell === undefined) continue;
    const children = childValues(form, values, parent.code, report.period.id);
    // Only a parent that takes its value from its children is written: a stated parent whose
    // children are only partly given keeps its number (a SUM over blank rows would replace it).
    if (sumChildren(entered[parent.code], children) === undefined) continue;
    const rows = children.map((c) => rowOf(c.indicator.code)).filter((r) => r !== undefined);
    if (rows.length === 0) continue;
    // Excel's SUM skips a number typed as text ("trên 10", "1.061"): over such a child the formula
    // would total less than the report does, so the value is written instead. A dash is 0 either way.
    const textChild = children.some((c) => holdsText(c.indicator.code) && c.value?.value !== 0);
    write(parent, cell, textChild ? undefined : sumFormula(resultCol, rows));
  }

  for (const indicator of form.indicators) {
    const derive = indicator.derive;
    const cell = cellOf(indicator.code);
    if (derive === undefined || cell === undefined) continue;
    const numerator = cellOf(derive.numerator);
    const denominator = cellOf(derive.denominator);
    // Without both rows in the sheet a formula has nothing to point at: the value is written instead.
    // Nor can a formula divide text: "trên 1.000" / 40 is #VALUE! in Excel.
    const formula =
      numerator === undefined ||
      denominator === undefined ||
      holdsText(derive.numerator) ||
      holdsText(derive.denominator)
        ? undefined
        : ratioFormula(numerator, denominator, derive.scale, derive.decimals);
    write(indicator, cell, formula);
  }

  edits.push(...percentEdits(form, report, values, layout, "plan", "planPercent", mode, holdsText));
  edits.push(...percentEdits(form, report, values, layout, "lastYear", "lastYearPercent", mode, holdsText));

  edits.sort((a, b) => {
    const pa = fromA1(a.cell);
    const pb = fromA1(b.cell);
    return pa.row - pb.row || pa.col - pb.col;
  });
  return { report: { ...report, values }, edits };
}

/** A number the sheet holds as text ("trên 10", "1.061", "-"): Excel's formulas cannot use it as one. */
function isTextNumber(value: ReportValue | undefined): boolean {
  return typeof value?.raw === "string" && value.value !== null;
}

function withCell(value: ReportValue, cell: string, formula: string | undefined): ReportValue {
  const { formula: _old, raw: _raw, ...rest } = value;
  return { ...rest, cell, ...(formula === undefined ? {} : { formula }) };
}

/** The note on a percentage whose base is approximate: a plan of only some units, or an estimate. */
const approximateBaseNote: Record<"plan" | "lastYear", string> = {
  plan: "Kế hoạch là số ước tính hoặc chưa đủ các đơn vị có kết quả (The plan is an estimate or lacks units that gave a result): tỷ lệ chỉ để tham khảo.",
  lastYear:
    "Số cùng kỳ là số ước tính hoặc chưa đủ các đơn vị có kết quả (Last year's figure is an estimate or lacks units that gave a result): tỷ lệ chỉ để tham khảo.",
};

/**
 * So với kế hoạch / So với cùng kỳ (%): result ÷ the other column × 100, one decimal, for each row.
 * Where the base is approximate (a consolidated plan that lacks units, DESIGN §6; "khoảng 100")
 * the percentage is still computed, as the sheet's own formula would, and its cell is marked with
 * a warning that says it is only indicative: leaving it blank would hide what the unit can see
 * by dividing, and an unmarked 196,9 % would mislead.
 */
function percentEdits(
  form: Form,
  report: Report,
  values: Readonly<Record<string, ReportValue>>,
  layout: ReportLayout,
  base: "plan" | "lastYear",
  target: "planPercent" | "lastYearPercent",
  mode: TotalsMode,
  holdsText: (code: string) => boolean,
): CellEdit[] {
  const resultCol = layout.columns.result;
  const baseCol = layout.columns[base];
  const targetCol = layout.columns[target];
  if (resultCol === undefined || baseCol === undefined || targetCol === undefined) return [];
  const baseValues = readableValues(report[base] ?? {});
  const edits: CellEdit[] = [];
  for (const indicator of form.indicators) {
    const row = layout.rows[indicator.code];
    if (row === undefined) continue;
    const cell = toA1({ row, col: targetCol });
    const textBase = isTextNumber(report[base]?.[indicator.code]);
    const mark = baseValues[indicator.code]?.approximate
      ? { mark: { severity: "warning" as const, note: approximateBaseNote[base] } }
      : {};
    if (mode === "formulas" && !holdsText(indicator.code) && !textBase) {
      const formula = ratioFormula(toA1({ row, col: resultCol }), toA1({ row, col: baseCol }), 100, 1);
      edits.push({ cell, formula, numberFormat: groupedFormat(1), ...mark });
    } else {
      const actual = numberOf(values, indicator.code);
      const expected = numberOf(baseValues, indicator.code);
      const percent =
        actual === undefined || expected === undefined || expected === 0
          ? null
          : percentOf(actual, expected, 1);
      edits.push({
        cell,
        value: percent === null ? null : percent.toNumber(),
        numberFormat: groupedFormat(1),
        ...mark,
      });
    }
  }
  return edits;
}
