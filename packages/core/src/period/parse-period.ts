import { TonghopError } from "../issue/error.js";
import { foldPeriodText } from "./fold.js";
import { maxYear, minYear, type PeriodSpec, scanPeriods } from "./scan-periods.js";

/** Why a text is not a period, in Vietnamese and English. */
export interface Unreadable {
  readonly unreadable: true;
  readonly vi: string;
  readonly en: string;
}

const unreadable = (vi: string, en: string): Unreadable => ({ unreadable: true, vi, en });

function monthSpec(month: number, year: number): PeriodSpec | Unreadable {
  if (month < 1 || month > 12 || year < minYear || year > maxYear) {
    return unreadable("không có tháng này", "there is no such month");
  }
  return { kind: "month", year, index: month };
}

/**
 * Reads a text that is one period and nothing else: an identifier ("2024Q2", "2024-Q2", "2024")
 * or a label as units write it ("Quý II/2024", "QUÝ IV NĂM 2023", "sáu tháng đầu năm 2024",
 * "T4/2024", "04/2024", "2024-04"), any case, with or without diacritics, NFC or NFD. An optional "Kỳ báo cáo:" prefix
 * is allowed. Throws TonghopError "PERIOD.UNREADABLE".
 */
export function parsePeriodSpec(text: string): PeriodSpec {
  const spec = readPeriodSpec(text);
  if ("unreadable" in spec) {
    throw new TonghopError(
      "PERIOD.UNREADABLE",
      `Không đọc được kỳ báo cáo "${text}": ${spec.vi}.`,
      `Cannot read the reporting period "${text}": ${spec.en}.`,
    );
  }
  return spec;
}

/**
 * parsePeriodSpec without throwing: why the text is not a period instead. Header and title searches
 * ask about every text with four digits (unit codes such as XA0001), and building and throwing an
 * error for each cost more than reading it.
 */
export function readPeriodSpec(text: string): PeriodSpec | Unreadable {
  const folded = foldPeriodText(text).replace(/^ky bao cao\s*:?\s*/, "");
  if (/^\d{4}$/.test(folded)) {
    const year = Number(folded);
    if (year < minYear || year > maxYear) {
      return unreadable(
        `năm ${year} nằm ngoài khoảng ${minYear}–${maxYear}`,
        `year ${year} is outside ${minYear}–${maxYear}`,
      );
    }
    return { kind: "year", year, index: 1 };
  }
  // A whole text "04/2024" or "2024-04" is a month. Only here: inside a title such a pair may be
  // a document number ("Kế hoạch số 04/2024"), so find() does not read it.
  const monthYear = /^(\d{1,2})\s*\/\s*(\d{4})$/.exec(folded) ?? /^(\d{4})-(\d{2})$/.exec(folded);
  if (monthYear) {
    const [a, b] = [Number(monthYear[1]), Number(monthYear[2])];
    const [month, year] = a > 12 ? [b, a] : [a, b];
    return monthSpec(month, year);
  }
  const mentions = scanPeriods(folded);
  const [mention] = mentions;
  const rest = mention ? folded.slice(0, mention.start) + folded.slice(mention.end) : folded;
  if (!mention || mentions.length > 1 || !/^[\s.,:;()–-]*$/.test(rest)) {
    return unreadable(
      "cần đúng một kỳ như 2024Q2, Quý II/2024, 6 tháng đầu năm 2024, Năm 2024",
      "expected exactly one period such as 2024Q2, Quý II/2024, 6 tháng đầu năm 2024, Năm 2024",
    );
  }
  if (mention.problem) return unreadable(mention.problem.vi, mention.problem.en);
  if (mention.year === undefined) return unreadable("thiếu năm", "the year is missing");
  return { kind: mention.kind, year: mention.year, index: mention.index };
}
