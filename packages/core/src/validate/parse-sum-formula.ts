import { fromA1 } from "../grid/address.js";

/** A rectangle of cells, zero-based and inclusive. */
export interface CellRange {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

const REF = /^\$?[A-Z]{1,3}\$?\d{1,7}$/i;

function range(text: string): CellRange | undefined {
  const [from, to = from, extra] = text.split(":");
  if (extra !== undefined || from === undefined || to === undefined || !REF.test(from) || !REF.test(to)) {
    return undefined;
  }
  const a = fromA1(from.replaceAll("$", ""));
  const b = fromA1(to.replaceAll("$", ""));
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.col, b.col),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.col, b.col),
  };
}

/** Splits on a separator outside parentheses. */
function splitTop(text: string, separators: string): string[] | undefined {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === "(") depth++;
    else if (c === ")") depth--;
    else if (depth === 0 && separators.includes(c)) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
    if (depth < 0) return undefined;
  }
  parts.push(text.slice(start));
  return depth === 0 ? parts : undefined;
}

/**
 * The cells a total's formula adds, for the simple shapes units write: `=SUM(E12:E15)`,
 * `=SUM(E12,E14:E15)` (`;` too), `=E12+E13+E15`, `=SUM(E12:E14)+E15`, with `$` anchors. Anything
 * else (other functions, other sheets, constants, minus signs) is not understood: undefined, and the
 * formula is not judged.
 */
export function parseSumFormula(formula: string): CellRange[] | undefined {
  const body = formula.trim().replace(/^=/, "").replace(/\s+/g, "");
  if (body === "") return undefined;
  const terms = splitTop(body, "+");
  if (terms === undefined) return undefined;
  const ranges: CellRange[] = [];
  for (const term of terms) {
    const sum = /^SUM\((.*)\)$/i.exec(term);
    if (sum) {
      const args = splitTop(sum[1]!, ",;");
      if (args === undefined) return undefined;
      for (const arg of args) {
        const r = range(arg);
        if (r === undefined) return undefined;
        ranges.push(r);
      }
    } else {
      // A bare range outside SUM is not a sum in Excel.
      if (term.includes(":")) return undefined;
      const r = range(term);
      if (r === undefined) return undefined;
      ranges.push(r);
    }
  }
  return ranges;
}

export function covers(ranges: readonly CellRange[], row: number, col: number): boolean {
  for (const r of ranges) if (r.top <= row && row <= r.bottom && r.left <= col && col <= r.right) return true;
  return false;
}
