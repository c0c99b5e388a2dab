/**
 * The seam between core and the edges: one sheet as Excel's `range.values` gives it.
 * The add-in builds a Grid from Office.js, the CLI from @tonghop/xlsx; core only reads Grids
 * and answers with {@link CellEdit}s.
 */
export type CellValue = string | number | boolean | null;

export interface Grid {
  /** Sheet name, for messages. */
  readonly sheet?: string;
  /** A1 address of `values[0][0]` in the sheet (usually "A1"). */
  readonly origin: string;
  /** Cell values row by row; an Excel error such as `#REF!` is its text. */
  readonly values: readonly (readonly CellValue[])[];
  /** Formula text (`=SUM(E12:E15)`) where a cell holds one, else null; `values` holds the cached result. */
  readonly formulas?: readonly (readonly (string | null)[])[];
  /** Number format code per cell (`#,##0`, `0.0%`), where known. */
  readonly numberFormats?: readonly (readonly (string | null)[])[];
  /** Font name per cell (`.VnTime`, `.VnTimeH`, `VNI-Times`), where known: legacy encodings depend on it. */
  readonly fonts?: readonly (readonly (string | null)[])[];
  /**
   * Every font name a cell of `fonts` may have (a workbook's font table), where known. When none
   * is a legacy font, core never reads `fonts`, which an edge may lay out at some cost.
   */
  readonly fontNames?: readonly string[];
  /** Merged ranges in A1 notation (`A1:J1`). */
  readonly merges?: readonly string[];
  /** Zero-based row indices (relative to `values`) that are hidden. */
  readonly hiddenRows?: readonly number[];
}

/** A change core asks an edge to make to a sheet. Text from a unit is always `value`, never `formula`. */
export interface CellEdit {
  /** A1 address in the sheet. */
  readonly cell: string;
  readonly value?: string | number | null;
  /** A formula written by tonghop itself, starting with `=`. */
  readonly formula?: string;
  readonly numberFormat?: string;
  /** A mark on the cell (fill and note) for an issue found there. */
  readonly mark?: CellMark;
}

export interface CellMark {
  readonly severity: "error" | "warning" | "info";
  readonly note: string;
}
