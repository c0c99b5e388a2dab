import { type Grid, isRosterGrid, ttm01 } from "@tonghop/core";
import { readSheet, type SheetRead } from "./read.js";
import type { ExcelSession } from "./session.js";

/** Rows and columns of another sheet looked at to tell whether it is the roster: its header is near the top. */
const ROSTER_PROBE = "A1:L15";

/** Queues the load of the workbook's visible sheets; call the returned reader after the sync. */
export function queueVisibleSheets(session: ExcelSession): () => Excel.Worksheet[] {
  const worksheets = session.context.workbook.worksheets;
  worksheets.load("items/name,items/visibility");
  return () => worksheets.items.filter((w) => w.visibility === "Visible");
}

/**
 * The roster sheet (danh sách báo cáo viên, tuyên truyền viên) among `others`, read whole: core
 * tells it by the top of each sheet (one sync for all of them), and only that sheet is read. No
 * sync at all when there is no other sheet; the count never depends on the sheets' sizes.
 */
export async function readRosterSheet(
  session: ExcelSession,
  others: readonly Excel.Worksheet[],
): Promise<SheetRead | undefined> {
  if (others.length === 0) return undefined;
  const probes = others.map((worksheet) => {
    const range = worksheet.getRange(ROSTER_PROBE);
    range.load("values");
    return { worksheet, range };
  });
  await session.sync();
  const found = probes.find(({ worksheet, range }) => {
    const grid: Grid = {
      sheet: worksheet.name,
      origin: "A1",
      values: range.values.map((row) => row.map((v) => (v === "" ? null : v))),
    };
    return isRosterGrid(ttm01, grid);
  });
  return found ? (await readSheet(session, found.worksheet)).sheet : undefined;
}
