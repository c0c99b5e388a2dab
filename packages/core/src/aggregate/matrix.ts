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

/**
 * Lays the units' values and the totals out as an indicator × unit table. `values` gives each
 * unit's values as consolidated, in the order of `units`; it is called only when a row is first read.
 */
export function buildMatrix(
  form: Form,
  units: readonly string[],
  values: () => readonly UnitValues[],
  totals: Readonly<Record<string, ReportValue>>,
  missing: Readonly<Record<string, readonly string[]>>,
): Matrix {
  // Each indicator's row is laid out when first read: a row keyed by unit code is a dictionary
  // object, and filling all of them (10,000 units × 44 indicators), after deriving each unit's
  // rates for them, cost several times as much as summing the units, for a table that only a
  // detail sheet or a JSON output reads. A row, once read, is kept; an enumerable getter still
  // looks and compares like plain data.
  const cells: Record<string, Readonly<Record<string, ReportValue | undefined>>> = {};
  for (const { code } of form.indicators) {
    let row: Record<string, ReportValue | undefined> | undefined;
    const rowOf = (): Record<string, ReportValue | undefined> => {
      if (row !== undefined) return row;
      const built: Record<string, ReportValue | undefined> = {};
      for (const { unit, values: own } of values()) {
        const value = own[code];
        if (value !== undefined) built[unit] = value;
      }
      row = built;
      return built;
    };
    Object.defineProperty(cells, code, { get: rowOf, enumerable: true });
  }
  return {
    indicators: form.indicators.map((i) => i.code),
    units,
    cells,
    totals,
    missing,
  };
}
