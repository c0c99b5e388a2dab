import type { Issue } from "../issue/issue.js";

/**
 * How a unit stands in a consolidation (tình hình nộp báo cáo): its report taken (submitted), two
 * reports taken as one (duplicate: the last one counts), none (missing), only one of another
 * period (wrongPeriod), a unit not under the consolidating unit or not in the hierarchy
 * (unknown), a unit that does not exist yet in the period (notYetDue), or a unit whose figures
 * are already in the report of a unit above it that was also submitted (nested).
 */
export type CompletenessStatus =
  | "submitted"
  | "missing"
  | "duplicate"
  | "wrongPeriod"
  | "unknown"
  | "notYetDue"
  | "nested";

/** The statuses as the Nộp báo cáo sheet words them. */
export const completenessStatusLabels: Readonly<
  Record<CompletenessStatus, { readonly vi: string; readonly en: string }>
> = {
  submitted: { vi: "Đã nộp", en: "Submitted" },
  missing: { vi: "Chưa nộp", en: "Missing" },
  duplicate: { vi: "Nộp trùng", en: "Duplicate" },
  wrongPeriod: { vi: "Sai kỳ", en: "Wrong period" },
  unknown: { vi: "Không xác định", en: "Unknown unit" },
  notYetDue: { vi: "Chưa đến kỳ", en: "Not yet due" },
  nested: { vi: "Đã tính ở cấp trên", en: "Counted above" },
};

export interface CompletenessEntry {
  readonly code: string;
  readonly name: string;
  readonly status: CompletenessStatus;
  /** The file taken (or, when none was taken, the last file seen) for this unit. */
  readonly file?: string;
  /**
   * Files of another period this unit sent, left out (`#n` where a report has no file), in input
   * order; absent when there were none. Set whatever the status: a unit whose report of the period
   * was taken (submitted) may have sent another period's too.
   */
  readonly wrongPeriodFiles?: readonly string[];
  /** Errors found in this unit's report or about it. */
  readonly errors: number;
}

/** Nộp báo cáo: who was expected, who submitted, and every other case, by unit code. */
export interface Completeness {
  /** Units expected to report; undefined without a hierarchy (nobody can tell who is missing). */
  readonly expected?: readonly string[];
  readonly submitted: readonly string[];
  readonly missing: readonly string[];
  readonly duplicate: readonly string[];
  /** Units that sent a report of another period, whether or not their report of the period was taken. */
  readonly wrongPeriod: readonly string[];
  readonly unknown: readonly string[];
  readonly notYetDue: readonly string[];
  readonly nested: readonly string[];
  /** Files (or `#n`, the report's place in the input) whose unit could not be told. */
  readonly unidentified: readonly string[];
  readonly entries: readonly CompletenessEntry[];
}

/** A unit's standing before errors are counted. */
export interface UnitStanding {
  readonly code: string;
  readonly name: string;
  readonly status: CompletenessStatus;
  readonly file?: string;
  readonly wrongPeriodFiles?: readonly string[];
}

/** The completeness table, each unit with the number of errors the issues hold against it. */
export function buildCompleteness(
  standings: readonly UnitStanding[],
  expected: readonly string[] | undefined,
  unidentified: readonly string[],
  issues: readonly Issue[],
): Completeness {
  const errors = new Map<string, number>();
  for (const issue of issues) {
    if (issue.severity === "error" && issue.unit !== undefined) {
      errors.set(issue.unit, (errors.get(issue.unit) ?? 0) + 1);
    }
  }
  const entries = standings.map((s): CompletenessEntry => {
    // Built field by field, in the order of the type: a spread per optional field cost more
    // than the rest of the table at 10,000 units.
    const entry: { -readonly [K in keyof CompletenessEntry]?: CompletenessEntry[K] } = {
      code: s.code,
      name: s.name,
      status: s.status,
    };
    if (s.file !== undefined) entry.file = s.file;
    if (s.wrongPeriodFiles !== undefined) entry.wrongPeriodFiles = s.wrongPeriodFiles;
    entry.errors = errors.size === 0 ? 0 : (errors.get(s.code) ?? 0);
    return entry as CompletenessEntry;
  });
  // One pass, each status's units in the order of the entries.
  const by: Record<CompletenessStatus, string[]> = {
    submitted: [],
    missing: [],
    duplicate: [],
    wrongPeriod: [],
    unknown: [],
    notYetDue: [],
    nested: [],
  };
  const submitted: string[] = [];
  const wrongPeriod: string[] = [];
  for (const e of entries) {
    by[e.status].push(e.code);
    if (e.status === "submitted" || e.status === "duplicate") submitted.push(e.code);
    if (e.wrongPeriodFiles !== undefined) wrongPeriod.push(e.code);
  }
  const taken = new Set(submitted);
  return {
    ...(expected === undefined ? {} : { expected }),
    submitted: [...taken],
    missing: expected === undefined ? [] : expected.filter((code) => !taken.has(code)),
    duplicate: by.duplicate,
    wrongPeriod,
    unknown: by.unknown,
    notYetDue: by.notYetDue,
    nested: by.nested,
    unidentified,
    entries,
  };
}
