import {
  type CellEdit,
  checkUnit,
  computeTotals,
  hasErrors,
  type Issue,
  type Severity,
  ttm01,
} from "@tonghop/core";
import { applyEdits } from "@tonghop/xlsx";
import { EXIT } from "../errors.js";
import { say } from "../i18n.js";
import { loadUnit, readWorkbookBytes } from "../io/load-unit.js";
import { checkOutput, writeOutput } from "../io/write-output.js";
import { issueCounts, issuesTable } from "../output/issues-text.js";
import { unitText } from "./describe-unit.js";

export interface TotalOptions {
  readonly out: string;
  readonly values?: boolean;
}

const rank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
const severityWord = { error: "Lỗi", warning: "Cảnh báo", info: "Thông tin" } as const;

/** One mark per cell: the worst severity, every message in the note. */
function marksOf(issues: readonly Issue[], sheet: string): Map<string, { severity: Severity; note: string }> {
  const marks = new Map<string, { severity: Severity; note: string }>();
  for (const issue of issues) {
    if (issue.cell === undefined || (issue.sheet !== undefined && issue.sheet !== sheet)) continue;
    const line = `${severityWord[issue.severity]} [${issue.code}]: ${issue.message}${
      issue.fix ? ` (Đề xuất: ${String(issue.fix.value)})` : ""
    }`;
    const before = marks.get(issue.cell);
    marks.set(issue.cell, {
      severity: before && rank[before.severity] < rank[issue.severity] ? before.severity : issue.severity,
      note: before ? `${before.note}\n${line}` : line,
    });
  }
  return marks;
}

/**
 * tonghop total <file.xlsx> --out <file.xlsx> [--values]: writes a copy of the unit's workbook with
 * the gồm totals, derived rows and computed columns filled (formulas by default) and every cell
 * with an issue marked with a fill and a note. The input is only read.
 */
export async function runTotal(file: string, options: TotalOptions): Promise<number> {
  await checkOutput(options.out, [file]);
  const unit = loadUnit(ttm01, file);
  const issues = checkUnit(ttm01, unit, { file: unit.file });
  const who = unitText(unit.report.unit.code, unit.report.unit.name, unit.report.period.id);
  if (unit.sheet === undefined) {
    process.stdout.write(`✖ ${file} — ${who}: ${issueCounts(issues)}\n${issuesTable(issues)}\n`);
    process.stderr.write(
      `tonghop: ${say({
        vi: `không tìm thấy biểu TTM-01 trong "${file}", không ghi tệp kết quả.`,
        en: `no TTM-01 sheet found in "${file}"; nothing written.`,
      })}\n`,
    );
    return EXIT.dataErrors;
  }
  const { edits } = computeTotals(ttm01, unit.report, { mode: options.values ? "values" : "formulas" });
  const marks = marksOf(issues, unit.sheet);
  const merged: CellEdit[] = edits.map((edit) => {
    const mark = marks.get(edit.cell);
    if (!mark) return edit;
    marks.delete(edit.cell);
    return { ...edit, mark };
  });
  for (const [cell, mark] of marks) merged.push({ cell, mark });
  const bytes = await applyEdits(readWorkbookBytes(file), unit.sheet, merged, { file });
  await writeOutput(options.out, bytes);

  const filled = edits.filter((e) => e.value !== undefined || e.formula !== undefined).length;
  const marked = merged.filter((e) => e.mark !== undefined).length;
  process.stdout.write(
    `${say({
      vi: `${file} — ${who}\nĐã tính tổng ${filled} ô (${options.values ? "ghi số" : "ghi công thức"}), đánh dấu ${marked} ô có vấn đề: ${issueCounts(issues)}.`,
      en: `${file} — ${who}\nFilled ${filled} cells (${options.values ? "numbers" : "formulas"}), marked ${marked} cells: ${issueCounts(issues)}.`,
    })}\n`,
  );
  if (issues.length > 0) process.stdout.write(`${issuesTable(issues)}\n`);
  process.stdout.write(`${say({ vi: `Đã ghi: ${options.out}`, en: `Wrote: ${options.out}` })}\n`);
  return hasErrors(issues) ? EXIT.dataErrors : EXIT.ok;
}
