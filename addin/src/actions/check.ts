import { type Issue, type Report, readGrid, sortIssues, ttm01, validate } from "@tonghop/core";
import { type MarkResult, marksFromIssues, queueMarks, queueStoreRead } from "../excel/marks.js";
import { readSheet } from "../excel/read.js";
import type { ExcelSession } from "../excel/session.js";
import type { Language } from "../i18n.js";

export interface CheckResult {
  readonly sheet: string;
  readonly report: Report;
  readonly issues: readonly Issue[];
  readonly marks: MarkResult;
}

/**
 * Kiểm tra: reads the active sheet, lets core read and validate it, and marks every cell an issue
 * points at. Three syncs (read, snapshot of the cells to mark, writes) whatever the sheet's size.
 */
export async function checkSheet(session: ExcelSession, language: Language): Promise<CheckResult> {
  const worksheet = session.context.workbook.worksheets.getActiveWorksheet();
  const { sheet, also: store } = await readSheet(session, worksheet, () => queueStoreRead(session));
  const read = readGrid(ttm01, sheet.grid, { sheet: sheet.name });
  const issues = sortIssues([...read.issues, ...validate(ttm01, read.report)]);
  const marks = marksFromIssues(issues, sheet.name, language);
  const { result } = await queueMarks(session, worksheet, sheet, marks, store);
  await session.sync();
  return { sheet: sheet.name, report: read.report, issues, marks: result };
}
