import type { CellInput } from "../grid/index.js";

/**
 * Cells placed by zero-based (row, column), turned into the row arrays of a SheetSpec. A small
 * mutable helper local to each sheet's layout function.
 */
export class GridBuilder {
  private readonly cells: CellInput[][] = [];

  set(row: number, col: number, cell: CellInput): void {
    let r = this.cells[row];
    if (r === undefined) {
      r = [];
      this.cells[row] = r;
    }
    r[col] = cell;
  }

  /** Cells side by side from (row, col). */
  setRow(row: number, col: number, cells: readonly CellInput[]): void {
    cells.forEach((cell, i) => {
      this.set(row, col + i, cell);
    });
  }

  rows(): CellInput[][] {
    const out: CellInput[][] = [];
    for (let i = 0; i < this.cells.length; i++) out.push(this.cells[i] ?? []);
    // Holes become empty cells.
    return out.map((r) => Array.from({ length: r.length }, (_, i) => r[i] ?? null));
  }
}
