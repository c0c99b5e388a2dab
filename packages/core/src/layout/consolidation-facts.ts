import type { ConsolidateResult } from "../aggregate/index.js";
import type { Form } from "../form/index.js";
import type { Hierarchy } from "../hierarchy/index.js";
import type { Issue } from "../issue/index.js";
import { Period } from "../period/index.js";
import type { Report } from "../report/index.js";
import { evaluateTargets, type TargetResult } from "../target/index.js";
import type { NotTakenFile } from "./submission-sheet.js";

/** What the consolidated workbook says beyond the consolidation itself, worked out once for every edge. */
export interface ConsolidationFacts {
  /** The period consolidated: the one asked for, else the result's. */
  readonly period?: Period;
  readonly unitCode?: string;
  /** The consolidating unit's name (Đơn vị tổng hợp when the result names none). */
  readonly unitName: string;
  /** A unit's name: from the hierarchy, else from its report, else its code. */
  readonly nameOf: (code: string) => string;
  /** Every file read for a unit, in the order taken (the last counts). */
  readonly filesOf: (code: string) => readonly string[];
  /** Files read but not taken into the totals, and why. */
  readonly notTaken: readonly NotTakenFile[];
  /** For each indicator: how many of the units taken gave a plan (Kế hoạch năm) for it, of how many. */
  readonly planCoverage: Readonly<Record<string, { readonly given: number; readonly of: number }>>;
  /** The form's targets on the consolidated report. */
  readonly targets: readonly TargetResult[];
  /** The form's targets on each unit's own report (with its roster where it sent one). */
  readonly unitTargets: readonly {
    readonly code: string;
    readonly name: string;
    readonly results: readonly TargetResult[];
  }[];
}

export interface ConsolidationFactsOptions {
  /** Every report read, oldest first, each with its `file` (and `roster` where one was read). */
  readonly reports: readonly Report[];
  readonly hierarchy?: Hierarchy;
  readonly period?: Period;
}

const STATUS_BY_CODE: Readonly<Record<string, NotTakenFile["status"]>> = {
  "CONSOLIDATE.WRONG_PERIOD": "wrongPeriod",
  "CONSOLIDATE.DUPLICATE": "duplicate",
  "CONSOLIDATE.UNIDENTIFIED": "unknown",
  "CONSOLIDATE.UNKNOWN_UNIT": "unknown",
  "CONSOLIDATE.NOT_UNDER_UNIT": "unknown",
  "CONSOLIDATE.UNIT_ENDED": "unknown",
  "CONSOLIDATE.NOT_YET_DUE": "notYetDue",
  "CONSOLIDATE.NESTED": "nested",
  "CONSOLIDATE.FORM_MISMATCH": "unknown",
};

/** Why a file read was not taken into the totals: the consolidation's own issue about it. */
function notTakenReason(report: Report & { readonly file: string }, issues: readonly Issue[]): NotTakenFile {
  const file = report.file;
  const about = issues.find((i) => i.file === file && STATUS_BY_CODE[i.code] !== undefined);
  // The earlier of two reports of a unit: the issue names the later file, and this one as the first.
  const superseded = issues.find(
    (i) => i.code === "CONSOLIDATE.DUPLICATE" && i.unit === report.unit.code && i.file !== file,
  );
  const status = about ? STATUS_BY_CODE[about.code]! : superseded ? "duplicate" : "unknown";
  const reason = about
    ? about.message.replace(`${file}: `, "")
    : superseded
      ? `Đơn vị đã nộp lại (${superseded.file}); bản này không được tổng hợp.`
      : "Không được tổng hợp.";
  return {
    file,
    ...(report.unit.code === undefined ? {} : { unit: report.unit.code }),
    ...(report.unit.name === undefined ? {} : { name: report.unit.name }),
    status,
    reason,
  };
}

const withFile = (report: Report): report is Report & { readonly file: string } => report.file !== undefined;

/**
 * The facts the consolidated workbook and a caller's summary share: names, the files not taken
 * and why, plan coverage, and the targets of the consolidated report and of each unit.
 */
export function consolidationFacts(
  form: Form,
  result: ConsolidateResult,
  options: ConsolidationFactsOptions,
): ConsolidationFacts {
  const { reports, hierarchy } = options;
  const period =
    options.period ??
    (result.report.period.id === undefined ? undefined : Period.tryParse(result.report.period.id));
  const unitCode = result.report.unit.code;
  const nameOf = (code: string) =>
    hierarchy?.unit(code)?.name ?? reports.find((r) => r.unit.code === code)?.unit.name ?? code;
  const filesOf = (code: string) =>
    reports.filter((r) => r.unit.code === code).flatMap((r) => (r.file === undefined ? [] : [r.file]));
  const takenFiles = new Set(
    result.completeness.entries
      .filter((e) => e.status === "submitted" || e.status === "duplicate")
      .flatMap((e) => (e.file === undefined ? [] : [e.file])),
  );
  const read = reports.filter(withFile);
  const taken = read.filter((r) => takenFiles.has(r.file));
  const inPeriod = period === undefined ? {} : { period };
  return {
    ...(period === undefined ? {} : { period }),
    ...(unitCode === undefined ? {} : { unitCode }),
    unitName: unitCode === undefined ? "Đơn vị tổng hợp" : nameOf(unitCode),
    nameOf,
    filesOf,
    notTaken: read.filter((r) => !takenFiles.has(r.file)).map((r) => notTakenReason(r, result.issues)),
    planCoverage: Object.fromEntries(
      form.indicators.map((i) => [
        i.code,
        {
          given: taken.filter((r) => typeof r.plan?.[i.code]?.value === "number").length,
          of: taken.length,
        },
      ]),
    ),
    targets: evaluateTargets(form.targets, result.report, { form, ...inPeriod }),
    unitTargets: result.matrix.units.map((code) => {
      const file = result.completeness.entries.find((e) => e.code === code)?.file;
      const report =
        reports.find((r) => r.file !== undefined && r.file === file) ??
        reports.filter((r) => r.unit.code === code).pop();
      return {
        code,
        name: nameOf(code),
        results: report ? evaluateTargets(form.targets, report, { form, ...inPeriod }) : [],
      };
    }),
  };
}
