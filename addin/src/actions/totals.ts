import {
  type CellEdit,
  type CellValue,
  computeTotals,
  fromA1,
  type Grid,
  readGrid,
  ttm01,
} from "@tonghop/core";
import { readSheet } from "../excel/read.js";
import type { ExcelSession } from "../excel/session.js";
import { queueEdits } from "../excel/write.js";

/** One line of the Tính tổng preview: what a cell holds now and what core will write there. */
export interface TotalsChange {
  readonly cell: string;
  readonly indicator?: string;
  readonly current: string | number | boolean | null;
  readonly proposed: string | number | null;
}

function contentAt(grid: Grid, cell: string): CellValue | string {
  const origin = fromA1(grid.origin);
  const { row, col } = fromA1(cell);
  const r = row - origin.row;
  const c = col - origin.col;
  return grid.formulas?.[r]?.[c] ?? grid.values[r]?.[c] ?? null;
}

async function totalsOf(session: ExcelSession) {
  const worksheet = session.context.workbook.worksheets.getActiveWorksheet();
  const { sheet } = await readSheet(session, worksheet);
  const { report } = readGrid(ttm01, sheet.grid, { sheet: sheet.name });
  return { worksheet, sheet, edits: computeTotals(ttm01, report).edits, report };
}

/** Tính tổng, step one: the edits core proposes, beside the cells' present content. One sync. */
export async function previewTotals(session: ExcelSession): Promise<TotalsChange[]> {
  const { sheet, edits, report } = await totalsOf(session);
  const codeAt = new Map(
    Object.entries(report.layout?.rows ?? {}).map(([code, row]) => [row, code] as const),
  );
  return edits
    .filter((edit: CellEdit) => edit.formula !== undefined || edit.value !== undefined)
    .map((edit) => ({
      cell: edit.cell,
      indicator: codeAt.get(fromA1(edit.cell).row),
      current: contentAt(sheet.grid, edit.cell),
      proposed: edit.formula ?? edit.value ?? null,
    }));
}

/**
 * Tính tổng, step two: reads the sheet again (it may have changed since the preview) and writes
 * core's edits in contiguous blocks. Two syncs for any sheet whose edits fit one batch.
 */
export async function applyTotals(session: ExcelSession): Promise<{ written: number }> {
  const { worksheet, edits } = await totalsOf(session);
  await queueEdits(session, worksheet, edits);
  await session.sync();
  return { written: edits.length };
}
