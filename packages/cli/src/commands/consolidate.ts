import {
  type ConsolidateResult,
  checkRoster,
  consolidate,
  consolidatedWorkbookLayout,
  consolidationFacts,
  createIssue,
  formatViNumber,
  type Hierarchy,
  hasErrors,
  type Issue,
  isTonghopError,
  type NotTakenFile,
  type Period,
  type Report,
  sortIssues,
  type TargetResult,
  ttm01,
  type UnreadableFile,
} from "@tonghop/core";
import { writeWorkbook } from "@tonghop/xlsx";
import { CliError, EXIT, errorText } from "../errors.js";
import { lang, say } from "../i18n.js";
import { collectInputs } from "../io/collect-inputs.js";
import { loadHierarchy } from "../io/load-hierarchy.js";
import { type LoadedUnit, loadUnit } from "../io/load-unit.js";
import { checkOutput, writeOutput } from "../io/write-output.js";
import { issuesTable } from "../output/issues-text.js";
import { issueJson, printJson } from "../output/json.js";
import { startProgress } from "../output/progress.js";
import { table } from "../output/table.js";
import { parsePeriodOption } from "./period-option.js";

export interface ConsolidateOptions {
  readonly out: string;
  readonly hierarchy?: string;
  readonly unit?: string;
  readonly period?: string;
  readonly json?: boolean;
}

/** Oldest first, so that of two reports of one unit the one saved later is the one that counts. */
function bySaveDate(a: LoadedUnit, b: LoadedUnit): number {
  return (a.modified ?? "").localeCompare(b.modified ?? "") || a.file.localeCompare(b.file);
}

/**
 * tonghop consolidate <file.xlsx|dir>... --out <file.xlsx> [--hierarchy] [--unit] [--period] [--json]:
 * reads every unit workbook, consolidates them into the parent's report and writes the workbook of
 * DESIGN.md §6. Inputs are only read. Exit 0, 1 (errors in the data) or 2 (a file unreadable).
 */
export async function runConsolidate(
  inputs: readonly string[],
  options: ConsolidateOptions,
): Promise<number> {
  const files = collectInputs(inputs);
  await checkOutput(options.out, options.hierarchy === undefined ? files : [...files, options.hierarchy]);
  const hierarchy = options.hierarchy === undefined ? undefined : loadHierarchy(options.hierarchy);
  const period = options.period === undefined ? undefined : parsePeriodOption(options.period);
  if (options.unit !== undefined && hierarchy && !hierarchy.unit(options.unit)) {
    throw new CliError({
      vi: `Mã đơn vị "${options.unit}" không có trong danh sách đơn vị "${options.hierarchy}". Hãy kiểm tra --unit.`,
      en: `Unit code "${options.unit}" is not in the hierarchy "${options.hierarchy}". Check --unit.`,
    });
  }

  const progress = startProgress(files.length, say({ vi: "Đọc báo cáo", en: "Reading" }));
  const loaded: LoadedUnit[] = [];
  const unreadable: UnreadableFile[] = [];
  const fileIssues: Issue[] = [];
  for (const file of files) {
    try {
      loaded.push(loadUnit(ttm01, file, hierarchy === undefined ? {} : { hierarchy }));
    } catch (error) {
      const text = errorText(error, file);
      unreadable.push({ file, message: text.vi });
      fileIssues.push(
        createIssue({ code: "FILE.UNREADABLE", severity: "error", vi: text.vi, en: text.en, file }),
      );
    }
    progress.tick(file);
  }
  progress.stop();
  loaded.sort(bySaveDate);

  // Each report with its file and roster: the layout lists files and judges per-person targets.
  const reports: Report[] = loaded.map((u) => ({
    ...u.report,
    file: u.file,
    ...(u.roster === undefined ? {} : { roster: u.roster }),
  }));
  let result: ConsolidateResult;
  try {
    result = consolidate(ttm01, reports, {
      ...(hierarchy === undefined ? {} : { hierarchy }),
      ...(options.unit === undefined ? {} : { unit: options.unit }),
      ...(period === undefined ? {} : { period }),
    });
  } catch (error) {
    if (isTonghopError(error)) throw new CliError(errorText(error));
    throw error;
  }

  const readIssues = loaded.flatMap((u) => {
    const code = u.report.unit.code;
    const roster = u.roster ? checkRoster(ttm01, u.report, u.roster) : [];
    return [...u.issues, ...roster].map((i) => ({
      ...i,
      ...(i.file === undefined ? { file: u.file } : {}),
      ...(i.unit === undefined && code !== undefined ? { unit: code } : {}),
    }));
  });
  const issues = sortIssues([...fileIssues, ...readIssues, ...result.issues]);
  const facts = consolidationFacts(ttm01, result, {
    reports,
    ...(hierarchy === undefined ? {} : { hierarchy }),
    ...(period === undefined ? {} : { period }),
  });
  const { notTaken, targets, nameOf, unitCode } = facts;
  const unitName =
    unitCode === undefined ? say({ vi: "Đơn vị tổng hợp", en: "Consolidating unit" }) : facts.unitName;
  const consolidatedPeriod = facts.period;
  const spec = consolidatedWorkbookLayout(ttm01, result, {
    reports,
    ...(hierarchy === undefined ? {} : { hierarchy }),
    ...(period === undefined ? {} : { period }),
    date: new Date(),
    issues,
    unreadable,
  });
  await writeOutput(options.out, await writeWorkbook(spec));

  const totals: Record<string, number> = {};
  for (const [code, value] of Object.entries(result.report.values)) {
    if (value.value !== null) totals[code] = value.value;
  }
  const c = result.completeness;
  if (options.json) {
    printJson({
      unit: unitCode ?? null,
      period: consolidatedPeriod?.id ?? null,
      submitted: c.submitted,
      missing: c.missing,
      duplicates: c.duplicate,
      wrongPeriod: c.wrongPeriod,
      unknown: c.unknown,
      unidentified: c.unidentified,
      unreadable: unreadable.map((u) => u.file),
      totals,
      targets: targets.map((t) => ({
        id: t.id,
        actual: t.actual,
        expected: t.expected,
        percent: t.percent,
        status: t.status,
      })),
      issues: issues.map(issueJson),
      output: options.out,
    });
  } else {
    printSummary({
      result,
      hierarchy,
      unitName,
      unitCode,
      period: consolidatedPeriod,
      nameOf,
      notTaken,
      unreadable,
      issues,
      targets,
      out: options.out,
    });
  }
  for (const u of unreadable) process.stderr.write(`tonghop: ${u.message}\n`);
  if (unreadable.length > 0) return EXIT.cannotRun;
  return hasErrors(issues) ? EXIT.dataErrors : EXIT.ok;
}

function printSummary(s: {
  result: ConsolidateResult;
  hierarchy: Hierarchy | undefined;
  unitName: string;
  unitCode: string | undefined;
  period: Period | undefined;
  nameOf: (code: string) => string;
  notTaken: readonly NotTakenFile[];
  unreadable: readonly UnreadableFile[];
  issues: readonly Issue[];
  targets: readonly TargetResult[];
  out: string;
}): void {
  const en = lang() === "en";
  const out: string[] = [];
  const c = s.result.completeness;
  const who = (code: string) => `${s.nameOf(code)} (${code})`;
  const periodLabel = s.period ? (en ? s.period.labelEn : s.period.label) : "?";
  out.push(
    say({
      vi: `TỔNG HỢP: ${s.unitName}${s.unitCode ? ` (${s.unitCode})` : ""} — ${periodLabel}`,
      en: `CONSOLIDATED: ${s.unitName}${s.unitCode ? ` (${s.unitCode})` : ""} — ${periodLabel}`,
    }),
    "",
  );
  const expected = c.expected?.length;
  out.push(
    expected === undefined
      ? say({
          vi: `Đã nộp: ${c.submitted.length} đơn vị (không có danh sách đơn vị: không biết đơn vị nào chưa nộp)`,
          en: `Submitted: ${c.submitted.length} units (no hierarchy: who is missing cannot be told)`,
        })
      : say({
          vi: `Đã nộp: ${c.submitted.length}/${expected} đơn vị`,
          en: `Submitted: ${c.submitted.length}/${expected} units`,
        }),
  );
  const list = (codes: readonly string[]) =>
    codes.length === 0 ? say({ vi: "không", en: "none" }) : codes.map(who).join(", ");
  if (expected !== undefined) out.push(`${say({ vi: "Chưa nộp", en: "Missing" })}: ${list(c.missing)}`);
  out.push(`${say({ vi: "Nộp trùng", en: "Duplicates" })}: ${list(c.duplicate)}`);
  out.push(`${say({ vi: "Sai kỳ", en: "Wrong period" })}: ${list(c.wrongPeriod)}`);
  if (s.notTaken.length + s.unreadable.length > 0) {
    out.push(say({ vi: "Tệp không được tổng hợp:", en: "Files left out:" }));
  }
  for (const n of s.notTaken) out.push(`  - ${n.file}: ${n.reason}`);
  for (const u of s.unreadable) out.push(`  - ${u.file}: ${say({ vi: "không đọc được", en: "unreadable" })}`);
  out.push("");

  const values = s.result.report.values;
  const rows = ttm01.indicators
    .filter((i) => i.parent === undefined || i.kind === "derived")
    .flatMap((i) => {
      const v = values[i.code];
      if (v === undefined || v.value === null) return [];
      const decimals = i.derive?.decimals ?? 0;
      return [
        [
          i.stt,
          i.code,
          en ? i.labelEn : i.label,
          `${v.approximate ? "~" : ""}${formatViNumber(v.value, decimals)}`,
          i.unit,
        ],
      ];
    });
  out.push(say({ vi: "SỐ LIỆU TỔNG HỢP", en: "TOTALS" }));
  out.push(
    table(
      [
        "STT",
        say({ vi: "Mã", en: "Code" }),
        say({ vi: "Chỉ tiêu", en: "Indicator" }),
        say({ vi: "Kết quả", en: "Total" }),
        say({ vi: "ĐVT", en: "Unit" }),
      ],
      rows,
      [3],
    ),
  );
  out.push("");
  out.push(say({ vi: "CHỈ TIÊU", en: "TARGETS" }));
  out.push(
    table(
      [
        say({ vi: "Mã", en: "Id" }),
        say({ vi: "Chỉ tiêu", en: "Target" }),
        say({ vi: "Thực hiện", en: "Actual" }),
        say({ vi: "Yêu cầu", en: "Expected" }),
        "%",
        say({ vi: "Đánh giá", en: "Status" }),
      ],
      s.targets.map((t) => [
        t.id,
        shorten(en ? t.labelEn : t.label, 60),
        t.actual === null ? "—" : formatViNumber(t.actual, Number.isInteger(t.actual) ? 0 : 1),
        t.expected === null ? "—" : formatViNumber(t.expected, Number.isInteger(t.expected) ? 0 : 1),
        t.percent ?? "—",
        en ? t.statusLabelEn : t.statusLabel,
      ]),
      [2, 3, 4],
    ),
  );
  out.push("");
  const errors = s.issues.filter((i) => i.severity === "error");
  const warnings = s.issues.filter((i) => i.severity === "warning").length;
  out.push(
    say({
      vi: `KIỂM TRA: ${errors.length} lỗi, ${warnings} cảnh báo (chi tiết ở trang "Kiểm tra" của tệp kết quả)`,
      en: `CHECKS: ${errors.length} errors, ${warnings} warnings (all of them on the "Kiểm tra" sheet of the output)`,
    }),
  );
  if (errors.length > 0) out.push(issuesTable(errors, 15, true));
  out.push("");
  out.push(say({ vi: `Đã ghi tệp tổng hợp: ${s.out}`, en: `Wrote the consolidated workbook: ${s.out}` }));
  process.stdout.write(`${out.join("\n")}\n`);
}

const shorten = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);
