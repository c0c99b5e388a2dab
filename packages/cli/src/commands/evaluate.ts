import {
  checkUnit,
  evaluateTargets,
  formatViNumber,
  hasErrors,
  type Target,
  TargetSchema,
  targetBasisLabels,
  ttm01,
} from "@tonghop/core";
import { CliError, EXIT } from "../errors.js";
import { lang, say } from "../i18n.js";
import { loadUnit } from "../io/load-unit.js";
import { MAX_LIST_BYTES, readBytes } from "../io/read-bytes.js";
import { schemaIssuesText } from "../io/schema-issues.js";
import { printJson } from "../output/json.js";
import { table } from "../output/table.js";
import { unitText } from "./describe-unit.js";

export interface EvaluateOptions {
  readonly targets?: string;
  readonly json?: boolean;
}

/**
 * A user's own targets: a JSON array of targets (or `{ "targets": [...] }`), checked against the
 * Target schema of @tonghop/core; anything wrong stops with the path of each problem and what is
 * expected there.
 */
export function loadTargets(path: string): Target[] {
  const bytes = readBytes(path, MAX_LIST_BYTES, "targets");
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder("utf-8").decode(bytes).replace(/^\uFEFF/, ""));
  } catch (error) {
    const reason = (error as Error).message;
    throw new CliError({
      vi: `Không đọc được tệp chỉ tiêu "${path}": không phải JSON hợp lệ (${reason}). Tệp phải là JSON: một mảng các chỉ tiêu.`,
      en: `Cannot read the targets file "${path}": not valid JSON (${reason}). It must be JSON: an array of targets.`,
    });
  }
  const list = Array.isArray(json) ? json : (json as { targets?: unknown } | null)?.targets;
  // Core's Target schema, the rules a form's own targets follow; a file without a list is an
  // error, not an empty list (the form schema's targets default to []).
  const parsed = TargetSchema.array().safeParse(list);
  if (!parsed.success) {
    const problems = schemaIssuesText(parsed.error.issues, list);
    throw new CliError({
      vi: `Tệp chỉ tiêu "${path}" không đúng cấu trúc:${problems.vi}\nHãy sửa theo mẫu trong README (id, label {vi, en}, measure).`,
      en: `The targets file "${path}" is not valid:${problems.en}\nFix it after the example in the README (id, label {vi, en}, measure).`,
    });
  }
  return parsed.data;
}

/**
 * tonghop evaluate <file.xlsx> [--targets <file>] [--json]: the targets (T1–T6 by default) on one
 * report: actual, expected for its period, percent and status.
 */
export async function runEvaluate(file: string, options: EvaluateOptions): Promise<number> {
  const targets = options.targets === undefined ? ttm01.targets : loadTargets(options.targets);
  const unit = loadUnit(ttm01, file);
  const issues = checkUnit(ttm01, unit, { file: unit.file });
  const results = evaluateTargets(targets, unit.report, {
    form: ttm01,
    ...(unit.roster === undefined ? {} : { roster: unit.roster }),
  });
  const en = lang() === "en";
  if (options.json) {
    printJson({
      unit: unit.report.unit.code ?? unit.report.unit.name ?? null,
      period: unit.report.period.id ?? null,
      targets: results.map((r) => ({
        id: r.id,
        label: en ? r.labelEn : r.label,
        basis: r.basis,
        actual: r.actual,
        expected: r.expected,
        percent: r.percent,
        status: r.status,
        statusLabel: en ? r.statusLabelEn : r.statusLabel,
        ...(r.missing.length > 0 ? { missing: r.missing } : {}),
      })),
    });
  } else {
    const n = (v: number | null) => (v === null ? "—" : formatViNumber(v, Number.isInteger(v) ? 0 : 1));
    process.stdout.write(
      `${file} — ${unitText(unit.report.unit.code, unit.report.unit.name, unit.report.period.id)}\n${table(
        [
          say({ vi: "Mã", en: "Id" }),
          say({ vi: "Chỉ tiêu", en: "Target" }),
          say({ vi: "Cách tính", en: "Basis" }),
          say({ vi: "Thực hiện", en: "Actual" }),
          say({ vi: "Yêu cầu", en: "Expected" }),
          "%",
          say({ vi: "Đánh giá", en: "Status" }),
        ],
        results.map((r) => [
          r.id,
          en ? r.labelEn : r.label,
          say(targetBasisLabels[r.basis]),
          n(r.actual),
          n(r.expected),
          r.percent ?? "—",
          en ? r.statusLabelEn : r.statusLabel,
        ]),
        [3, 4, 5],
      )}\n`,
    );
  }
  if (hasErrors(issues)) {
    process.stderr.write(
      `tonghop: ${say({
        vi: `báo cáo "${file}" có ${issues.filter((i) => i.severity === "error").length} lỗi số liệu; kết quả đánh giá có thể sai. Xem: tonghop validate "${file}"`,
        en: `"${file}" has ${issues.filter((i) => i.severity === "error").length} data errors; the evaluation may be wrong. See: tonghop validate "${file}"`,
      })}\n`,
    );
    return EXIT.dataErrors;
  }
  return EXIT.ok;
}
