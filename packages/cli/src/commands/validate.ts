import { checkUnit, hasErrors, type Issue, numberOf, ttm01 } from "@tonghop/core";
import { EXIT, errorText } from "../errors.js";
import { say } from "../i18n.js";
import { collectInputs } from "../io/collect-inputs.js";
import { loadUnit } from "../io/load-unit.js";
import { issueCounts, issuesTable } from "../output/issues-text.js";
import { issueJson, printJson } from "../output/json.js";
import { startProgress } from "../output/progress.js";
import { unitText } from "./describe-unit.js";

export interface ValidateOptions {
  readonly json?: boolean;
}

interface FileResult {
  readonly file: string;
  readonly unit?: string;
  readonly unitName?: string;
  readonly period?: string;
  readonly values: Record<string, number>;
  readonly issues: Issue[];
  /** The file could not be read at all. */
  readonly unreadable?: string;
}

/**
 * tonghop validate <file.xlsx>... [--json]: reads each workbook, checks it against TTM-01 and says
 * what is wrong, with the cell. Exit 0 nothing wrong, 1 errors in the data, 2 a file unreadable.
 */
export async function runValidate(paths: readonly string[], options: ValidateOptions): Promise<number> {
  const files = collectInputs(paths);
  const progress = startProgress(files.length, say({ vi: "Kiểm tra", en: "Checking" }));
  const results: FileResult[] = [];
  for (const file of files) {
    results.push(validateFile(file));
    progress.tick(file);
  }
  progress.stop();

  if (options.json) {
    printJson({
      files: results.map((r) => ({
        file: r.file,
        unit: r.unit ?? null,
        ...(r.unitName === undefined ? {} : { unitName: r.unitName }),
        period: r.period ?? null,
        values: r.values,
        issues: r.issues.map(issueJson),
      })),
    });
  } else {
    for (const r of results) printFile(r);
  }
  for (const r of results) {
    if (r.unreadable !== undefined) process.stderr.write(`${r.unreadable}\n`);
  }
  if (results.some((r) => r.unreadable !== undefined)) return EXIT.cannotRun;
  return results.some((r) => hasErrors(r.issues)) ? EXIT.dataErrors : EXIT.ok;
}

function validateFile(file: string): FileResult {
  try {
    const unit = loadUnit(ttm01, file);
    const values: Record<string, number> = {};
    for (const code of Object.keys(unit.report.values)) {
      const n = numberOf(unit.report.values, code);
      if (n !== undefined) values[code] = n;
    }
    return {
      file,
      ...(unit.report.unit.code === undefined ? {} : { unit: unit.report.unit.code }),
      ...(unit.report.unit.name === undefined ? {} : { unitName: unit.report.unit.name }),
      ...(unit.report.period.id === undefined ? {} : { period: unit.report.period.id }),
      values,
      issues: checkUnit(ttm01, unit, { file: unit.file }),
    };
  } catch (error) {
    const text = errorText(error, file);
    return {
      file,
      values: {},
      issues: [{ code: "FILE.UNREADABLE", severity: "error", message: text.vi, messageEn: text.en, file }],
      unreadable: say(text),
    };
  }
}

function printFile(r: FileResult): void {
  const ok = !hasErrors(r.issues);
  const mark = r.unreadable !== undefined ? "✖" : ok ? "✔" : "✖";
  const who = unitText(r.unit, r.unitName, r.period);
  process.stdout.write(`${mark} ${r.file}${who === "" ? "" : ` — ${who}`}: ${issueCounts(r.issues)}\n`);
  if (r.unreadable === undefined && r.issues.length > 0) {
    process.stdout.write(`${indent(issuesTable(r.issues))}\n`);
  }
  process.stdout.write("\n");
}

const indent = (text: string) =>
  text
    .split("\n")
    .map((l) => `  ${l}`)
    .join("\n");
