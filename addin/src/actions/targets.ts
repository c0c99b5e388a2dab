import {
  checkRoster,
  evaluateTargets,
  type Grid,
  type Issue,
  isRosterGrid,
  type Report,
  type RosterEntry,
  readGrid,
  readRoster,
  type TargetResult,
  ttm01,
} from "@tonghop/core";
import { readSheet } from "../excel/read.js";
import type { ExcelSession } from "../excel/session.js";

/** Rows and columns of another sheet looked at to tell whether it is the roster: its header is near the top. */
const ROSTER_PROBE = "A1:L15";

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
  const worksheets = session.context.workbook.worksheets;
  const { sheet, also: visible } = await readSheet(session, worksheet, () => {
    worksheets.load("items/name,items/visibility");
    return () => worksheets.items.filter((w) => w.visibility === "Visible");
  });
  const { report } = readGrid(ttm01, sheet.grid, { sheet: sheet.name });

  let roster: { entries: RosterEntry[]; sheet: string; issues: Issue[] } | undefined;
  const others = visible.filter((w) => w.name !== sheet.name);
  if (others.length > 0) {
    const probes = others.map((w) => {
      const range = w.getRange(ROSTER_PROBE);
      range.load("values");
      return { worksheet: w, range };
    });
    await session.sync();
    const found = probes.find(({ worksheet: w, range }) => {
      const grid: Grid = {
        sheet: w.name,
        origin: "A1",
        values: range.values.map((row) => row.map((v) => (v === "" ? null : v))),
      };
      return isRosterGrid(ttm01, grid);
    });
    if (found) {
      const { sheet: rosterSheet } = await readSheet(session, found.worksheet);
      const read = readRoster(ttm01, rosterSheet.grid, { sheet: rosterSheet.name });
      roster = { entries: read.roster, sheet: rosterSheet.name, issues: read.issues };
    }
  }
  const results = evaluateTargets(ttm01.targets, report, {
    form: ttm01,
    ...(roster ? { roster: roster.entries } : {}),
  });
  const issues = roster ? [...roster.issues, ...checkRoster(ttm01, report, roster.entries)] : [];
  return { report, results, issues, ...(roster ? { rosterSheet: roster.sheet } : {}) };
}
