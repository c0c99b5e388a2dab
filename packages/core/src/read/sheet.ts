import { type CellPosition, type CellValue, fromA1, type Grid, toA1 } from "../grid/index.js";
import { isAsciiWithoutLowerCase } from "../text/ascii.js";
import { decodeVietnamese, isLegacyFont } from "../text/decode-vietnamese.js";
import { memoizeText } from "../text/memoize.js";

/** A merged range in grid-relative, zero-based coordinates (inclusive). */
export interface Merge {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/**
 * Safe, decoded access to a Grid: ragged rows, cells outside the grid, a bad origin or bad merge
 * addresses read as empty instead of throwing, so a reader over it never throws on any sheet.
 */
export interface SheetView {
  /** The grid viewed. */
  readonly grid: Grid;
  readonly rowCount: number;
  readonly colCount: number;
  /** The cell's own value (null outside the grid). */
  value(row: number, col: number): CellValue;
  /** The cell as text: legacy encodings decoded (by the cell's font, else the given font), NFC, trimmed. */
  text(row: number, col: number): string;
  /** The text of a cell, or of the merged range it lies in when that range starts in the same row. */
  mergedText(row: number, col: number): string;
  /** The horizontal span [left, right] of the merged range whose top-left is this cell, else [col, col]. */
  span(row: number, col: number): readonly [number, number];
  /** Merged ranges over more than one row that cover column `col` (grid-relative, inclusive). */
  tallMerges(col: number): readonly Merge[];
  formula(row: number, col: number): string | undefined;
  /** A1 address in the sheet. */
  address(row: number, col: number): string;
  /** Zero-based sheet row / column of a grid row / column. */
  sheetRow(row: number): number;
  sheetCol(col: number): number;
}

function originOf(grid: Grid): CellPosition {
  try {
    return fromA1(grid.origin);
  } catch {
    return { row: 0, col: 0 };
  }
}

/**
 * The two cells a range names, as `const [from = "", to = from] = range.split(":")` gives them
 * ("A1:C1" → A1, C1; "B2" → B2, B2), without the split and the destructuring, which went through
 * the engine's runtime for each merge of each sheet.
 */
export function rangeEnds(range: string): readonly [string, string] {
  const colon = range.indexOf(":");
  if (colon < 0) return [range, range];
  const next = range.indexOf(":", colon + 1);
  return [range.slice(0, colon), range.slice(colon + 1, next < 0 ? range.length : next)];
}

function mergesOf(grid: Grid, origin: CellPosition): Merge[] {
  const merges: Merge[] = [];
  for (const range of grid.merges ?? []) {
    if (typeof range !== "string") continue;
    const [from, to] = rangeEnds(range);
    try {
      const a = fromA1(from);
      const b = fromA1(to);
      merges.push({
        top: Math.min(a.row, b.row) - origin.row,
        left: Math.min(a.col, b.col) - origin.col,
        bottom: Math.max(a.row, b.row) - origin.row,
        right: Math.max(a.col, b.col) - origin.col,
      });
    } catch {
      // An address Excel would not write: the range is ignored, the cells still read one by one.
    }
  }
  return merges;
}

/**
 * A cell's text in a font of neither legacy set (decoded as with no font), remembered: the labels
 * and headers of every unit's sheet repeat.
 */
const unicodeText = memoizeText((text) => decodeVietnamese(text).normalize("NFC").trim());

/**
 * The grid's fonts by cell, or undefined when no cell's text can be in a legacy font: the grid's
 * font table has none, nor is the font given for cells without one a legacy font.
 */
function cellFonts(grid: Grid, font: string | undefined): Grid["fonts"] {
  const names: unknown = grid.fontNames;
  const legacyTable =
    !Array.isArray(names) || names.some((name) => typeof name !== "string" || isLegacyFont(name));
  return legacyTable || (typeof font === "string" && isLegacyFont(font)) ? grid.fonts : undefined;
}

function cellOf<T>(rows: readonly (readonly T[])[] | undefined, row: number, col: number): T | undefined {
  const line: unknown = rows?.[row];
  return Array.isArray(line) ? (line as readonly T[])[col] : undefined;
}

/**
 * The view of a grid, its decoded texts filled in as they are read. A reader that reads one sheet
 * several ways (a unit's workbook: as a roster, then as the form) makes one view and hands it to
 * each (isRosterView, readView, readRosterView), so the texts are decoded once. Views are not
 * remembered by grid: a WeakMap from grids to views kept every workbook's grid and view alive
 * through V8's young-generation collections (which do not clear WeakMap entries), so each was
 * copied into the old generation (226 MB at 3,321 workbooks; the CLI's path took 15 % more CPU).
 */
export function sheetView(grid: Grid, font?: string): SheetView {
  const origin = originOf(grid);
  const rows = Array.isArray(grid.values) ? grid.values : [];
  const merges = mergesOf(grid, origin);
  const colCount = rows.reduce((n, row) => Math.max(n, Array.isArray(row) ? row.length : 0), 0);
  // Decoded texts by row and column: header, title and roster searches read the same cells again.
  const texts: (string | undefined)[][] = [];

  const value = (row: number, col: number): CellValue => {
    const v = cellOf<CellValue>(rows, row, col);
    return v === undefined ? null : v;
  };

  // Read from the grid on the first text that needs it: a reader may lay fonts out only when asked.
  let fonts: Grid["fonts"] | null = null;
  const decoded = (row: number, col: number): string => {
    const v = value(row, col);
    if (typeof v !== "string") return v === null ? "" : String(v);
    // The cell's font cannot change this text, plain ASCII without a lower-case letter: legacy
    // decodings change only characters above ASCII, and a .VnTimeH-style font's capitals only
    // lower-case letters. No font is looked up for it.
    if (isAsciiWithoutLowerCase(v)) return v.trim();
    if (fonts === null) fonts = cellFonts(grid, font);
    const cellFont = cellOf(fonts, row, col) ?? font ?? null;
    if (cellFont === null || !isLegacyFont(cellFont)) return unicodeText(v);
    return decodeVietnamese(v, { font: cellFont }).normalize("NFC").trim();
  };

  const text = (row: number, col: number): string => {
    if (!(row >= 0 && col >= 0 && row < rows.length && col < colCount)) return decoded(row, col);
    if (!Number.isInteger(row) || !Number.isInteger(col)) return decoded(row, col);
    let line = texts[row];
    if (line === undefined) {
      line = [];
      texts[row] = line;
    }
    let known = line[col];
    if (known === undefined) {
      known = decoded(row, col);
      line[col] = known;
    }
    return known;
  };

  // By top row: a sheet may hold tens of thousands of merges, and a scan of all of them for every
  // cell read would make reading quadratic.
  const byTop = new Map<number, Merge[]>();
  for (const m of merges) {
    const list = byTop.get(m.top);
    if (list) list.push(m);
    else byTop.set(m.top, [m]);
  }

  return {
    grid,
    rowCount: rows.length,
    colCount,
    value,
    text,
    mergedText(row, col) {
      const own = text(row, col);
      if (own !== "") return own;
      // A vertical merge continues a row above, whose text was read there: only a range that
      // starts in this row lends its top-left text.
      const merge = byTop.get(row)?.find((m) => m.left <= col && col <= m.right);
      return merge ? text(merge.top, merge.left) : "";
    },
    span(row, col) {
      const merge = byTop.get(row)?.find((m) => m.left === col);
      return merge ? [merge.left, merge.right] : [col, col];
    },
    tallMerges: (col) => merges.filter((m) => m.bottom > m.top && m.left <= col && col <= m.right),
    formula(row, col) {
      const f = cellOf(grid.formulas, row, col);
      return typeof f === "string" && f !== "" ? f : undefined;
    },
    address: (row, col) => toA1({ row: origin.row + row, col: origin.col + col }),
    sheetRow: (row) => origin.row + row,
    sheetCol: (col) => origin.col + col,
  };
}
