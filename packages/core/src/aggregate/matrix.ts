import type { Form } from "../form/schema.js";
import type { ReportValue } from "../report/report.js";
import type { UnitValues } from "./combine-units.js";

/** Chi tiết: the indicator × unit table of a consolidation, with its total column. */
export interface Matrix {
  /** Every indicator of the form, in form order. */
  readonly indicators: readonly string[];
  /** The units consolidated, in the order of the hierarchy (else of the input). */
  readonly units: readonly string[];
  /** cells[indicator][unit]: the unit's value as consolidated (parents from children, derived computed); undefined = not given. */
  readonly cells: Readonly<Record<string, Readonly<Record<string, ReportValue | undefined>>>>;
  /** The total column: the same values as the consolidated report's. */
  readonly totals: Readonly<Record<string, ReportValue>>;
  /** For each indicator with a total: the units that did not give it. */
  readonly missing: Readonly<Record<string, readonly string[]>>;
}

/** Lays the units' values and the totals out as an indicator × unit table. */
export function buildMatrix(
  form: Form,
  units: readonly UnitValues[],
  totals: Readonly<Record<string, ReportValue>>,
  missing: Readonly<Record<string, readonly string[]>>,
): Matrix {
  const cells: Record<string, Record<string, ReportValue | undefined>> = {};
  for (const { code } of form.indicators) {
    const row: Record<string, ReportValue | undefined> = {};
    for (const { unit, values } of units) {
      const value = values[code];
      if (value !== undefined) row[unit] = value;
    }
    cells[code] = row;
  }
  return {
    indicators: form.indicators.map((i) => i.code),
    units: units.map((u) => u.unit),
    cells,
    totals,
    missing,
  };
}
