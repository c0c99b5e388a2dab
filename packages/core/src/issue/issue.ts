/**
 * One finding (lỗi, cảnh báo, thông tin) about a report, whatever found it: reading, a rule, a
 * target, consolidation. Codes are stable: tools and tests rely on them.
 */
export type Severity = "error" | "warning" | "info";

export interface IssueFix {
  /** A1 address of the cell to change. */
  readonly cell: string;
  readonly value: number | string;
}

export interface Issue {
  /** Stable code, e.g. `TTM.R1`, `READ.INDICATOR_MISSING`, `SUM.PARENT_MISMATCH`. */
  readonly code: string;
  readonly severity: Severity;
  /** Vietnamese message for users. */
  readonly message: string;
  /** The same message in English. */
  readonly messageEn: string;
  readonly file?: string;
  readonly sheet?: string;
  /** A1 address of the cell at fault. */
  readonly cell?: string;
  /** Code of the unit (đơn vị) the issue is about. */
  readonly unit?: string;
  /** Code of the indicator (chỉ tiêu) the issue is about. */
  readonly indicator?: string;
  /** A safe fix, where one exists. */
  readonly fix?: IssueFix;
}

export interface IssueInput extends Omit<Issue, "message" | "messageEn"> {
  readonly vi: string;
  readonly en: string;
}

/** Builds an Issue, dropping location fields that are undefined so issues compare and serialise cleanly. */
export function createIssue(input: IssueInput): Issue {
  const { vi, en, ...rest } = input;
  const issue: Record<string, unknown> = {
    code: rest.code,
    severity: rest.severity,
    message: vi,
    messageEn: en,
  };
  for (const key of ["file", "sheet", "cell", "unit", "indicator", "fix"] as const) {
    if (rest[key] !== undefined) issue[key] = rest[key];
  }
  return issue as unknown as Issue;
}

export const hasErrors = (issues: readonly Issue[]): boolean => issues.some((i) => i.severity === "error");

const severityRank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** A stable order: by file, sheet, severity, then row and column of the cell, then code, indicator, unit, message. */
export function sortIssues(issues: readonly Issue[]): Issue[] {
  const cellKey = (cell?: string) => {
    const m = cell ? /^([A-Z]+)(\d+)$/.exec(cell) : null;
    return m
      ? Number(m[2]) * 100_000 + m[1]!.split("").reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0)
      : 0;
  };
  return [...issues].sort(
    (a, b) =>
      (a.file ?? "").localeCompare(b.file ?? "") ||
      (a.sheet ?? "").localeCompare(b.sheet ?? "") ||
      severityRank[a.severity] - severityRank[b.severity] ||
      cellKey(a.cell) - cellKey(b.cell) ||
      a.code.localeCompare(b.code) ||
      (a.indicator ?? "").localeCompare(b.indicator ?? "") ||
      (a.unit ?? "").localeCompare(b.unit ?? "") ||
      a.message.localeCompare(b.message),
  );
}
