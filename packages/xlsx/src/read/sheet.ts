import { type CellValue, columnLetter, type Grid } from "@tonghop/core";
import { XlsxError } from "../error.js";
import { detached } from "../xml/detach.js";
import { CLOSE, EMPTY, OPEN } from "../xml/scanner.js";
import { unescapeOoxml } from "../xml/unescape.js";
import { scan } from "./parts.js";
import { shiftFormula } from "./shared-formula.js";
import type { CellStyles } from "./styles.js";

export interface SheetContext {
  readonly name: string;
  readonly part: string;
  readonly file: string | undefined;
  readonly sharedStrings: readonly string[];
  readonly styles: CellStyles;
  readonly maxCells: number;
  /** Cells the workbook's earlier sheets left of `maxTotalCells`. */
  readonly cellsLeft: number;
  readonly maxTotalCells: number;
}

const CELL_ATTRIBUTES = ["r", "s", "t"];
const ROW_ATTRIBUTES = ["r", "hidden"];

/** The largest sheet Excel has: a reference past it is not a cell. */
const MAX_ROW = 1_048_576;
const MAX_COL = 16_384;

/** Days from Excel's day 0 (1899-12-30 in the 1900 system, counting the phantom 29 Feb 1900) to 1970-01-01. */
const EPOCH_OFFSET_DAYS = 25_569;

/** A worksheet read: its Grid, and how many cells its part holds. */
export interface SheetRead {
  readonly grid: Grid;
  /** Every cell of the part, those that carry only a style included. */
  readonly cells: number;
}

/**
 * One worksheet part → a Grid. The scan is one pass: cells are collected sparsely as they come,
 * then laid into the rectangle the used cells span (a cell is used when it holds a value or a
 * formula; a cell that only carries a style gets its format and font where it falls inside).
 */
export function readSheet(xml: string, ctx: SheetContext): SheetRead {
  const sc = scan(xml, ctx.part, ctx.file);
  const { sharedStrings } = ctx;
  const cellRows: number[] = [];
  const cellCols: number[] = [];
  const cellValues: CellValue[] = [];
  const cellFormulas: (string | null)[] = [];
  const cellStyles: number[] = [];
  const hiddenRows: number[] = [];
  const merges: string[] = [];
  const masters = new Map<string, { formula: string; row: number; col: number }>();
  let minRow = Number.POSITIVE_INFINITY;
  let minCol = Number.POSITIVE_INFINITY;
  let maxRow = -1;
  let maxCol = -1;
  let anyFormula = false;
  /** Cells with a value or a formula; the cells kept stay under twice the bound in all. */
  let usedCells = 0;
  let allCells = 0;

  let inSheetData = false;
  let row = -1;
  let col = -1;
  let inCell = false;
  let style = 0;
  let type = "n";
  let raw: string | null = null;
  let formula: string | null = null;
  let inline: string | null = null;
  let phonetic = 0;
  const cellAttributes: (string | undefined)[] = [undefined, undefined, undefined];
  const rowAttributes: (string | undefined)[] = [undefined, undefined];

  const commit = (): void => {
    let value: CellValue = null;
    switch (type) {
      case "s":
        value = raw === null ? null : (sharedStrings[Number(raw)] ?? null);
        break;
      case "str":
        value = raw === null ? null : detached(unescapeOoxml(raw));
        break;
      case "inlineStr":
        value =
          inline === null
            ? raw === null
              ? null
              : detached(unescapeOoxml(raw))
            : detached(unescapeOoxml(inline));
        break;
      case "b":
        value = raw === null ? null : raw === "1" || raw === "true";
        break;
      case "e":
        value = raw === null ? null : detached(raw);
        break;
      case "d":
        value = raw === null ? null : isoToSerial(raw);
        break;
      default:
        if (raw !== null && raw !== "") {
          const number = Number(raw);
          value = Number.isNaN(number) ? detached(raw) : number;
        }
    }
    allCells++;
    const used = value !== null || formula !== null;
    if (used) {
      if (usedCells >= ctx.maxCells) throw sheetTooLarge(ctx, `> ${ctx.maxCells}`);
      usedCells++;
    } else if (cellRows.length >= ctx.maxCells) {
      // Borders drawn down to row 200,000 leave cells with a style and nothing else: past the
      // bound they are dropped, not counted against the sheet, since nothing is read from them.
      return;
    }
    cellRows.push(row);
    cellCols.push(col);
    cellValues.push(value);
    cellFormulas.push(formula === null ? null : detached(formula));
    cellStyles.push(style);
    if (used) {
      if (formula !== null) anyFormula = true;
      if (row < minRow) minRow = row;
      if (row > maxRow) maxRow = row;
      if (col < minCol) minCol = col;
      if (col > maxCol) maxCol = col;
    }
  };

  while (sc.next()) {
    const name = sc.name;
    const kind = sc.kind;
    if (inCell) {
      if (name === "v") {
        if (kind === OPEN) {
          raw = sc.text();
          sc.skip("</v>");
        } else if (kind === EMPTY) raw = "";
      } else if (name === "f" && kind !== CLOSE) {
        formula = readFormula(sc.attr("t"), sc.attr("si"), sc.attr("ref"), kind === OPEN ? sc.text() : "");
      } else if (name === "t") {
        if (kind === OPEN && phonetic === 0) inline = (inline ?? "") + sc.text();
      } else if (name === "rPh") {
        phonetic += kind === OPEN ? 1 : kind === CLOSE ? -1 : 0;
      } else if (name === "c" && kind === CLOSE) {
        commit();
        inCell = false;
      }
      continue;
    }
    if (name === "c" && inSheetData && kind !== CLOSE) {
      sc.attrs(CELL_ATTRIBUTES, cellAttributes);
      const ref = cellAttributes[0];
      if (ref === undefined || !parseRef(ref)) {
        // A cell without a usable address follows the one before it (or starts the first row).
        col++;
        if (row < 0) row = 0;
      }
      style = cellAttributes[1] === undefined ? 0 : Number(cellAttributes[1]);
      type = cellAttributes[2] ?? "n";
      raw = null;
      formula = null;
      inline = null;
      phonetic = 0;
      if (kind === EMPTY) {
        commit();
        continue;
      }
      // The common shape `<c r="E4" s="1"><v>37</v></c>` is read without visiting each tag.
      if (sc.skip("<v>")) {
        raw = sc.text();
        if (sc.skip("</v></c>")) {
          commit();
          continue;
        }
        sc.skip("</v>");
      }
      inCell = true;
    } else if (name === "row" && kind !== CLOSE) {
      sc.attrs(ROW_ATTRIBUTES, rowAttributes);
      const r = Number(rowAttributes[0]);
      row = Number.isInteger(r) && r >= 1 && r <= MAX_ROW ? r - 1 : row + 1;
      col = -1;
      const hidden = rowAttributes[1];
      if (hidden === "1" || hidden === "true") hiddenRows.push(row);
    } else if (name === "sheetData") {
      inSheetData = kind === OPEN;
    } else if (name === "mergeCell" && kind !== CLOSE) {
      const ref = sc.attr("ref");
      if (ref !== undefined) merges.push(ref);
    }
  }

  /** Reads `A1`-style `r` into row and col; false when it is not a cell reference. */
  function parseRef(ref: string): boolean {
    let c = 0;
    let i = 0;
    for (; i < ref.length; i++) {
      const ch = ref.charCodeAt(i);
      if (ch >= 65 && ch <= 90) c = c * 26 + ch - 64;
      else if (ch >= 97 && ch <= 122) c = c * 26 + ch - 96;
      else break;
    }
    if (i === 0 || i === ref.length || c > MAX_COL) return false;
    const r = Number(ref.slice(i));
    if (!Number.isInteger(r) || r < 1 || r > MAX_ROW) return false;
    row = r - 1;
    col = c - 1;
    return true;
  }

  function readFormula(
    t: string | undefined,
    si: string | undefined,
    ref: string | undefined,
    text: string,
  ): string | null {
    if (t === "shared" && si !== undefined) {
      if (ref !== undefined && text !== "") {
        masters.set(si, { formula: text, row, col });
        return `=${text}`;
      }
      const master = masters.get(si);
      return master ? `=${shiftFormula(master.formula, row - master.row, col - master.col)}` : null;
    }
    if (t === "dataTable") return null;
    return text === "" ? null : `=${text}`;
  }

  const grid = layOut(ctx, {
    cellRows,
    cellCols,
    cellValues,
    cellFormulas,
    cellStyles,
    anyFormula,
    bounds: maxRow < 0 ? undefined : { minRow, minCol, maxRow, maxCol },
    hiddenRows,
    merges,
  });
  return { grid, cells: allCells };
}

interface Collected {
  readonly cellRows: readonly number[];
  readonly cellCols: readonly number[];
  readonly cellValues: readonly CellValue[];
  readonly cellFormulas: readonly (string | null)[];
  readonly cellStyles: readonly number[];
  readonly anyFormula: boolean;
  readonly bounds: { minRow: number; minCol: number; maxRow: number; maxCol: number } | undefined;
  readonly hiddenRows: readonly number[];
  readonly merges: readonly string[];
}

/**
 * Lays the collected cells into the grid's rectangle: from A1 when that rectangle is within the
 * cell limit, else from the first used cell, else the sheet is refused.
 */
function layOut(ctx: SheetContext, c: Collected): Grid {
  if (!c.bounds) return { sheet: ctx.name, origin: "A1", values: [], merges: c.merges };
  const { minRow, minCol, maxRow, maxCol } = c.bounds;
  let top = 0;
  let left = 0;
  if ((maxRow + 1) * (maxCol + 1) > ctx.maxCells) {
    top = minRow;
    left = minCol;
    const cells = (maxRow - minRow + 1) * (maxCol - minCol + 1);
    if (cells > ctx.maxCells) throw sheetTooLarge(ctx, String(cells));
  }
  const height = maxRow - top + 1;
  const width = maxCol - left + 1;
  if (height * width > ctx.cellsLeft) throw workbookTooLarge(ctx);
  const values: CellValue[][] = [];
  const fonts: (string | null)[][] = [];
  const formulas: (string | null)[][] | undefined = c.anyFormula ? [] : undefined;
  for (let r = 0; r < height; r++) {
    values.push(new Array<CellValue>(width).fill(null));
    fonts.push(new Array<string | null>(width).fill(null));
    formulas?.push(new Array<string | null>(width).fill(null));
  }
  const { numberFormats: xfFormats, fonts: xfFonts } = ctx.styles;
  /** Grid index of each collected cell (row * width + col), -1 when it falls outside. */
  const places = new Int32Array(c.cellRows.length);
  for (let k = 0; k < c.cellRows.length; k++) {
    const r = c.cellRows[k]! - top;
    const col = c.cellCols[k]! - left;
    if (r < 0 || r >= height || col < 0 || col >= width) {
      places[k] = -1;
      continue;
    }
    places[k] = r * width + col;
    const s = c.cellStyles[k]!;
    values[r]![col] = c.cellValues[k]!;
    fonts[r]![col] = xfFonts[s] ?? xfFonts[0] ?? null;
    if (formulas) formulas[r]![col] = c.cellFormulas[k]!;
  }
  // Number formats are laid out when first asked for: reading a report never asks (the fonts are
  // needed to decode legacy-encoded text), and building the matrix for every sheet cost as much
  // as the values'. Only the cells' style indexes are kept until then.
  const styles = Int32Array.from(c.cellStyles);
  let numberFormats: (string | null)[][] | undefined;
  const layOutNumberFormats = (): (string | null)[][] => {
    if (numberFormats !== undefined) return numberFormats;
    const laid: (string | null)[][] = [];
    for (let r = 0; r < height; r++) laid.push(new Array<string | null>(width).fill(null));
    for (let k = 0; k < places.length; k++) {
      const place = places[k]!;
      if (place < 0) continue;
      laid[Math.floor(place / width)]![place % width] = xfFormats[styles[k]!] ?? xfFormats[0] ?? "General";
    }
    numberFormats = laid;
    return laid;
  };
  const hiddenRows = [...new Set(c.hiddenRows)]
    .map((r) => r - top)
    .filter((r) => r >= 0 && r < height)
    .sort((a, b) => a - b);
  const grid = {
    sheet: ctx.name,
    origin: `${columnLetter(left)}${top + 1}`,
    values,
    ...(formulas ? { formulas } : {}),
    numberFormats: [] as (string | null)[][],
    fonts,
    merges: c.merges,
    hiddenRows,
  };
  // An enumerable getter in the literal's place: the grid still looks and compares like plain data.
  Object.defineProperty(grid, "numberFormats", { get: layOutNumberFormats, enumerable: true });
  return grid;
}

/** An ISO date (`t="d"` cells, written by some tools) as the serial number Excel would store. */
function isoToSerial(iso: string): number | string {
  const ms = Date.parse(/[zZ]|[+-]\d\d:?\d\d$/.test(iso) || !iso.includes("T") ? iso : `${iso}Z`);
  return Number.isNaN(ms) ? iso : ms / 86_400_000 + EPOCH_OFFSET_DAYS;
}

function sheetTooLarge(ctx: SheetContext, cells: string): XlsxError {
  const file = ctx.file === undefined ? "" : ` trong tệp "${ctx.file}"`;
  const fileEn = ctx.file === undefined ? "" : ` in "${ctx.file}"`;
  return new XlsxError(
    "XLSX.SHEET_TOO_LARGE",
    `Trang tính "${ctx.name}"${file} quá lớn (${cells} ô, giới hạn ${ctx.maxCells}). Hãy xóa các hàng, cột thừa (kể cả ô trống đã định dạng) hoặc chép phần báo cáo sang một tệp mới.`,
    `Sheet "${ctx.name}"${fileEn} is too large (${cells} cells, limit ${ctx.maxCells}). Delete the extra rows and columns (formatted empty cells too) or copy the report into a new file.`,
    { ...(ctx.file === undefined ? {} : { file: ctx.file }), sheet: ctx.name },
  );
}

function workbookTooLarge(ctx: SheetContext): XlsxError {
  const file = ctx.file === undefined ? "Sổ làm việc" : `Tệp "${ctx.file}"`;
  const fileEn = ctx.file === undefined ? "The workbook" : `File "${ctx.file}"`;
  return new XlsxError(
    "XLSX.TOO_LARGE",
    `${file} có quá nhiều ô trên các trang tính cộng lại (giới hạn ${ctx.maxTotalCells}, vượt ở trang "${ctx.name}"). Hãy xóa các trang tính, hàng, cột thừa hoặc chép phần báo cáo sang một tệp mới.`,
    `${fileEn} has too many cells across its sheets (limit ${ctx.maxTotalCells}, passed at sheet "${ctx.name}"). Delete unneeded sheets, rows and columns or copy the report into a new file.`,
    { ...(ctx.file === undefined ? {} : { file: ctx.file }), sheet: ctx.name },
  );
}
