import {
  checkRoster,
  evaluateTargets,
  type Issue,
  type Report,
  readUnitWorkbook,
  type TargetResult,
  ttm01,
} from "@tonghop/core";
import { readSheet } from "../excel/read.js";
import { queueVisibleSheets, readRosterSheet } from "../excel/roster.js";
import type { ExcelSession } from "../excel/session.js";

export interface TargetsOutcome {
  readonly report: Report;
  readonly results: TargetResult[];
  /** The roster sheet (danh sách báo cáo viên, tuyên truyền viên) used for per-person targets, if the workbook has one. */
  readonly rosterSheet?: string;
  /** What core finds when the roster and the form disagree. */
  readonly issues: Issue[];
}

/**
 * Chỉ tiêu: core evaluates the form's targets on the active sheet's report, person by person
 * where another sheet of the workbook is the roster. One sync for the sheet; one more to look at
 * the top of the other sheets, and one to read the roster when there is one, whatever the sizes.
 */
export async function evaluateSheetTargets(session: ExcelSession): Promise<TargetsOutcome> {
  const worksheet = session.context.workbook.worksheets.getActiveWorksheet();
  const { sheet, also: visible } = await readSheet(session, worksheet, () => queueVisibleSheets(session));
  const rosterSheet = await readRosterSheet(
    session,
    visible.filter((w) => w.name !== sheet.name),
  );
  const unit = readUnitWorkbook(ttm01, rosterSheet ? [sheet, rosterSheet] : [sheet], {
    formSheet: sheet.name,
  });
  const { report, roster } = unit;
  const results = evaluateTargets(ttm01.targets, report, { form: ttm01, ...(roster ? { roster } : {}) });
  // The roster's own reading issues and its disagreement with the form; the form's are Kiểm tra's.
  const issues = roster
    ? [...unit.issues.filter((i) => i.sheet === unit.rosterSheet), ...checkRoster(ttm01, report, roster)]
    : [];
  return {
    report,
    results,
    issues,
    ...(unit.rosterSheet === undefined ? {} : { rosterSheet: unit.rosterSheet }),
  };
}
