import Decimal from "decimal.js";

/** A number read from a cell. `approximate` marks a floor or an estimate ("trên 14.000", "gần 8.200"). */
export type ParsedNumber = { value: number | null; approximate: boolean };

const UNREADABLE: ParsedNumber = { value: null, approximate: false };

/**
 * Words before a number that keep its value but make it an estimate, longest first; also typed
 * without diacritics ("tren 14.000") and as signs ("> 100", "≥ 100").
 */
const QUALIFIER =
  /^(?:trên dưới|tren duoi|xấp xỉ|xap xi|ước tính|uoc tinh|ước khoảng|ước|uoc|khoảng|khoang|trên|tren|hơn|hon|gần|gan|>=|~|≈|>|≥)(?=[\s\d])\s*/u;

/**
 * Words after a number that multiply it: chục = 10, trăm = 100, nghìn = ngàn = 10³, vạn = 10⁴ (in
 * speech), triệu = 10⁶, tỷ = tỉ = 10⁹; without diacritics too, where the bare word means nothing
 * else ("tram" could be trạm, "van" văn, "ti" ti vi: those are left to the unit check below).
 */
const MULTIPLIERS: Readonly<Record<string, number>> = {
  chục: 10,
  trăm: 100,
  nghìn: 1e3,
  nghin: 1e3,
  ngàn: 1e3,
  ngan: 1e3,
  vạn: 1e4,
  triệu: 1e6,
  trieu: 1e6,
  tỷ: 1e9,
  ty: 1e9,
  tỉ: 1e9,
};
const MULTIPLIER = /^\s*(chục|trăm|nghìn|nghin|ngàn|ngan|vạn|triệu|trieu|tỷ|ty|tỉ)(?![\p{L}\p{M}])/u;

/** "rưỡi" after a multiplier adds half of it: "1 nghìn rưỡi" = 1.500, "2 triệu rưỡi" = 2.500.000. */
const AND_A_HALF = /^\s*(?:rưỡi|ruoi)(?![\p{L}\p{M}])/u;

/**
 * Units that are really multipliers in shorthand ("12k", "2,5tr") or number words the parser does
 * not combine ("1 nghìn 2", "3 mươi"): reading the digits alone would give a wrong number.
 */
const SHORTHAND =
  /^(?:k|tr|mươi|mốt|lẻ|linh|rưỡi|ruoi|nghìn|ngàn|triệu|tỷ|tỉ|trăm|chục|vạn)(?![\p{L}\p{M}])/u;

/** Words in the text after a number that make it an estimate: "350 buổi trở lên", "120 (ước)". */
const TRAILING_QUALIFIER =
  /(?:^|[\s(])(?:trở lên|ước tính|ước|khoảng|xấp xỉ|tro len|uoc tinh|uoc)(?![\p{L}\p{M}])/u;

/** "Không" (none) alone, like "-", means zero; "không rõ" (unknown) does not. */
const NONE_WORDS = /^(?:không|không có|khong|khong co)$/u;

/**
 * A numeral: digits with "." or "," between digit runs, or a space before a run of exactly three
 * digits ("2 439 812").
 */
const NUMERAL = /^([-−]?)\s*(\d+(?:[.,]\d+| \d{3}(?!\d))*)/;

/** Text after the number: a unit of measure ("buổi", "lượt người nghe", "cuốn/1 kỳ", "%"), no other number. */
const UNIT = /^[%\p{L}\p{M}(/][\p{L}\p{M}\s.,/()%:–-]*$/u;

/**
 * Reads the digits of a numeral as a plain decimal literal ("2.439.812,5" → "2439812.5"), or null
 * when its separators cannot be told apart.
 *
 * Vietnamese writes "." between thousands and "," before decimals. Text typed in English locale
 * uses the opposite, so: "," and "." together → the last one is the decimal mark; only "," → one
 * comma is a decimal mark ("3,5", "1,234" = 1.234), several are groups ("1,234,567"); only "." →
 * groups when each dot is followed by exactly three digits after a first run of 1–3 digits
 * ("1.061" = 1061, "14.000"), otherwise one dot is a decimal point ("1.5" = 1.5, "1234.5").
 * A space always groups.
 */
function literalOf(numeral: string): string | null {
  const runs = numeral.split(/[., ]/);
  const seps = numeral.replace(/\d/g, "").split("");
  const dots = seps.filter((s) => s === ".").length;
  const commas = seps.filter((s) => s === ",").length;
  let decimalMark: "." | "," | undefined;
  if (dots > 0 && commas > 0) {
    decimalMark = seps[seps.length - 1] as "." | ",";
  } else if (commas === 1) {
    decimalMark = ",";
  } else if (dots === 1) {
    const at = seps.indexOf(".");
    const groups = runs[at + 1]!.length === 3 && (at > 0 || runs[0]!.length <= 3);
    if (!groups) decimalMark = ".";
  }
  let fraction = "";
  let groupRuns = runs;
  let groupSeps = seps;
  if (decimalMark !== undefined) {
    if (seps.filter((s) => s === decimalMark).length !== 1 || seps[seps.length - 1] !== decimalMark)
      return null;
    fraction = runs[runs.length - 1]!;
    groupRuns = runs.slice(0, -1);
    groupSeps = seps.slice(0, -1);
  }
  // Every remaining separator groups thousands: one kind (or spaces), 1–3 digits first, then threes.
  if (new Set(groupSeps.filter((s) => s !== " ")).size > 1) return null;
  if (groupRuns.length > 1) {
    if (groupRuns[0]!.length > 3 || groupRuns.slice(1).some((r) => r.length !== 3)) return null;
  }
  const integer = groupRuns.join("");
  return fraction === "" ? integer : `${integer}.${fraction}`;
}

/**
 * Reads a number as Vietnamese reports write it: "1.061" → 1061, "3,5" → 3.5, "1 061", "trên 14.000"
 * → 14000 (approximate), "1,2 triệu" → 1200000, "-" → 0, "350 buổi" → 350, "08" → 8.
 * Text with no number in it ("hàng nghìn", "nhiều") is unreadable: value null, never a guess.
 * A JavaScript number is returned as it is (NaN and infinities are unreadable). Never throws.
 */
export function parseViNumber(input: string | number | null | undefined): ParsedNumber {
  if (input === null || input === undefined) return UNREADABLE;
  if (typeof input === "number")
    return Number.isFinite(input) ? { value: input === 0 ? 0 : input, approximate: false } : UNREADABLE;
  // Cells can hold booleans or other values at run time despite the type: they are no number.
  if (typeof input !== "string") return UNREADABLE;
  let text = input
    .normalize("NFC")
    .toLowerCase()
    .replace(/\u200b|\u200c|\u200d|\ufeff/g, "")
    .replace(/[\s\u00a0\u2007\u2009\u202f]+/g, " ")
    .trim();
  if (text === "") return UNREADABLE;
  // A dash alone is how forms write "none".
  if (/^[-–—−‐‑]+$/.test(text.replace(/ /g, ""))) return { value: 0, approximate: false };
  if (NONE_WORDS.test(text)) return { value: 0, approximate: false };

  let approximate = false;
  for (let m = QUALIFIER.exec(text); m !== null; m = QUALIFIER.exec(text)) {
    approximate = true;
    text = text.slice(m[0].length);
  }

  let total = new Decimal(0);
  let lastMultiplier = Number.POSITIVE_INFINITY;
  let negative = false;
  let first = true;
  for (;;) {
    const numeral = NUMERAL.exec(text);
    if (numeral === null) {
      if (first) return UNREADABLE;
      break;
    }
    const literal = literalOf(numeral[2]!);
    if (literal === null) return UNREADABLE;
    const afterNumeral = text.slice(numeral[0].length);
    const multiplierMatch = MULTIPLIER.exec(afterNumeral);
    const multiplier = multiplierMatch === null ? 1 : MULTIPLIERS[multiplierMatch[1]!]!;
    // A later part must name a smaller multiplier ("1 tỷ 200 triệu"); anything else is not one number.
    if (!first && (multiplierMatch === null || numeral[1] !== "" || multiplier >= lastMultiplier)) break;
    if (first) negative = numeral[1] !== "";
    total = total.plus(new Decimal(literal).times(multiplier));
    text = (multiplierMatch === null ? afterNumeral : afterNumeral.slice(multiplierMatch[0].length)).trim();
    const half = multiplierMatch === null ? null : AND_A_HALF.exec(text);
    if (half !== null) {
      total = total.plus(multiplier / 2);
      text = text.slice(half[0].length).trim();
    }
    first = false;
    if (multiplierMatch === null) break;
    lastMultiplier = multiplier;
  }

  // A sentence's closing punctuation is not part of the value ("1.061.").
  text = text.replace(/\s*[.,;:]+$/, "");
  if (text !== "") {
    // "cuốn/1 kỳ": a per-unit denominator is part of the unit, not a second number.
    const unit = text.replace(/\/\s*\d+(?=\s*[\p{L}\p{M}])/gu, "/");
    if (!UNIT.test(unit) || SHORTHAND.test(unit)) return UNREADABLE;
    if (TRAILING_QUALIFIER.test(text)) approximate = true;
  }
  const value = (negative ? total.negated() : total).toNumber();
  return { value: value === 0 ? 0 : value, approximate };
}
