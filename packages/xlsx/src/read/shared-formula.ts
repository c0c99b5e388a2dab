import { columnIndex, columnLetter } from "@tonghop/core";

const MAX_ROW = 1_048_576;
const MAX_COL = 16_384;
const CELL = /^(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})$/;
const COLUMN = /^(\$?)([A-Za-z]{1,3})$/;
const ROW = /^(\$?)(\d{1,7})$/;

/**
 * The formula of a cell that shares its master's formula (`<f t="shared" si="0"/>`): the master's
 * text with every relative reference moved by the cell's offset from the master, as Excel does.
 * `$`-anchored parts stay; text in quotes, quoted sheet names and bracketed parts are copied as they
 * are; a name followed by `(` is a function, by `!` a sheet. A reference moved off the sheet is `#REF!`.
 */
export function shiftFormula(formula: string, rows: number, cols: number): string {
  if (rows === 0 && cols === 0) return formula;
  let out = "";
  let i = 0;
  const n = formula.length;
  while (i < n) {
    const ch = formula[i]!;
    if (ch === '"' || ch === "'") {
      const end = closingQuote(formula, i, ch);
      out += formula.slice(i, end);
      i = end;
    } else if (ch === "[") {
      const end = formula.indexOf("]", i);
      const stop = end < 0 ? n : end + 1;
      out += formula.slice(i, stop);
      i = stop;
    } else if (isWordChar(ch)) {
      let end = i;
      while (end < n && isWordChar(formula[end]!)) end++;
      const word = formula.slice(i, end);
      const startsWithDigit = ch >= "0" && ch <= "9";
      // A column or row range (`A:C`, `$2:$5`) is two words around a colon.
      if (formula[end] === ":") {
        let end2 = end + 1;
        while (end2 < n && isWordChar(formula[end2]!)) end2++;
        const second = formula.slice(end + 1, end2);
        const bothColumns = COLUMN.test(word) && COLUMN.test(second);
        const bothRows = ROW.test(word) && ROW.test(second);
        if (bothColumns || bothRows) {
          const shift = bothColumns ? (w: string) => shiftColumn(w, cols) : (w: string) => shiftRow(w, rows);
          out += `${shift(word)}:${shift(second)}`;
          i = end2;
          continue;
        }
      }
      const next = formula[end];
      const isReference = !startsWithDigit && next !== "(" && next !== "!" && CELL.test(word);
      out += isReference ? shiftCell(word, rows, cols) : word;
      i = end;
    } else {
      out += ch;
      i++;
    }
  }
  return out;
}

function shiftCell(ref: string, rows: number, cols: number): string {
  const m = CELL.exec(ref)!;
  const col = m[1] ? columnIndex(m[2]!) : columnIndex(m[2]!) + cols;
  const row = m[3] ? Number(m[4]) : Number(m[4]) + rows;
  if (col < 0 || col >= MAX_COL || row < 1 || row > MAX_ROW) return "#REF!";
  return `${m[1]}${columnLetter(col)}${m[3]}${row}`;
}

function shiftColumn(word: string, cols: number): string {
  const m = COLUMN.exec(word)!;
  if (m[1]) return word;
  const col = columnIndex(m[2]!) + cols;
  return col < 0 || col >= MAX_COL ? "#REF!" : columnLetter(col);
}

function shiftRow(word: string, rows: number): string {
  const m = ROW.exec(word)!;
  if (m[1]) return word;
  const row = Number(m[2]) + rows;
  return row < 1 || row > MAX_ROW ? "#REF!" : String(row);
}

/** Letters, digits, `_`, `.`, `$`, `\` and any non-ASCII letter make up names, references and numbers. */
function isWordChar(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return (
    (c >= 48 && c <= 57) ||
    (c >= 65 && c <= 90) ||
    (c >= 97 && c <= 122) ||
    c === 95 ||
    c === 46 ||
    c === 36 ||
    c === 92 ||
    c > 127
  );
}

function closingQuote(formula: string, start: number, quote: string): number {
  let i = start + 1;
  while (i < formula.length) {
    if (formula[i] === quote) {
      if (formula[i + 1] === quote) i += 2;
      else return i + 1;
    } else i++;
  }
  return formula.length;
}
