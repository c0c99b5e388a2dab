import { type CellValue, columnLetter, type Grid } from "@tonghop/core";
import { XlsxError } from "../error.js";
import { detached } from "../xml/detach.js";
import { CLOSE, EMPTY, OPEN } from "../xml/scanner.js";
import { unescapeOoxml, unescapeXml } from "../xml/unescape.js";
import { scan } from "./parts.js";
import { shiftFormula } from "./shared-formula.js";
import type { WorkbookStyles } from "./styles.js";

export interface SheetContext {
  readonly name: string;
  readonly part: string;
  readonly file: string | undefined;
  readonly sharedStrings: readonly string[];
  /** The workbook's styles, read when a grid's number formats or fonts are first asked for. */
  readonly styles: WorkbookStyles;
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

/** Cell types (`t`); any other type reads as a number, as Excel's default `n` does. */
const NUMBER = 0;
const SHARED_STRING = 1;
const FORMULA_STRING = 2;
const INLINE_STRING = 3;
const BOOLEAN = 4;
const ERROR = 5;
const DATE = 6;

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
  const cells = new Cells(ctx);
  const hiddenRows: number[] = [];
  const merges: string[] = [];
  const masters = new Map<string, { formula: string; row: number; col: number }>();

  let inSheetData = false;
  let inCell = false;
  let style = 0;
  let type = NUMBER;
  let raw: string | null = null;
  let formula: string | null = null;
  let inline: string | null = null;
  let phonetic = 0;
  const cellAttributes: (string | undefined)[] = [undefined, undefined, undefined];
  const rowAttributes: (string | undefined)[] = [undefined, undefined];

  function readFormula(
    t: string | undefined,
    si: string | undefined,
    ref: string | undefined,
    text: string,
  ): string | null {
    if (t === "shared" && si !== undefined) {
      if (ref !== undefined && text !== "") {
        masters.set(si, { formula: text, row: cells.row, col: cells.col });
        return `=${text}`;
      }
      const master = masters.get(si);
      return master
        ? `=${shiftFormula(master.formula, cells.row - master.row, cells.col - master.col)}`
        : null;
    }
    if (t === "dataTable") return null;
    return text === "" ? null : `=${text}`;
  }

  try {
    for (;;) {
      if (inSheetData && !inCell)
        sc.moveTo(readPlainTags(xml, sc.position, cells, hiddenRows, sharedStrings));
      if (!sc.next()) break;
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
          cells.add(style, cellValue(type, raw, inline, sharedStrings), formula);
          inCell = false;
        }
        continue;
      }
      if (name === "c" && inSheetData && kind !== CLOSE) {
        sc.attrs(CELL_ATTRIBUTES, cellAttributes);
        const ref = cellAttributes[0];
        if (ref === undefined || !cells.moveToRef(ref)) cells.moveNext();
        const s = cellAttributes[1];
        style = s === undefined ? 0 : Cells.styleIndex(Number(s));
        type = typeOf(cellAttributes[2]);
        raw = null;
        formula = null;
        inline = null;
        phonetic = 0;
        if (kind === EMPTY) {
          cells.add(style, null, null);
          continue;
        }
        if (sc.skip("<v>")) {
          raw = sc.text();
          if (sc.skip("</v></c>")) {
            cells.add(style, cellValue(type, raw, null, sharedStrings), null);
            continue;
          }
          sc.skip("</v>");
        }
        inCell = true;
      } else if (name === "row" && kind !== CLOSE) {
        sc.attrs(ROW_ATTRIBUTES, rowAttributes);
        cells.moveToRow(Number(rowAttributes[0]));
        const hidden = rowAttributes[1];
        if (hidden === "1" || hidden === "true") hiddenRows.push(cells.row);
      } else if (name === "sheetData") {
        inSheetData = kind === OPEN;
      } else if (name === "mergeCell" && kind !== CLOSE) {
        const ref = sc.attr("ref");
        if (ref !== undefined) merges.push(ref);
      }
    }
    return { grid: layOut(ctx, cells, hiddenRows, merges), cells: cells.all };
  } finally {
    cells.release();
  }
}

function typeOf(t: string | undefined): number {
  switch (t) {
    case "s":
      return SHARED_STRING;
    case "str":
      return FORMULA_STRING;
    case "inlineStr":
      return INLINE_STRING;
    case "b":
      return BOOLEAN;
    case "e":
      return ERROR;
    case "d":
      return DATE;
    default:
      return NUMBER;
  }
}

/** A cell's value from its type, its `<v>` text and, for an inline string, its `<is>` text; null when absent. */
function cellValue(
  type: number,
  raw: string | null,
  inline: string | null,
  sharedStrings: readonly string[],
): CellValue {
  switch (type) {
    case SHARED_STRING:
      return raw === null ? null : (sharedStrings[Number(raw)] ?? null);
    case FORMULA_STRING:
      return raw === null ? null : detached(unescapeOoxml(raw));
    case INLINE_STRING:
      if (inline !== null) return detached(unescapeOoxml(inline));
      return raw === null ? null : detached(unescapeOoxml(raw));
    case BOOLEAN:
      return raw === null ? null : raw === "1" || raw === "true";
    case ERROR:
      return raw === null ? null : detached(raw);
    case DATE:
      return raw === null ? null : isoToSerial(raw);
    default: {
      if (raw === null || raw === "") return null;
      const number = Number(raw);
      return Number.isNaN(number) ? detached(raw) : number;
    }
  }
}

/**
 * Space for the cells of the sheet being read, reused by every sheet: reading is synchronous and
 * never nested, and growing lists of three numbers a cell for every sheet was a fifth of what
 * reading a workbook allocated.
 */
let scratchSlots = new Int32Array(3 * 4096);
const scratchValues: CellValue[] = [];
/** Past this many cells the space grown for one sheet is let go when it is read. */
const SCRATCH_KEPT = 65_536;

/**
 * The cells of a part as they come, and where the scan stands. Addresses and style indexes go in
 * one typed array (three numbers a cell), values in a list beside it, and the few formulas in a
 * list of their own: no object or boxed number per cell.
 */
class Cells {
  /** Row, column and style (see {@link styleIndex}) of each kept cell. */
  slots = scratchSlots;
  readonly values = scratchValues;
  /** Cells kept (a cell that only carries a style is dropped past the bound). */
  count = 0;
  /** Cells with a value or a formula; the cells kept stay under twice the bound in all. */
  used = 0;
  /** Every cell of the part. */
  all = 0;
  /** Indexes of the kept cells that hold a formula, in order, and their formulas. */
  readonly formulaCells: number[] = [];
  readonly formulas: string[] = [];
  minRow = Number.POSITIVE_INFINITY;
  minCol = Number.POSITIVE_INFINITY;
  maxRow = -1;
  maxCol = -1;
  row = -1;
  col = -1;

  constructor(private readonly ctx: SheetContext) {}

  /**
   * `s` as kept: a style index, with what the reader always gave for others. A negative `s` reads
   * as style 0 would (no such style: the default one's). An `s` that is not a 32-bit integer
   * (`1.5`) takes its number format from the style its integer part names and its font from the
   * default style: kept as -2 - that style.
   */
  static styleIndex(s: number): number {
    const index = s | 0;
    if (index <= 0) return 0;
    return index === s ? index : -2 - index;
  }

  /** Lets go of the values read (and of the space a very large sheet grew). */
  release(): void {
    if (this.values.length > SCRATCH_KEPT) this.values.length = 0;
    else this.values.fill(null, 0, this.count);
    if (this.slots.length > 3 * SCRATCH_KEPT) scratchSlots = new Int32Array(3 * 4096);
  }

  /** A `<row>`'s `r`: rows without a usable one follow the row before. */
  moveToRow(r: number): void {
    this.row = Number.isInteger(r) && r >= 1 && r <= MAX_ROW ? r - 1 : this.row + 1;
    this.col = -1;
  }

  /** A cell without a usable address follows the one before it (or starts the first row). */
  moveNext(): void {
    this.col++;
    if (this.row < 0) this.row = 0;
  }

  /** Reads `A1`-style `r` into row and col; false when it is not a cell reference. */
  moveToRef(ref: string): boolean {
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
    this.row = r - 1;
    this.col = c - 1;
    return true;
  }

  /** Keeps the cell at row and col, within the sheet's bounds. */
  add(style: number, value: CellValue, formula: string | null): void {
    this.all++;
    const used = value !== null || formula !== null;
    if (used) {
      if (this.used >= this.ctx.maxCells) throw sheetTooLarge(this.ctx, `> ${this.ctx.maxCells}`);
      this.used++;
    } else if (this.count >= this.ctx.maxCells) {
      // Borders drawn down to row 200,000 leave cells with a style and nothing else: past the
      // bound they are dropped, not counted against the sheet, since nothing is read from them.
      return;
    }
    const k = this.count;
    const row = this.row;
    const col = this.col;
    let slots = this.slots;
    if (3 * k + 3 > slots.length) {
      slots = new Int32Array(2 * slots.length);
      slots.set(this.slots);
      this.slots = slots;
      scratchSlots = slots;
    }
    slots[3 * k] = row;
    slots[3 * k + 1] = col;
    slots[3 * k + 2] = style;
    this.values[k] = value;
    this.count = k + 1;
    if (used) {
      if (formula !== null) {
        this.formulaCells.push(k);
        this.formulas.push(detached(formula));
      }
      if (row < this.minRow) this.minRow = row;
      if (row > this.maxRow) this.maxRow = row;
      if (col < this.minCol) this.minCol = col;
      if (col > this.maxCol) this.maxCol = col;
    }
  }
}

/**
 * Reads, from `from` on, the tags of sheetData in the shape Excel and most writers give them:
 * `<row r="4" ...>`, `</row>`, and cells `<c r="E4" s="1" t="s"><v>12</v></c>`, empty, with a
 * plain `<f>` formula, or with no value, attributes written `name="value"`. It stops at the first
 * tag in any other shape (a prefix, an entity in an attribute, an inline string, a shared formula,
 * a comment, a declaration...) and returns where, for the scanner to read that tag as it reads
 * any: what it reads gives what the scanner's reading gives.
 */
function readPlainTags(
  xml: string,
  from: number,
  cells: Cells,
  hiddenRows: number[],
  sharedStrings: readonly string[],
): number {
  let pos = from;
  for (;;) {
    // Tags most often follow one another: the builtin is called only when white space is between.
    const lt = xml.charCodeAt(pos) === 60 ? pos : xml.indexOf("<", pos);
    if (lt < 0) return pos;
    const first = xml.charCodeAt(lt + 1);
    let end = -1;
    if (first === 99 /* c */) end = readPlainCell(xml, lt, cells, sharedStrings);
    else if (first === 114 /* r */) end = readPlainRow(xml, lt, cells, hiddenRows);
    else if (first === 47 /* / */ && xml.startsWith("</row>", lt)) end = lt + 6;
    if (end < 0) return lt;
    pos = end;
  }
}

/** Tag endings from {@link Attributes.next}. */
const ATTRIBUTE = 1;
const TAG_OPEN = 2;
const TAG_EMPTY = 3;
const NOT_PLAIN = 0;

/**
 * Reads a tag's attributes one by one when they are written `name="value"` (or with `'`), with
 * optional white space between them: the one shape on which it and the scanner's `attrs` agree
 * by construction. One instance serves every tag.
 */
class Attributes {
  xml = "";
  pos = 0;
  /** The local name (after any prefix) of the attribute read, and whether it had a prefix. */
  nameStart = 0;
  nameLength = 0;
  prefixed = false;
  /** The value of the attribute read, between its quotes, not unescaped. */
  valueStart = 0;
  valueEnd = 0;

  /** Starts reading the attributes at `pos`, just past the tag's name. */
  start(xml: string, pos: number): boolean {
    const ch = xml.charCodeAt(pos);
    this.xml = xml;
    this.pos = pos;
    return ch <= 32 || ch === 62 || ch === 47;
  }

  next(): number {
    const xml = this.xml;
    let i = this.pos;
    let ch = xml.charCodeAt(i);
    while (ch <= 32) ch = xml.charCodeAt(++i);
    if (ch === 62 /* > */) {
      this.pos = i + 1;
      return TAG_OPEN;
    }
    if (ch === 47 /* / */) {
      if (xml.charCodeAt(i + 1) !== 62) return NOT_PLAIN;
      this.pos = i + 2;
      return TAG_EMPTY;
    }
    let nameStart = i;
    this.prefixed = false;
    for (;;) {
      if (ch === 58 /* : */) {
        nameStart = i + 1;
        this.prefixed = true;
      } else if (endsName(ch)) {
        break;
      } else if (Number.isNaN(ch)) return NOT_PLAIN;
      ch = xml.charCodeAt(++i);
    }
    if (ch !== 61 || i === nameStart) return NOT_PLAIN;
    const quote = xml.charCodeAt(i + 1);
    if (quote !== 34 && quote !== 39) return NOT_PLAIN;
    const close = nextChar(xml, quote, i + 2);
    if (close < 0) return NOT_PLAIN;
    this.nameStart = nameStart;
    this.nameLength = i - nameStart;
    this.valueStart = i + 2;
    this.valueEnd = close;
    this.pos = close + 1;
    return ATTRIBUTE;
  }

  /** Whether the attribute read is, by its local name, `name`. */
  is(name: string): boolean {
    return this.nameLength === name.length && this.xml.startsWith(name, this.nameStart);
  }
}

/**
 * `xml.indexOf` of one character, for one a few places on (an attribute's closing quote, the end
 * of a cell's value): a loop the JIT inlines, where each call into the builtin cost about 100
 * instructions before its search began, four or five times for every cell of every sheet.
 */
function nextChar(xml: string, code: number, from: number): number {
  for (let i = from; i < xml.length; i++) if (xml.charCodeAt(i) === code) return i;
  return -1;
}

/*
 * The fixed pieces of Excel's cell shape, compared character by character: the JIT inlines these
 * where each `startsWith` was a call, six or seven for every cell of every sheet.
 */

/** `n="` at `at`, for a one-letter attribute name `n`. */
const attributeAt = (xml: string, at: number, name: number): boolean =>
  xml.charCodeAt(at) === name &&
  xml.charCodeAt(at + 1) === 61 /* = */ &&
  xml.charCodeAt(at + 2) === 34; /* " */

/** `<n>` at `at`, for a one-letter element name `n`. */
const tagAt = (xml: string, at: number, name: number): boolean =>
  xml.charCodeAt(at) === 60 /* < */ &&
  xml.charCodeAt(at + 1) === name &&
  xml.charCodeAt(at + 2) === 62; /* > */

/** `</n>` at `at`, for a one-letter element name `n`. */
const closingTagAt = (xml: string, at: number, name: number): boolean =>
  xml.charCodeAt(at) === 60 /* < */ &&
  xml.charCodeAt(at + 1) === 47 /* / */ &&
  xml.charCodeAt(at + 2) === name &&
  xml.charCodeAt(at + 3) === 62; /* > */

/** `=`, white space, `>`, `/`, a quote or `<`: what cannot be part of an attribute's name. */
const endsName = (ch: number): boolean =>
  ch === 61 || ch <= 32 || ch === 62 || ch === 47 || ch === 34 || ch === 39 || ch === 60;

const attributes = new Attributes();

/** A `<row>` tag at `lt`; the index past it, or -1 when it is not in the plain shape. */
function readPlainRow(xml: string, lt: number, cells: Cells, hiddenRows: number[]): number {
  const a = attributes;
  if (!xml.startsWith("row", lt + 1) || !a.start(xml, lt + 4)) return -1;
  let r = Number.NaN;
  let hidden = false;
  let seen = 0;
  for (;;) {
    const step = a.next();
    if (step === NOT_PLAIN) return -1;
    if (step !== ATTRIBUTE) break;
    if (a.is("r")) {
      if (a.prefixed || seen & 1) return -1;
      seen |= 1;
      r = digits(xml, a.valueStart, a.valueEnd, 7);
      if (r < 0) return -1;
    } else if (a.is("hidden")) {
      if (a.prefixed || seen & 2) return -1;
      seen |= 2;
      const length = a.valueEnd - a.valueStart;
      if (holdsEntity(xml, a.valueStart, a.valueEnd)) return -1;
      hidden =
        (length === 1 && xml.charCodeAt(a.valueStart) === 49) ||
        (length === 4 && xml.startsWith("true", a.valueStart));
    }
  }
  cells.moveToRow(r);
  if (hidden) hiddenRows.push(cells.row);
  return a.pos;
}

/**
 * The attributes of a plain `<c>` tag, read by one of two readers. One instance serves every cell.
 * The one for the shape Excel writes (` r="B4"`, then ` s="5"` and ` t="s"` when present, each
 * once, before `>` or `/>`) reads it without the general attribute loop: that loop was most of the
 * work of every cell of every sheet. Any other shape is left to the loop, which reads Excel's shape
 * the same way.
 */
class CellTag {
  /** One-based row and column of `r`, or -1 when the tag has none. */
  row = -1;
  col = -1;
  style = 0;
  type = NUMBER;
  /** TAG_OPEN or TAG_EMPTY. */
  step = TAG_OPEN;

  /** Reads Excel's shape from `from` (just past `<c`); the index past the tag, or -1 for any other shape. */
  readExcelShape(xml: string, from: number): number {
    let i = from;
    if (!(xml.charCodeAt(i) === 32 && attributeAt(xml, i + 1, 114 /* r */))) return -1;
    i += 4;
    let ch = xml.charCodeAt(i);
    let col = 0;
    const letters = i;
    for (; ch >= 65 && ch <= 90; ch = xml.charCodeAt(++i)) col = col * 26 + ch - 64;
    if (i === letters || col > MAX_COL) return -1;
    let row = 0;
    const figures = i;
    for (; ch >= 48 && ch <= 57; ch = xml.charCodeAt(++i)) row = row * 10 + ch - 48;
    if (ch !== 34 || i === figures || i - figures > 7 || row < 1 || row > MAX_ROW) return -1;
    ch = xml.charCodeAt(++i);
    let style = 0;
    if (ch === 32 && attributeAt(xml, i + 1, 115 /* s */)) {
      i += 4;
      ch = xml.charCodeAt(i);
      const start = i;
      for (; ch >= 48 && ch <= 57; ch = xml.charCodeAt(++i)) style = style * 10 + ch - 48;
      if (ch !== 34 || i === start || i - start > 9) return -1;
      ch = xml.charCodeAt(++i);
    }
    let type = NUMBER;
    if (ch === 32 && attributeAt(xml, i + 1, 116 /* t */)) {
      const start = i + 4;
      const end = nextChar(xml, 34, start);
      if (end < 0) return -1;
      type = typeAt(xml, start, end);
      if (type < 0) return -1;
      i = end + 1;
      ch = xml.charCodeAt(i);
    }
    if (ch === 62 /* > */) this.step = TAG_OPEN;
    else if (ch === 47 /* / */ && xml.charCodeAt(i + 1) === 62) {
      this.step = TAG_EMPTY;
      i++;
    } else return -1;
    this.row = row;
    this.col = col;
    this.style = style;
    this.type = type;
    return i + 1;
  }

  /**
   * Reads any plain shape from `from`: attributes `name="value"` in any order, unknown ones
   * skipped, `r`, `s` and `t` each at most once; the index past the tag, or -1.
   */
  readAnyShape(xml: string, from: number): number {
    const a = attributes;
    if (!a.start(xml, from)) return -1;
    let row = -1;
    let col = -1;
    let style = 0;
    let type = NUMBER;
    let seen = 0;
    let step: number;
    for (;;) {
      step = a.next();
      if (step !== ATTRIBUTE) break;
      if (a.nameLength !== 1) continue;
      if (a.prefixed) return -1;
      const name = xml.charCodeAt(a.nameStart);
      if (name === 114 /* r */) {
        if (seen & 1) return -1;
        seen |= 1;
        col = 0;
        let i = a.valueStart;
        for (; i < a.valueEnd; i++) {
          const ch = xml.charCodeAt(i);
          if (ch >= 65 && ch <= 90) col = col * 26 + ch - 64;
          else if (ch >= 97 && ch <= 122) col = col * 26 + ch - 96;
          else break;
        }
        if (i === a.valueStart || col > MAX_COL) return -1;
        row = digits(xml, i, a.valueEnd, 7);
        if (row < 1 || row > MAX_ROW) return -1;
      } else if (name === 115 /* s */) {
        if (seen & 2) return -1;
        seen |= 2;
        style = digits(xml, a.valueStart, a.valueEnd, 9);
        if (style < 0) return -1;
      } else if (name === 116 /* t */) {
        if (seen & 4) return -1;
        seen |= 4;
        type = typeAt(xml, a.valueStart, a.valueEnd);
        if (type < 0) return -1;
      }
    }
    if (step === NOT_PLAIN) return -1;
    this.row = row;
    this.col = col;
    this.style = style;
    this.type = type;
    this.step = step;
    return a.pos;
  }
}

const cellTag = new CellTag();

/** A `<c>` element at `lt`; the index past it, or -1 when it is not in one of the plain shapes. */
function readPlainCell(xml: string, lt: number, cells: Cells, sharedStrings: readonly string[]): number {
  const tag = cellTag;
  let p = tag.readExcelShape(xml, lt + 2);
  if (p < 0) p = tag.readAnyShape(xml, lt + 2);
  if (p < 0) return -1;
  let value: CellValue = null;
  let formula: string | null = null;
  if (tag.step === TAG_OPEN) {
    if (tagAt(xml, p, 102 /* f */)) {
      const end = nextChar(xml, 60, p + 3);
      if (end < 0 || !closingTagAt(xml, end, 102 /* f */)) return -1;
      if (end > p + 3) formula = `=${unescapeXml(xml.slice(p + 3, end))}`;
      p = end + 4;
    }
    if (tagAt(xml, p, 118 /* v */)) {
      const end = nextChar(xml, 60, p + 3);
      if (end < 0 || !(closingTagAt(xml, end, 118 /* v */) && closingTagAt(xml, end + 4, 99 /* c */)))
        return -1;
      value = plainValue(xml, p + 3, end, tag.type, sharedStrings);
      p = end + 8;
    } else if (closingTagAt(xml, p, 99 /* c */)) p += 4;
    else return -1;
  }
  if (tag.row > 0) {
    cells.row = tag.row - 1;
    cells.col = tag.col - 1;
  } else cells.moveNext();
  cells.add(tag.style, value, formula);
  return p;
}

/** The value of a `<v>` between `from` and `to`: a shared string's index or an integer without parsing a copy. */
function plainValue(
  xml: string,
  from: number,
  to: number,
  type: number,
  sharedStrings: readonly string[],
): CellValue {
  if (type === SHARED_STRING) {
    const index = digits(xml, from, to, 9);
    if (index >= 0) return sharedStrings[index] ?? null;
  } else if (type === NUMBER) {
    const negative = xml.charCodeAt(from) === 45; /* - */
    const number = digits(xml, negative ? from + 1 : from, to, 15);
    if (number >= 0) return negative ? -number : number;
  }
  return cellValue(type, to > from ? unescapeXml(xml.slice(from, to)) : "", null, sharedStrings);
}

/** The decimal number written between `from` and `to` in 1 to `most` digits, or -1. */
function digits(xml: string, from: number, to: number, most: number): number {
  if (to <= from || to - from > most) return -1;
  let n = 0;
  for (let i = from; i < to; i++) {
    const d = xml.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

/** A cell's `t` between `from` and `to` as a type, or -1 when it holds an entity. */
function typeAt(xml: string, from: number, to: number): number {
  const length = to - from;
  const first = xml.charCodeAt(from);
  if (length === 1) {
    if (first === 115) return SHARED_STRING;
    if (first === 98) return BOOLEAN;
    if (first === 101) return ERROR;
    if (first === 100) return DATE;
    return first === 38 ? -1 : NUMBER;
  }
  if (length === 3 && xml.startsWith("str", from)) return FORMULA_STRING;
  if (length === 9 && xml.startsWith("inlineStr", from)) return INLINE_STRING;
  return holdsEntity(xml, from, to) ? -1 : NUMBER;
}

/** Whether the text between `from` and `to` has an `&`, which unescaping could change. */
function holdsEntity(xml: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (xml.charCodeAt(i) === 38) return true;
  return false;
}

/**
 * Lays the collected cells into the grid's rectangle: from A1 when that rectangle is within the
 * cell limit, else from the first used cell, else the sheet is refused.
 */
function layOut(ctx: SheetContext, cells: Cells, collectedHiddenRows: number[], merges: string[]): Grid {
  if (cells.maxRow < 0) return { sheet: ctx.name, origin: "A1", values: [], merges };
  const { minRow, minCol, maxRow, maxCol } = cells;
  let top = 0;
  let left = 0;
  if ((maxRow + 1) * (maxCol + 1) > ctx.maxCells) {
    top = minRow;
    left = minCol;
    const area = (maxRow - minRow + 1) * (maxCol - minCol + 1);
    if (area > ctx.maxCells) throw sheetTooLarge(ctx, String(area));
  }
  const height = maxRow - top + 1;
  const width = maxCol - left + 1;
  if (height * width > ctx.cellsLeft) throw workbookTooLarge(ctx);
  const values: CellValue[][] = [];
  const anyFormula = cells.formulaCells.length > 0;
  const formulas: (string | null)[][] | undefined = anyFormula ? [] : undefined;
  // Each row a copy of one blank row: a packed array of its exact size, made by one builtin.
  const blank = nulls(width);
  for (let r = 0; r < height; r++) {
    values.push(blank.slice());
    formulas?.push(blank.slice());
  }
  const { slots, count, formulaCells } = cells;
  /** Style of the cell at each place of the grid (row by row), -1 where the part has no cell. */
  const styles = new Int32Array(height * width).fill(-1);
  let nextFormula = 0;
  for (let k = 0; k < count; k++) {
    const r = slots[3 * k]! - top;
    const col = slots[3 * k + 1]! - left;
    if (r < 0 || r >= height || col < 0 || col >= width) continue;
    styles[r * width + col] = slots[3 * k + 2]!;
    values[r]![col] = cells.values[k]!;
    if (formulas) {
      if (formulaCells[nextFormula] === k) formulas[r]![col] = cells.formulas[nextFormula++]!;
      else formulas[r]![col] = null;
    }
  }
  // A loop, not filter(map(…)): map's array is packed or holey by the tier that ran it, and the
  // filter inlined after it was compiled again when it met the other.
  const hiddenRows: number[] = [];
  for (const hidden of new Set(collectedHiddenRows)) {
    const r = hidden - top;
    if (r >= 0 && r < height) hiddenRows.push(r);
  }
  hiddenRows.sort((a, b) => a - b);
  const origin = `${columnLetter(left)}${top + 1}`;
  const grid = formulas ? { sheet: ctx.name, origin, values, formulas } : { sheet: ctx.name, origin, values };
  // Number formats and fonts are laid out when first asked for, from the styles read then: reading
  // a report never asks for number formats, and fonts only for text that may be legacy-encoded.
  // They are enumerable getters in the places the data had: the grid still looks and compares
  // like plain data. The getters are the same functions for every grid, so that V8 gives all
  // grids one shape (a getter of its own per grid made each grid a slow dictionary object).
  Object.defineProperty(grid, "numberFormats", NUMBER_FORMATS);
  Object.defineProperty(grid, "fonts", FONTS);
  // Not enumerable: a hint derived from the workbook, not data of the sheet's.
  Object.defineProperty(grid, "fontNames", FONT_NAMES);
  Object.defineProperty(grid, STYLE_LAYOUT, { value: new StyleLayout(ctx.styles, styles, width) });
  return Object.assign(grid, { merges, hiddenRows });
}

/**
 * A row of `width` nulls, pushed one by one: a packed array, where `new Array(width).fill(null)`
 * gives a holey one through a call into the runtime.
 */
function nulls(width: number): null[] {
  const row: null[] = [];
  for (let c = 0; c < width; c++) row.push(null);
  return row;
}

const STYLE_LAYOUT = Symbol("style layout");

/** What a grid's number formats and fonts are laid out from: the style of the cell at each place. */
class StyleLayout {
  numberFormats: (string | null)[][] | undefined;
  fonts: (string | null)[][] | undefined;

  constructor(
    readonly styles: WorkbookStyles,
    private readonly styleAt: Int32Array,
    private readonly width: number,
  ) {}

  /** A matrix with, where the part has a cell, the entry for its style. */
  layOut(entry: (style: number) => string | null): (string | null)[][] {
    const { styleAt, width } = this;
    const laid: (string | null)[][] = [];
    for (let start = 0; start < styleAt.length; start += width) {
      const row = new Array<string | null>(width);
      for (let c = 0; c < width; c++) {
        const style = styleAt[start + c]!;
        row[c] = style === -1 ? null : entry(style);
      }
      laid.push(row);
    }
    return laid;
  }
}

const NUMBER_FORMATS: PropertyDescriptor = {
  get(this: { [STYLE_LAYOUT]: StyleLayout }) {
    const layout = this[STYLE_LAYOUT];
    if (layout.numberFormats === undefined) {
      const xf = layout.styles.cellStyles().numberFormats;
      layout.numberFormats = layout.layOut((s) => xf[s < 0 ? -2 - s : s] ?? xf[0] ?? "General");
    }
    return layout.numberFormats;
  },
  enumerable: true,
  configurable: true,
};

const FONTS: PropertyDescriptor = {
  get(this: { [STYLE_LAYOUT]: StyleLayout }) {
    const layout = this[STYLE_LAYOUT];
    if (layout.fonts === undefined) {
      const xf = layout.styles.cellStyles().fonts;
      layout.fonts = layout.layOut((s) => (s < 0 ? null : xf[s]) ?? xf[0] ?? null);
    }
    return layout.fonts;
  },
  enumerable: true,
  configurable: true,
};

/** The workbook's named fonts: when none is a legacy one, a reader need not ask for `fonts`. */
const FONT_NAMES: PropertyDescriptor = {
  get(this: { [STYLE_LAYOUT]: StyleLayout }) {
    return this[STYLE_LAYOUT].styles.fontNames();
  },
  enumerable: false,
  configurable: true,
};

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
