import {
  CONSOLIDATED_SHEET_NAMES,
  type ConsolidatedSheetNames,
  consolidate,
  consolidatedWorkbookLayout,
  createIssue,
  Hierarchy,
  type Issue,
  isTonghopError,
  parseHierarchyCsv,
  type Report,
  readUnitWorkbook,
  sortIssues,
  ttm01,
  type UnitInput,
  type UnreadableFile,
  type WorkbookSpec,
} from "@tonghop/core";
import { freeSheetName, queueWorkbook } from "../excel/render.js";
import type { ExcelSession } from "../excel/session.js";

export interface PickedFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

export type Consolidation = ReturnType<typeof consolidate>;

/** What the picked files gave: the consolidation, the reports it took from, and everything found on the way. */
export interface PickedConsolidation {
  readonly result: Consolidation;
  readonly reports: readonly Report[];
  readonly issues: readonly Issue[];
  readonly hierarchy?: Hierarchy;
  /** Files that could not be read at all, for Nộp báo cáo. */
  readonly unreadable: readonly UnreadableFile[];
}

/** A file that could not be read at all becomes an issue naming it, as the CLI reports it. */
function unreadable(file: string, error: unknown): Issue {
  if (isTonghopError(error)) {
    return createIssue({ code: error.code, severity: "error", vi: error.message, en: error.messageEn, file });
  }
  return createIssue({
    code: "FILE.UNREADABLE",
    severity: "error",
    vi: `Không đọc được tệp ${file}: ${String(error)}`,
    en: `Cannot read file ${file}: ${String(error)}`,
    file,
  });
}

/**
 * Tổng hợp, without Excel: reads each picked workbook with @tonghop/xlsx (in the browser), lets
 * core pick its form and roster sheets, and consolidates in core. `progress` is called per file.
 */
export async function consolidatePicked(
  files: readonly PickedFile[],
  hierarchyCsv: string | undefined,
  progress: (done: number, total: number, file: string) => void,
): Promise<PickedConsolidation> {
  // Loaded on first use: the xlsx reader is only needed by this action.
  const { createPartMemory, readWorkbook } = await import("@tonghop/xlsx");
  // The units' workbooks are copies of one template: its shared parts are inflated and read once.
  const partMemory = createPartMemory();
  // The unit list also tells core which unit a sheet's heading names.
  const hierarchy = hierarchyCsv === undefined ? undefined : Hierarchy.build(parseHierarchy(hierarchyCsv));
  const reports: Report[] = [];
  const issues: Issue[] = [];
  const unreadableFiles: UnreadableFile[] = [];
  for (const [i, file] of files.entries()) {
    progress(i, files.length, file.name);
    // Yield to the browser so the progress bar paints between files.
    await new Promise((resolve) => setTimeout(resolve, 0));
    try {
      const workbook = readWorkbook(file.bytes, { file: file.name, partMemory });
      // Core picks the form and roster sheets as for the CLI; a sheet without the form's header is not taken.
      const unit = readUnitWorkbook(ttm01, workbook.sheets, {
        file: file.name,
        ...(hierarchy === undefined ? {} : { hierarchy }),
      });
      issues.push(...unit.issues);
      if (unit.report.layout !== undefined) reports.push(unit.report);
    } catch (error) {
      const issue = unreadable(file.name, error);
      issues.push(issue);
      unreadableFiles.push({ file: file.name, message: issue.message });
    }
  }
  progress(files.length, files.length, "");
  const result = consolidate(ttm01, reports, hierarchy ? { hierarchy } : {});
  return {
    result,
    reports,
    issues: sortIssues([...issues, ...result.issues]),
    ...(hierarchy === undefined ? {} : { hierarchy }),
    unreadable: unreadableFiles,
  };
}

function parseHierarchy(text: string) {
  const trimmed = text.trim();
  // The CLI's hierarchy file is CSV or a JSON array of units.
  return trimmed.startsWith("[") ? (JSON.parse(trimmed) as UnitInput[]) : parseHierarchyCsv(trimmed);
}

/**
 * The consolidation's workbook (DESIGN §6) as core lays it out for the CLI too: Tổng hợp with live
 * formulas into Chi tiết, Nộp báo cáo, Chỉ tiêu, Kiểm tra. Names the workbook already uses get a
 * number, and Tổng hợp's formulas follow Chi tiết's name.
 */
export function consolidationWorkbook(
  consolidation: PickedConsolidation,
  taken: readonly string[],
  date: Date,
): WorkbookSpec {
  const names: string[] = [...taken];
  const free = (wanted: string) => {
    const name = freeSheetName(wanted, names);
    names.push(name);
    return name;
  };
  const sheetNames = Object.fromEntries(
    Object.entries(CONSOLIDATED_SHEET_NAMES).map(([role, name]) => [role, free(name)]),
  ) as unknown as ConsolidatedSheetNames;
  const { result, reports, issues, hierarchy, unreadable } = consolidation;
  return consolidatedWorkbookLayout(ttm01, result, {
    reports,
    ...(hierarchy === undefined ? {} : { hierarchy }),
    date,
    issues,
    unreadable,
    sheetNames,
  });
}

/** Writes the result sheets into the open workbook. Two syncs for results under the batch budget. */
export async function writeConsolidation(
  session: ExcelSession,
  build: (taken: readonly string[]) => WorkbookSpec,
): Promise<string[]> {
  const worksheets = session.context.workbook.worksheets;
  worksheets.load("items/name");
  await session.sync();
  const spec = build(worksheets.items.map((w) => w.name));
  const sheets = await queueWorkbook(session, spec);
  sheets[0]?.activate();
  await session.sync();
  return spec.sheets.map((s) => s.name);
}
