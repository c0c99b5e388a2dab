import { checkUnit, type Issue, type Report, readUnitWorkbook, ttm01 } from "@tonghop/core";
import { type MarkResult, marksFromIssues, queueMarks, queueStoreRead } from "../excel/marks.js";
import { readSheet } from "../excel/read.js";
import { queueVisibleSheets, readRosterSheet } from "../excel/roster.js";
import type { ExcelSession } from "../excel/session.js";
import type { Language } from "../i18n.js";

export interface CheckResult {
  readonly sheet: string;
  readonly report: Report;
  readonly issues: readonly Issue[];
  readonly marks: MarkResult;
}

/**
 * Kiểm tra: reads the active sheet as the form, and the workbook's roster sheet when it has one;
 * core reads and checks them (the form's rules, the roster against the form), and every cell of
 * the sheet an issue points at is marked. Three syncs (read, snapshot of the cells to mark,
 * writes), one more to look at the top of the other sheets and one to read the roster, whatever
 * the sheets' sizes.
 */
export async function checkSheet(session: ExcelSession, language: Language): Promise<CheckResult> {
  const worksheet = session.context.workbook.worksheets.getActiveWorksheet();
  const { sheet, also } = await readSheet(session, worksheet, () => {
    const store = queueStoreRead(session);
    const visible = queueVisibleSheets(session);
    return () => ({ store: store(), visible: visible() });
  });
  const rosterSheet = await readRosterSheet(
    session,
    also.visible.filter((w) => w.name !== sheet.name),
  );
  const unit = readUnitWorkbook(ttm01, rosterSheet ? [sheet, rosterSheet] : [sheet], {
    formSheet: sheet.name,
  });
  const issues = checkUnit(ttm01, unit);
  const marks = marksFromIssues(issues, sheet.name, language);
  const { result } = await queueMarks(session, worksheet, sheet, marks, also.store);
  await session.sync();
  return { sheet: sheet.name, report: unit.report, issues, marks: result };
}
