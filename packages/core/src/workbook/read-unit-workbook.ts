import type { Form } from "../form/schema.js";
import type { Grid } from "../grid/index.js";
import type { Hierarchy } from "../hierarchy/index.js";
import { type Issue, TonghopError } from "../issue/index.js";
import { readView } from "../read/read-grid.js";
import { type SheetView, sheetView } from "../read/sheet.js";
import type { Report, RosterEntry } from "../report/index.js";
import { isRosterView, readRosterView } from "../roster/read-roster.js";

/** One sheet of a unit's workbook, as an edge (xlsx reader, Office.js) hands it over. */
export interface UnitWorkbookSheet {
  readonly name: string;
  readonly hidden?: boolean;
  readonly grid: Grid;
}

export interface ReadUnitWorkbookOptions {
  readonly file?: string;
  /** Units, to tell which one the form sheet's heading names. */
  readonly hierarchy?: Hierarchy;
  /** The period the caller knows the workbook is for (id or label): wins over the sheet's title. */
  readonly period?: string;
  /**
   * The sheet the caller knows is the form (the add-in's active sheet): read as the form whatever
   * it looks like, and never taken for the roster. Without it every sheet is a candidate.
   */
  readonly formSheet?: string;
}

/** A unit's workbook as read: the form sheet's report (with its roster), and what reading found. */
export interface UnitWorkbook {
  readonly report: Report;
  readonly roster?: readonly RosterEntry[];
  /** The sheet read as the form, when one has the form's header. */
  readonly sheet?: string;
  /** The sheet read as the roster (danh sách báo cáo viên, tuyên truyền viên), when there is one. */
  readonly rosterSheet?: string;
  /** Issues from reading the form and roster sheets (validation is checkUnit's). */
  readonly issues: readonly Issue[];
}

interface Candidate {
  readonly sheet: UnitWorkbookSheet;
  readonly report: Report;
  readonly issues: readonly Issue[];
  readonly found: number;
  readonly header: boolean;
}

/** A sheet with the form's header first, then a visible one, then the one with more indicators. */
function better(a: Candidate, b: Candidate): boolean {
  if (a.header !== b.header) return a.header;
  if (Boolean(a.sheet.hidden) !== Boolean(b.sheet.hidden)) return !a.sheet.hidden;
  return a.found > b.found;
}

/**
 * Reads a unit's workbook (bảng tính báo cáo của đơn vị): the form is the sheet read with the
 * form's header and the most indicators, visible sheets before hidden ones (a hidden sheet is
 * often an old copy); the roster is a sheet isRosterGrid recognises, a visible one first, and is
 * attached to the report. A workbook without a form header still gives a report, with
 * READ.NO_HEADER among the issues. Throws TonghopError (READ.NO_SHEET) only when no sheet is
 * left to read as the form.
 */
export function readUnitWorkbook(
  form: Form,
  sheets: readonly UnitWorkbookSheet[],
  options: ReadUnitWorkbookOptions = {},
): UnitWorkbook {
  const { file } = options;
  let best: Candidate | undefined;
  let roster: { readonly sheet: UnitWorkbookSheet; readonly view: SheetView } | undefined;
  for (const sheet of sheets) {
    const isForm = options.formSheet === sheet.name;
    // One view of the sheet for the roster check and the form: its texts are decoded once.
    const view = sheetView(sheet.grid);
    if (!isForm && isRosterView(form, view)) {
      if (!roster || (roster.sheet.hidden && !sheet.hidden)) roster = { sheet, view };
      continue;
    }
    if (options.formSheet !== undefined && !isForm) continue;
    const { report, issues } = readView(form, view, {
      sheet: sheet.name,
      ...(file === undefined ? {} : { file }),
      ...(options.hierarchy === undefined ? {} : { hierarchy: options.hierarchy }),
      ...(options.period === undefined ? {} : { period: options.period }),
    });
    const candidate: Candidate = {
      sheet,
      report,
      issues,
      found: Object.keys(report.values).length,
      header: !issues.some((i) => i.code === "READ.NO_HEADER"),
    };
    if (!best || better(candidate, best)) best = candidate;
  }
  if (!best) {
    const named =
      file === undefined ? { vi: "Tệp", en: "The file" } : { vi: `Tệp "${file}"`, en: `"${file}"` };
    throw new TonghopError(
      "READ.NO_SHEET",
      `${named.vi} không có trang tính nào để đọc. Hãy kiểm tra lại tệp báo cáo.`,
      `${named.en} has no worksheet to read. Check the report file.`,
    );
  }
  if (!roster) {
    return {
      report: best.report,
      ...(best.header ? { sheet: best.sheet.name } : {}),
      issues: best.issues,
    };
  }
  const read = readRosterView(form, roster.view, {
    sheet: roster.sheet.name,
    ...(file === undefined ? {} : { file }),
  });
  return {
    report: { ...best.report, roster: read.roster },
    roster: read.roster,
    ...(best.header ? { sheet: best.sheet.name } : {}),
    rosterSheet: roster.sheet.name,
    issues: [...best.issues, ...read.issues],
  };
}
