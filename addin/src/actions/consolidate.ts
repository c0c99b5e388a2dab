import {
  consolidate,
  createIssue,
  evaluateTargets,
  Hierarchy,
  type Issue,
  isRosterGrid,
  isTonghopError,
  parseHierarchyCsv,
  type Report,
  readGrid,
  readRoster,
  sortIssues,
  ttm01,
  type UnitInput,
} from "@tonghop/core";
import type { ExcelSession } from "../excel/session.js";
import type { Language, Strings } from "../i18n.js";
import { freeSheetName, queueNewSheet, type SheetLayout, templateLayout } from "./layout.js";

export interface PickedFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

export type Consolidation = ReturnType<typeof consolidate>;

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
 * Tổng hợp, without Excel: reads each picked workbook with @tonghop/xlsx (in the browser), takes
 * each visible sheet core reads as the form, and consolidates in core. `progress` is called per file.
 */
export async function consolidatePicked(
  files: readonly PickedFile[],
  hierarchyCsv: string | undefined,
  progress: (done: number, total: number, file: string) => void,
): Promise<{ result: Consolidation; reports: Report[]; issues: Issue[] }> {
  // Loaded on first use: the xlsx reader is only needed by this action.
  const { readWorkbook } = await import("@tonghop/xlsx");
  // The unit list also tells readGrid which unit a sheet's heading names.
  const hierarchy = hierarchyCsv === undefined ? undefined : Hierarchy.build(parseHierarchy(hierarchyCsv));
  const reports: Report[] = [];
  const issues: Issue[] = [];
  for (const [i, file] of files.entries()) {
    progress(i, files.length, file.name);
    // Yield to the browser so the progress bar paints between files.
    await new Promise((resolve) => setTimeout(resolve, 0));
    try {
      const workbook = readWorkbook(file.bytes, { file: file.name });
      const visible = workbook.sheets.filter((s) => !s.hidden);
      const rosterSheet = visible.find((s) => isRosterGrid(ttm01, s.grid));
      const reads = visible
        .filter((s) => s !== rosterSheet)
        .map((s) => readGrid(ttm01, s.grid, { file: file.name, sheet: s.name, hierarchy }));
      // The first sheet core reads as the form is the unit's report; a workbook with none says why.
      const form = reads.find((r) => r.report.layout !== undefined) ?? reads[0];
      if (form === undefined) {
        issues.push(
          createIssue({
            code: "FILE.NO_VISIBLE_SHEET",
            severity: "error",
            vi: `Tệp "${file.name}" không có trang tính nào đang hiện: không có báo cáo để tổng hợp. Hãy hiện trang báo cáo rồi gửi lại tệp.`,
            en: `File "${file.name}" has no visible sheet: no report to consolidate. Unhide the report sheet and send the file again.`,
            file: file.name,
          }),
        );
        continue;
      }
      issues.push(...form.issues);
      if (form.report.layout === undefined) continue;
      if (rosterSheet) {
        const roster = readRoster(ttm01, rosterSheet.grid, { file: file.name, sheet: rosterSheet.name });
        issues.push(...roster.issues);
        reports.push({ ...form.report, roster: roster.roster });
      } else {
        reports.push(form.report);
      }
    } catch (error) {
      issues.push(unreadable(file.name, error));
    }
  }
  progress(files.length, files.length, "");
  const result = consolidate(ttm01, reports, hierarchy ? { hierarchy } : {});
  return { result, reports, issues: sortIssues([...issues, ...result.issues]) };
}

function parseHierarchy(text: string) {
  const trimmed = text.trim();
  // The CLI's hierarchy file is CSV or a JSON array of units.
  return trimmed.startsWith("[") ? (JSON.parse(trimmed) as UnitInput[]) : parseHierarchyCsv(trimmed);
}

const STATUS_FILLS: Record<string, string> = {
  exceeded: "#C6EFCE",
  met: "#E2EFDA",
  notMet: "#FFC7CE",
  missingData: "#EDEDED",
};

/** The consolidation's sheets (DESIGN §6): Tổng hợp, Chi tiết, Nộp báo cáo, Chỉ tiêu, Kiểm tra. */
export function consolidationLayouts(
  consolidation: { result: Consolidation; reports: Report[]; issues: Issue[] },
  t: Strings,
  language: Language,
  taken: readonly string[],
): SheetLayout[] {
  const { result, reports, issues } = consolidation;
  const names: string[] = [...taken];
  const name = (wanted: string) => {
    const free = freeSheetName(wanted, names);
    names.push(free);
    return free;
  };
  const label = (code: string) => ttm01.indicators.find((i) => i.code === code)?.label ?? code;
  const unitName = (code: string) => result.completeness.entries.find((e) => e.code === code)?.name ?? code;
  const periodId = result.report.period.id ?? "";
  const values = Object.fromEntries(Object.entries(result.report.values).map(([k, v]) => [k, v.value]));

  const summary = templateLayout(ttm01, {
    name: name(t.sheetNames.summary),
    unitCode: result.report.unit.code ?? "",
    unitName: result.report.unit.name ?? "",
    periodLabel: result.report.period.text ?? periodId,
    periodId,
    values,
  });

  const units = result.matrix.units;
  const detail: SheetLayout = {
    name: name(t.sheetNames.detail),
    rows: [
      ["Mã", "Chỉ tiêu", ...units.map(unitName), "Tổng"],
      ...result.matrix.indicators.map((code) => [
        code,
        label(code),
        ...units.map((u) => result.matrix.cells[code]?.[u]?.value ?? null),
        result.matrix.totals[code]?.value ?? null,
      ]),
    ],
    bold: [0],
    header: 0,
    widths: [16, 50, ...units.map(() => 14), 14],
  };

  const submissions: SheetLayout = {
    name: name(t.sheetNames.submissions),
    rows: [
      ["STT", "Mã đơn vị", "Tên đơn vị", "Tình trạng", "Tệp", "Số lỗi"],
      ...result.completeness.entries.map((e, i) => [
        i + 1,
        e.code,
        e.name,
        t.completenessStatus[e.status] ?? e.status,
        e.file ?? null,
        e.errors,
      ]),
    ],
    bold: [0],
    header: 0,
    widths: [6, 14, 40, 22, 30, 8],
  };

  const targetRows: (string | number | null)[][] = [
    ["Đơn vị", "Chỉ tiêu", "Thực hiện", "Yêu cầu", "Tỷ lệ (%)", "Đánh giá"],
  ];
  const fills: Record<string, string> = {};
  const addTargets = (unit: string, report: Report) => {
    for (const r of evaluateTargets(ttm01.targets, report, { form: ttm01 })) {
      targetRows.push([
        unit,
        language === "vi" ? r.label : r.labelEn,
        r.actual,
        r.expected,
        r.percent,
        language === "vi" ? r.statusLabel : r.statusLabelEn,
      ]);
      fills[`F${targetRows.length}`] = STATUS_FILLS[r.status] ?? "#FFFFFF";
    }
  };
  addTargets(result.report.unit.name ?? "Tổng hợp", result.report);
  for (const report of reports) addTargets(report.unit.name ?? report.unit.code ?? report.file ?? "", report);
  const targets: SheetLayout = {
    name: name(t.sheetNames.targets),
    rows: targetRows,
    bold: [0],
    header: 0,
    widths: [30, 60, 12, 12, 10, 14],
    fills,
  };

  const checks: SheetLayout = {
    name: name(t.sheetNames.issues),
    rows: [
      ["Tệp", "Trang", "Ô", "Mức độ", "Mã lỗi", "Nội dung"],
      ...issues.map((i) => [
        i.file ?? null,
        i.sheet ?? null,
        i.cell ?? null,
        i.severity === "error" ? t.errors : i.severity === "warning" ? t.warnings : t.infos,
        i.code,
        language === "vi" ? i.message : i.messageEn,
      ]),
    ],
    bold: [0],
    header: 0,
    widths: [28, 16, 8, 12, 24, 80],
  };
  return [summary, detail, submissions, targets, checks];
}

/** Writes the result sheets into the open workbook. Two syncs for results under the batch budget. */
export async function writeConsolidation(
  session: ExcelSession,
  build: (taken: readonly string[]) => SheetLayout[],
): Promise<string[]> {
  const worksheets = session.context.workbook.worksheets;
  worksheets.load("items/name");
  await session.sync();
  const layouts = build(worksheets.items.map((w) => w.name));
  const sheets: Excel.Worksheet[] = [];
  for (const layout of layouts) sheets.push(await queueNewSheet(session, layout));
  sheets[0]?.activate();
  await session.sync();
  return layouts.map((l) => l.name);
}
