/**
 * Just enough of Excel's formula language for the test host to recalculate what tonghop writes
 * and what unit sheets hold: numbers, strings, cell references (on this sheet or another, as
 * 'Chi tiết'!G12), ranges, + - * /, comparisons, SUM, MAX, IF, OR, N, ROUND, IFERROR. Anything else
 * evaluates to "#NAME?", as Excel would show it.
 */
export type Scalar = number | string | boolean | null;
/** A cell's value; `sheet` is the name a reference gives (upper case), absent for this sheet. */
export type Lookup = (row: number, col: number, sheet?: string) => Scalar;

const TOKEN =
  /\s*(?:(\d+(?:\.\d+)?)|("(?:[^"]|"")*")|((?:'(?:[^']|'')+'!|[A-Z0-9_.]+!)?\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?)|([A-Z]+)\(|(<=|>=|<>|[-+*/(),=<>]))/y;

function cellOf(ref: string): { row: number; col: number } {
  const m = /^\$?([A-Z]+)\$?(\d+)$/.exec(ref)!;
  let col = 0;
  for (const ch of m[1]!) col = col * 26 + ch.charCodeAt(0) - 64;
  return { row: Number(m[2]) - 1, col: col - 1 };
}

export function evaluate(formula: string, lookup: Lookup): Scalar {
  const tokens: string[] = [];
  const source = formula.replace(/^=/, "").toUpperCase();
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < source.length) {
    const start = TOKEN.lastIndex;
    const m = TOKEN.exec(source);
    if (!m || m.index !== start) return "#NAME?";
    tokens.push(m[4] !== undefined ? `${m[4]}(` : m[0].trim());
  }
  let i = 0;
  const peek = () => tokens[i];
  const num = (v: Scalar | Scalar[]): number => {
    const s = Array.isArray(v) ? v[0] : v;
    return typeof s === "number"
      ? s
      : typeof s === "boolean"
        ? Number(s)
        : s === null || s === ""
          ? 0
          : Number(s);
  };
  const range = (qualified: string): Scalar[] => {
    const bang = qualified.lastIndexOf("!");
    const sheet =
      bang < 0
        ? undefined
        : qualified
            .slice(0, bang)
            .replace(/^'(.*)'$/, "$1")
            .replace(/''/g, "'");
    const [a, b] = qualified.slice(bang + 1).split(":");
    const from = cellOf(a!);
    const to = cellOf(b ?? a!);
    const out: Scalar[] = [];
    for (let r = from.row; r <= to.row; r++)
      for (let c = from.col; c <= to.col; c++) out.push(lookup(r, c, sheet));
    return out;
  };
  const args = (): (Scalar | Scalar[])[] => {
    const list: (Scalar | Scalar[])[] = [];
    if (peek() === ")") {
      i++;
      return list;
    }
    for (;;) {
      list.push(comparison());
      const t = tokens[i++];
      if (t === ")") return list;
      if (t !== ",") throw new Error("syntax");
    }
  };
  const primary = (): Scalar | Scalar[] => {
    const t = tokens[i++];
    if (t === undefined) throw new Error("syntax");
    if (t === "(") {
      const v = comparison();
      i++;
      return v;
    }
    if (t === "-") return -num(primary());
    if (t === "+") return num(primary());
    if (/^\d/.test(t)) return Number(t);
    if (t.startsWith('"')) return t.slice(1, -1).replace(/""/g, '"');
    if (/^(?:\$?[A-Z]|')/.test(t) && !t.endsWith("(")) {
      const cells = range(t);
      return t.includes(":") ? cells : (cells[0] ?? null);
    }
    const fn = t.slice(0, -1);
    const a = args();
    switch (fn) {
      case "SUM":
        return a.flat().reduce<number>((s, v) => s + (typeof v === "number" ? v : 0), 0);
      case "MAX": {
        const numbers = a.flat().filter((v): v is number => typeof v === "number");
        return numbers.length === 0 ? 0 : Math.max(...numbers);
      }
      case "OR":
        return a.flat().some((v) => num(v) !== 0);
      case "N": {
        const v = Array.isArray(a[0]) ? a[0][0] : a[0];
        return typeof v === "number" ? v : typeof v === "boolean" ? Number(v) : 0;
      }
      case "IF":
        return num(a[0] ?? null) ? ((a[1] as Scalar) ?? true) : ((a[2] as Scalar) ?? false);
      case "ROUND": {
        const f = 10 ** num(a[1] ?? 0);
        const x = num(a[0] ?? 0);
        return (Math.sign(x) * Math.round(Math.abs(x) * f + 1e-9)) / f;
      }
      case "IFERROR": {
        const v = a[0] as Scalar;
        return typeof v === "string" && v.startsWith("#") ? (a[1] as Scalar) : v;
      }
      default:
        throw new Error("#NAME?");
    }
  };
  const term = (): Scalar | Scalar[] => {
    let v = primary();
    let error: string | undefined;
    while (peek() === "*" || peek() === "/") {
      const op = tokens[i++];
      const r = num(primary());
      // The rest of the term is still read: IF evaluates both branches here, and must parse on.
      if (op === "/" && r === 0) error = "#DIV/0!";
      v = op === "*" ? num(v) * r : num(v) / r;
    }
    return error ?? v;
  };
  const sum = (): Scalar | Scalar[] => {
    let v = term();
    while (peek() === "+" || peek() === "-") {
      const op = tokens[i++];
      const r = num(term());
      v = op === "+" ? num(v) + r : num(v) - r;
    }
    return v;
  };
  const comparison = (): Scalar | Scalar[] => {
    const v = sum();
    const op = peek();
    if (op === "=" || op === "<>" || op === "<" || op === ">" || op === "<=" || op === ">=") {
      i++;
      const a = num(v);
      const b = num(sum());
      return { "=": a === b, "<>": a !== b, "<": a < b, ">": a > b, "<=": a <= b, ">=": a >= b }[op];
    }
    return v;
  };
  try {
    const v = comparison();
    return Array.isArray(v) ? (v[0] ?? null) : v;
  } catch (error) {
    return error instanceof Error && error.message.startsWith("#") ? error.message : "#NAME?";
  }
}
