import type { ColumnRole } from "../form/schema.js";

/** How the unit or period of a sheet was found: a template cell, the title rows, the file name, or not at all. */
export type FoundBy = "cell" | "title" | "hierarchy" | "file" | "given" | "none";

/** One number of a report, with where it came from. Values are immutable. */
export interface ReportValue {
  /** null: the cell holds text that is not a number (`hàng nghìn`): unreadable, never a guess. */
  readonly value: number | null;
  /** `trên 14.000`, `gần 1.250`: the number is a floor or an estimate. */
  readonly approximate: boolean;
  /** A1 address of the cell it was read from. */
  readonly cell?: string;
  /** The cell's own content as the sheet had it. */
  readonly raw?: string | number | boolean | null;
  /** The cell's formula, where it had one. */
  readonly formula?: string;
  /** entered: read from a sheet; computed: by computeTotals; consolidated: from child units. */
  readonly source: "entered" | "computed" | "consolidated";
}

/** Where the form's rows and columns sit in the sheet, so totals and marks can be written back. */
export interface ReportLayout {
  /** Zero-based sheet row of the header. */
  readonly headerRow: number;
  /** Zero-based sheet column of each column role found. */
  readonly columns: Partial<Record<ColumnRole, number>>;
  /** Zero-based sheet row of each indicator found. */
  readonly rows: Readonly<Record<string, number>>;
}

export interface ReportUnit {
  readonly code?: string;
  readonly name?: string;
  readonly foundBy: FoundBy;
}

export interface ReportPeriod {
  /** Period id: `2024Q2`, `2024S1`, `2022`. */
  readonly id?: string;
  /** The text it was read from. */
  readonly text?: string;
  readonly foundBy: FoundBy;
}

/** A row of the sheet that matched no indicator: kept, with its text, for the user to see. */
export interface UnmatchedRow {
  readonly row: number;
  readonly cell: string;
  readonly text: string;
}

/** A person on the roster sheet (Danh sách báo cáo viên, tuyên truyền viên). */
export interface RosterEntry {
  readonly name: string;
  readonly unit?: string;
  readonly role?: string;
  readonly sessions: number | null;
  readonly listeners: number | null;
  readonly cell?: string;
}

/** One unit's report for one period in one form: what readGrid returns and consolidate builds. */
export interface Report {
  readonly form: string;
  readonly unit: ReportUnit;
  readonly period: ReportPeriod;
  readonly file?: string;
  readonly sheet?: string;
  /** Kết quả: the value for the period, by indicator code. A code that is absent was not found. */
  readonly values: Readonly<Record<string, ReportValue>>;
  /** Kế hoạch năm. */
  readonly plan?: Readonly<Record<string, ReportValue>>;
  /** Cùng kỳ năm trước. */
  readonly lastYear?: Readonly<Record<string, ReportValue>>;
  readonly layout?: ReportLayout;
  readonly unmatched?: readonly UnmatchedRow[];
  readonly roster?: readonly RosterEntry[];
}
