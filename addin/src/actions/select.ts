import type { ExcelSession } from "../excel/session.js";

/** Selects an issue's cell (ExcelApi 1.1), on its sheet when it names one. One sync. */
export async function selectCell(session: ExcelSession, cell: string, sheet?: string): Promise<void> {
  const worksheets = session.context.workbook.worksheets;
  const worksheet = sheet ? worksheets.getItem(sheet) : worksheets.getActiveWorksheet();
  worksheet.activate();
  worksheet.getRange(cell).select();
  await session.sync();
}
