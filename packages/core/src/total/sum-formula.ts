import { toA1 } from "../grid/address.js";

/**
 * The formula a gồm parent's cell gets: `=SUM(E12:E15)` over contiguous child rows, else
 * `=E12+E13+E15`. Rows are zero-based sheet rows; built from addresses only, never from cell text.
 */
export function sumFormula(col: number, rows: readonly number[]): string {
  const sorted = [...new Set(rows)].sort((a, b) => a - b);
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  if (first === undefined || last === undefined) throw new RangeError("sumFormula needs at least one row");
  const cell = (row: number) => toA1({ row, col });
  if (sorted.length === 1) return `=${cell(first)}`;
  if (last - first === sorted.length - 1) return `=SUM(${cell(first)}:${cell(last)})`;
  return `=${sorted.map(cell).join("+")}`;
}
