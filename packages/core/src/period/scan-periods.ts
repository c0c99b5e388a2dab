import type { PeriodKind } from "./kinds.js";
import { periodsPerYear } from "./kinds.js";

/** A period as plain data: what parsing produces before a Period is built. */
export interface PeriodSpec {
  readonly kind: PeriodKind;
  readonly year: number;
  readonly index: number;
}

/** One mention of a period found in folded text; `year` is missing where the text leaves it to a later mention. */
export interface PeriodMention {
  readonly kind: PeriodKind;
  readonly index: number;
  readonly year: number | undefined;
  /** Position in the folded text. */
  readonly start: number;
  readonly end: number;
  /** Why the mention is not a period (month 13, quarter V, year 1890), in Vietnamese and English. */
  readonly problem?: { readonly vi: string; readonly en: string };
}

export const minYear = 1990;
export const maxYear = 2100;

// Joins a period word to its year: "quý II/2024", "quý II năm 2024", "tháng 04 năm 2024", "quý 2 - 2024".
const year = (name: string) => `(?:\\s*(?:[/.,-]\\s*)?(?:nam\\s*)?(?<${name}>\\d{4})\\b)`;

/**
 * Every way units write a period, on folded text (lower case, no diacritics). Alternatives that
 * start at the same place are tried in order, so "6 tháng đầu năm 2024" is one half-year mention,
 * not a year mention inside it.
 */
const pattern = new RegExp(
  [
    // identifiers: 2024M04, 2024Q2, 2024-Q2, 2024S1, 2024N9
    "\\b(?<idY>\\d{4})\\s*-?\\s*(?:m(?<idM>\\d{1,2})|q(?<idQ>\\d)|s(?<idS>\\d)|h(?<idH>\\d)|n(?<idN>\\d))\\b",
    // 6 tháng đầu năm 2024, 06 tháng cuối năm, sáu tháng cuối năm, 6 tháng năm 2024 and 6 tháng/2024 (= the first half)
    "\\b(?:0?6|sau)\\s*thang(?:\\s*(?<half>dau|cuoi)\\b)?(?<halfNam>\\s*nam\\b)?(?:\\s*/?\\s*(?<halfY>\\d{4})\\b)?",
    // 9 tháng năm 2024, 09 tháng năm 2024, chín tháng đầu năm 2024
    "\\b(?:0?9|chin)\\s*thang(?<nineNam>\\s*(?:dau\\s*)?nam\\b)?(?:\\s*(?<nineY>\\d{4})\\b)?",
    // quý II/2024, QUÝ IV NĂM 2023, quý 2 năm 2024, quí II
    `\\bqu[yi]\\s*(?<q>[ivx]+|\\d{1,2})\\b${year("qY")}?`,
    // Q2/2024, Q2 2024, Q3.2024, QII/2024
    "\\bq\\.?\\s*(?<qs>\\d{1,2}|iv|i{1,3})\\s*(?:[/.-]|\\s)\\s*(?<qsY>\\d{4})\\b",
    // tháng 4/2024, tháng 04 năm 2024, tháng 12
    `\\bthang\\s*(?<m>\\d{1,2})\\b${year("mY")}?`,
    // T4/2024
    "\\bt\\.?\\s*(?<ms>\\d{1,2})\\s*[/-]\\s*(?<msY>\\d{4})\\b",
    // năm 2024, cả năm 2024
    "\\b(?:ca\\s*)?nam\\s*(?<y>\\d{4})\\b",
  ].join("|"),
  "g",
);

const romans: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };

const numberOrRoman = (text: string): number =>
  /^\d+$/.test(text) ? Number(text) : (romans[text] ?? Number.NaN);

const kindNamesVi: Record<PeriodKind, string> = {
  month: "tháng",
  quarter: "quý",
  half: "nửa năm",
  nine: "9 tháng",
  year: "năm",
};

function problemOf(kind: PeriodKind, index: number, year: number | undefined) {
  if (!Number.isInteger(index) || index < 1 || index > periodsPerYear[kind]) {
    return {
      vi: `không có ${kindNamesVi[kind]} này (${kindNamesVi[kind]} từ 1 đến ${periodsPerYear[kind]})`,
      en: `there is no such ${kind} (1 to ${periodsPerYear[kind]})`,
    };
  }
  if (year !== undefined && (year < minYear || year > maxYear)) {
    return {
      vi: `năm ${year} nằm ngoài khoảng ${minYear}–${maxYear}`,
      en: `year ${year} is outside ${minYear}–${maxYear}`,
    };
  }
  return undefined;
}

function mentionOf(
  groups: Record<string, string | undefined>,
): Omit<PeriodMention, "start" | "end"> | undefined {
  const g = groups;
  const num = (s: string | undefined) => (s === undefined ? undefined : Number(s));
  if (g.idY !== undefined) {
    const y = Number(g.idY);
    if (g.idM !== undefined) return { kind: "month", index: Number(g.idM), year: y };
    if (g.idQ !== undefined) return { kind: "quarter", index: Number(g.idQ), year: y };
    const half = g.idS ?? g.idH;
    if (half !== undefined) return { kind: "half", index: Number(half), year: y };
    // Only N9 exists: "2024N8" is not a period at all.
    return g.idN === "9" ? { kind: "nine", index: 1, year: y } : undefined;
  }
  if (g.halfNam !== undefined || g.half !== undefined || g.halfY !== undefined) {
    // "6 tháng" alone ("trong 6 tháng qua") is a duration, not a period.
    if (g.half === undefined && g.halfY === undefined) return undefined;
    return { kind: "half", index: g.half === "cuoi" ? 2 : 1, year: num(g.halfY) };
  }
  if (g.nineNam !== undefined || g.nineY !== undefined) return { kind: "nine", index: 1, year: num(g.nineY) };
  if (g.q !== undefined) return { kind: "quarter", index: numberOrRoman(g.q), year: num(g.qY) };
  if (g.qs !== undefined) return { kind: "quarter", index: numberOrRoman(g.qs), year: num(g.qsY) };
  if (g.m !== undefined) return { kind: "month", index: Number(g.m), year: num(g.mY) };
  if (g.ms !== undefined) return { kind: "month", index: Number(g.ms), year: num(g.msY) };
  if (g.y !== undefined) return { kind: "year", index: 1, year: Number(g.y) };
  return undefined;
}

/** Every period mention in folded text, in order, including unreadable ones (with their problem). */
export function scanPeriods(folded: string): PeriodMention[] {
  const mentions: PeriodMention[] = [];
  for (const match of folded.matchAll(pattern)) {
    const mention = mentionOf(match.groups ?? {});
    if (!mention) continue;
    const problem = problemOf(mention.kind, mention.index, mention.year);
    const start = match.index;
    mentions.push({ ...mention, start, end: start + match[0].length, ...(problem ? { problem } : {}) });
  }
  return mentions;
}
