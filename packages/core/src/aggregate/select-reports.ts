import type { Form } from "../form/schema.js";
import type { Hierarchy } from "../hierarchy/index.js";
import { createIssue, type Issue } from "../issue/issue.js";
import type { Period } from "../period/index.js";
import type { Report } from "../report/report.js";
import { commonPeriod } from "./common-period.js";
import type { CompletenessStatus, UnitStanding } from "./completeness.js";
import { expectedUnits, superiorsOf } from "./expected-units.js";
import { judgeReport } from "./judge-report.js";

export interface SelectOptions {
  readonly hierarchy?: Hierarchy;
  /** The consolidating unit (đơn vị tổng hợp). */
  readonly unit?: string;
  readonly period?: Period;
}

/** Which reports a consolidation takes, and where every unit stands. */
export interface Selection {
  readonly period?: Period;
  readonly unit?: string;
  /** One report per unit, in hierarchy order, then by code. */
  readonly included: readonly Report[];
  readonly expected?: readonly string[];
  readonly standings: readonly UnitStanding[];
  readonly unidentified: readonly string[];
  readonly issues: readonly Issue[];
}

/** The one parent every identified unit has, when they share one. */
function inferUnit(hierarchy: Hierarchy, reports: readonly Report[]): string | undefined {
  let shared: string | undefined;
  for (const r of reports) {
    const parent = r.unit.code === undefined ? undefined : hierarchy.unit(r.unit.code)?.parent;
    if (parent === undefined || parent === shared) continue;
    if (shared !== undefined) return undefined;
    shared = parent;
  }
  return shared;
}

function cannotTellMissing(hierarchy: Hierarchy | undefined, unit: string | undefined): Issue {
  if (!hierarchy) {
    return createIssue({
      code: "CONSOLIDATE.NO_HIERARCHY",
      severity: "info",
      vi: "Không có danh sách đơn vị: đã tổng hợp các đơn vị có báo cáo, không biết đơn vị nào chưa nộp. Hãy cung cấp danh sách đơn vị (--hierarchy).",
      en: "No hierarchy: the units found were consolidated; who has not submitted cannot be told. Give a hierarchy (--hierarchy).",
    });
  }
  const [vi, en] =
    unit === undefined
      ? ["đơn vị tổng hợp (--unit)", "the consolidating unit (--unit)"]
      : ["kỳ báo cáo (--period)", "the period (--period)"];
  return createIssue({
    code: "CONSOLIDATE.EXPECTED_UNKNOWN",
    severity: "info",
    vi: `Không xác định được ${vi}, nên không biết đơn vị nào chưa nộp. Hãy chỉ rõ ${vi}.`,
    en: `Without ${en}, who has not submitted cannot be told. Give ${en}.`,
  });
}

/**
 * Sorts the reports of a consolidation: which are taken (one per unit, of the period, under the
 * consolidating unit), which are not and why, and, with a hierarchy, who was expected (see
 * expectedUnits). Two reports of one unit: the last one in the input counts (a report carries
 * no date; callers pass files oldest first). A unit whose report and whose superior's report are
 * both here is counted once, in the superior's.
 */
export function selectReports(form: Form, reports: readonly Report[], options: SelectOptions): Selection {
  const { hierarchy } = options;
  const common = options.period ? { period: options.period, issues: [] } : commonPeriod(reports);
  const period = common.period;
  const unit = options.unit ?? (hierarchy ? inferUnit(hierarchy, reports) : undefined);
  const issues: Issue[] = [...common.issues];
  const accepted = new Map<string, Report>();
  const duplicates = new Set<string>();
  const left = new Map<string, { status: CompletenessStatus; report: Report }>();
  const unidentified: string[] = [];
  // Files of another period, by unit: kept even when the unit's report of the period is taken.
  const wrongPeriod = new Map<string, string[]>();

  const judging = {
    form,
    ...(hierarchy === undefined ? {} : { hierarchy }),
    ...(unit === undefined ? {} : { unit }),
    ...(period === undefined ? {} : { period }),
  };
  reports.forEach((report, i) => {
    const place = report.file ?? `#${i + 1}`;
    const verdict = judgeReport(report, place, judging);
    for (const issue of verdict.issues) issues.push(issue);
    if (!verdict.take) {
      if (verdict.status !== undefined && verdict.code !== undefined) {
        left.set(verdict.code, { status: verdict.status, report });
        if (verdict.status === "wrongPeriod") {
          wrongPeriod.set(verdict.code, [...(wrongPeriod.get(verdict.code) ?? []), place]);
        }
      } else if (verdict.issues.some((issue) => issue.code === "CONSOLIDATE.UNIDENTIFIED")) {
        unidentified.push(place);
      }
      return;
    }
    const before = accepted.get(verdict.code);
    if (before) {
      duplicates.add(verdict.code);
      const first = before.file ?? "(?)";
      const when = period ? ` kỳ ${period.label}` : "";
      const whenEn = period ? ` for ${period.labelEn}` : "";
      // The same figures sent twice change nothing; different ones make the totals a guess.
      const differ = differingFigures(before, report);
      const [example] = differ;
      const detail =
        example === undefined
          ? { vi: "", en: "" }
          : {
              vi: ` với số liệu khác nhau ở ${differ.length} chỉ tiêu (như ${example.code}: ${example.a} và ${example.b})`,
              en: ` with different figures for ${differ.length} indicators (e.g. ${example.code}: ${example.a} and ${example.b})`,
            };
      issues.push(
        createIssue({
          code: "CONSOLIDATE.DUPLICATE",
          severity: example === undefined ? "warning" : "error",
          vi: `Đơn vị ${verdict.code} nộp hai báo cáo${when}${detail.vi}: ${first} và ${place}; lấy ${place} (nộp sau). Hãy ${example === undefined ? "" : "hỏi đơn vị bản nào đúng và "}giữ lại một báo cáo.`,
          en: `Unit ${verdict.code} submitted two reports${whenEn}${detail.en}: ${first} and ${place}; took ${place} (the later). ${example === undefined ? "" : "Ask the unit which is right and "}Keep one.`,
          ...(report.file === undefined ? {} : { file: report.file }),
          unit: verdict.code,
        }),
      );
    }
    accepted.set(verdict.code, report);
  });

  const superiors = hierarchy === undefined ? undefined : superiorsOf(hierarchy, accepted.keys());
  // A taken unit whose superior's report is taken too: rare, and looked for only when there is one.
  const nesting = superiors !== undefined && [...accepted.keys()].some((code) => superiors.has(code));
  if (hierarchy && nesting) {
    const codes = [...accepted.keys()];
    const place = new Map(codes.map((code, i) => [code, i]));
    for (const code of codes) {
      // The first taken unit (in input order) that is a superior of this one; looked up through the
      // unit's few superiors, not by asking every other unit (quadratic at national scale).
      let first: number | undefined;
      for (const superior of hierarchy.ancestors(code)) {
        const i = place.get(superior.code);
        if (i !== undefined && (first === undefined || i < first)) first = i;
      }
      const above = first === undefined ? undefined : codes[first];
      if (above === undefined) continue;
      const report = accepted.get(code)!;
      accepted.delete(code);
      duplicates.delete(code);
      left.set(code, { status: "nested", report });
      issues.push(
        createIssue({
          code: "CONSOLIDATE.NESTED",
          severity: "warning",
          vi: `Báo cáo của ${code} đã được tính trong báo cáo của ${above} (cấp trên, cũng được nộp); không cộng lần nữa.`,
          en: `The report of ${code} is already counted in the report of ${above} (its superior, also here); not added twice.`,
          ...(report.file === undefined ? {} : { file: report.file }),
          unit: code,
        }),
      );
    }
  }

  const expected =
    hierarchy && unit !== undefined && period
      ? expectedUnits(hierarchy, unit, period, accepted, nesting ? undefined : superiors)
      : undefined;
  if (!expected) issues.push(cannotTellMissing(hierarchy, unit));

  const nameOf = (code: string, report?: Report) => hierarchy?.unit(code)?.name ?? report?.unit.name ?? code;
  const notYetDue = new Set(expected?.notYetDue);
  const standings: UnitStanding[] = [];
  // The units placed so far, made only when a unit outside the expected ones comes to be placed:
  // the expected units are distinct, and most often every unit taken is one of them.
  let placed: Set<string> | undefined;
  let takenPlaced = 0;
  const stand = (code: string, expectedName?: string) => {
    if (expectedName === undefined) {
      placed ??= new Set(standings.map((s) => s.code));
      if (placed.has(code)) return;
    }
    placed?.add(code);
    const taken = accepted.get(code);
    const other = taken === undefined ? left.get(code) : undefined;
    const report = taken ?? other?.report;
    if (taken !== undefined) takenPlaced++;
    const status: CompletenessStatus = taken
      ? duplicates.size > 0 && duplicates.has(code)
        ? "duplicate"
        : "submitted"
      : (other?.status ?? (notYetDue.has(code) ? "notYetDue" : "missing"));
    const standing: { -readonly [K in keyof UnitStanding]: UnitStanding[K] } = {
      code,
      name: expectedName ?? nameOf(code, report),
      status,
    };
    if (report?.file !== undefined) standing.file = report.file;
    const files = wrongPeriod.size > 0 ? wrongPeriod.get(code) : undefined;
    if (files !== undefined) standing.wrongPeriodFiles = files;
    standings.push(standing);
    if (status === "missing" && period) {
      issues.push(
        createIssue({
          code: "CONSOLIDATE.MISSING_UNIT",
          severity: "warning",
          vi: `${nameOf(code)} (${code}) chưa nộp báo cáo kỳ ${period.label}. Đề nghị đôn đốc đơn vị nộp báo cáo.`,
          en: `${nameOf(code)} (${code}) has not submitted its report for ${period.labelEn}. Ask the unit for it.`,
          unit: code,
        }),
      );
    }
  };
  // Units in hierarchy order, then by code: never in the order the files came in.
  const inOrder = (codes: readonly string[]): string[] => {
    const rank = hierarchy === undefined ? undefined : hierarchyRank(hierarchy);
    const size = rank?.size ?? 0;
    const at = codes.map((code) => rank?.get(code) ?? size);
    const before = (i: number, j: number) =>
      at[i]! - at[j]! || (codes[i]! < codes[j]! ? -1 : codes[i]! > codes[j]! ? 1 : 0);
    // Folders list files by name, which most often is already the hierarchy's order.
    let sorted = true;
    for (let i = 1; i < codes.length && sorted; i++) sorted = before(i - 1, i) <= 0;
    if (sorted) return [...codes];
    return codes
      .map((_, i) => i)
      .sort(before)
      .map((i) => codes[i]!);
  };
  for (const unit of expected?.units ?? []) stand(unit.code, unit.name);
  const acceptedInOrder = inOrder([...accepted.keys()]);
  if (takenPlaced < accepted.size) for (const code of acceptedInOrder) stand(code);
  for (const code of inOrder([...left.keys()])) stand(code);
  for (const code of expected?.notYetDue ?? []) stand(code);

  const included = acceptedInOrder.map((code) => accepted.get(code)!);
  return {
    ...(period === undefined ? {} : { period }),
    ...(unit === undefined ? {} : { unit }),
    included,
    ...(expected === undefined ? {} : { expected: expected.units.map((u) => u.code) }),
    standings,
    unidentified: [...unidentified].sort(),
    issues,
  };
}

/** Each unit's place in the hierarchy's order, built once per hierarchy (hierarchies are immutable). */
const ranks = new WeakMap<Hierarchy, ReadonlyMap<string, number>>();

function hierarchyRank(hierarchy: Hierarchy): ReadonlyMap<string, number> {
  let rank = ranks.get(hierarchy);
  if (rank === undefined) {
    rank = new Map(hierarchy.units.map((u, i) => [u.code, i]));
    ranks.set(hierarchy, rank);
  }
  return rank;
}

/** Indicators whose figure differs between two reports of one unit, in the form's order of codes. */
function differingFigures(a: Report, b: Report): { code: string; a: string; b: string }[] {
  const shown = (r: Report, code: string) => {
    const v = r.values[code];
    return v === undefined || v.value === null ? "—" : String(v.value);
  };
  const codes = [...new Set([...Object.keys(a.values), ...Object.keys(b.values)])].sort();
  return codes
    .filter((code) => shown(a, code) !== shown(b, code))
    .map((code) => ({ code, a: shown(a, code), b: shown(b, code) }));
}
